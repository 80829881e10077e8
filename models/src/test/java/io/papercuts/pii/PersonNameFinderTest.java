package io.papercuts.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Names found by CoreNLP's NER model, and the everyday words and brands it must leave. */
class PersonNameFinderTest {

  private static final PiiRedactor REDACTOR = new PiiRedactor();
  private static final PersonNameFinder NER = new PersonNameFinder();

  @ParameterizedTest(name = "{0}")
  @CsvSource(delimiter = '|', value = {
      "my name is Maria Lopez|my name is [NAME]",
      "agent John Smith was rude|agent [NAME] was rude",
      "Priya from billing called|[NAME] from billing called",
      "Priya Sharma from customer service called twice|[NAME] from customer service called twice",
      "Thanks Sarah for sorting it out!|Thanks [NAME] for sorting it out!",
      "I called and Jennifer Lopez hung up on me.|I called and [NAME] hung up on me.",
      "Spoke with Ahmed yesterday and he fixed the router.|"
          + "Spoke with [NAME] yesterday and he fixed the router.",
      "The router is fine. Ask for Dave, he knows it.|The router is fine. Ask for [NAME], he knows it."})
  void namesAreRedacted(String text, String expected) {
    assertEquals(expected, REDACTOR.redact(text));
  }

  @Test
  void theModelFindsNamesWithoutACue() {
    String text = "I called and Jennifer Lopez hung up on me.";
    List<Span> spans = NER.find(text);
    assertEquals(List.of(new Span(13, 27)), spans);
    assertEquals("Jennifer Lopez", text.substring(13, 27));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "I asked Alexa to play Spotify on my Echo.",
      "Paid with my Visa card and Apple Pay, then Mastercard.",
      "Netflix buffers every evening on Home Internet 300.",
      "I love the Chromecast and Roku but the Mesh Wi-Fi Kit drops out.",
      "The app crashed after the update to Windows 11 on my Samsung Galaxy.",
      "Customer Service told me to call back on Monday in October.",
      "This is Terrible Service and the agent was rude.",
      "Northlink matched my price and threw in a phone.",
      "Velo offered double the data for less.",
      "Router worked fine in the end, I guess.",
      "Billing is a mess. Support never answers. The App keeps logging me out.",
      "We moved to Leeds and the Business Fiber 500 plan was not available in London.",
      "I use WhatsApp and Zoom for work, and YouTube is fine.",
      "Great service, Thanks!",
      "The Fall deals campaign sent me the same email three times.",
      "Mobile Plan S is cheaper at Tesco and on Amazon.",
      "Please Fix The Router.",
      "Dear Sir or Madam, I want to cancel."})
  void everydaySentencesAndBrandsAreKept(String text) {
    assertEquals(text, REDACTOR.redact(text));
  }

  @Test
  void theGateSkipsTextsWithoutAPossibleName() {
    assertFalse(PersonNameFinder.mayHoldName("The router keeps dropping. It is slow.", 0, 38));
    assertFalse(PersonNameFinder.mayHoldName("I asked Alexa on my Echo", 0, 24));
    assertTrue(PersonNameFinder.mayHoldName("it is slow, said Maria", 0, 22));
    assertTrue(PersonNameFinder.mayHoldName("Priya was great", 0, 15));
  }

  @Test
  void placeholdersAreNeverNames() {
    String once = REDACTOR.redact("agent John Smith and [EMAIL] and Mrs [NAME] were there");
    assertEquals("agent [NAME] and [EMAIL] and Mrs [NAME] were there", once);
    assertEquals(once, REDACTOR.redact(once));
  }

  @Test
  void nameTypeSwitchesTheModelOff() {
    String text = "I called and Jennifer Lopez hung up on me.";
    assertEquals(text, REDACTOR.without(Set.of(PiiType.NAME)).redact(text));
    assertEquals(text, REDACTOR.withNer(false).redact(text));
  }

  @Test
  void aSerialisedRedactorFindsNamesAfterwards() throws IOException, ClassNotFoundException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(REDACTOR);
    }
    // A few hundred bytes: the model (tens of megabytes) stays out of Spark closures.
    assertTrue(bytes.size() < 2_000, () -> "serialised size " + bytes.size());
    PiiRedactor copy;
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      copy = (PiiRedactor) in.readObject();
    }
    assertEquals("agent [NAME] was rude", copy.redact("agent John Smith was rude"));
    assertEquals(REDACTOR.phoneRegions(), copy.phoneRegions());
  }

  @Test
  void sameResultsFromManyThreads() {
    List<String> texts = List.of("I called and Jennifer Lopez hung up on me.",
        "Thanks Sarah for sorting it out!", "I asked Alexa to play Spotify.",
        "Priya from billing called", "The router is fine.");
    List<String> sequential = texts.stream().map(REDACTOR::redact).toList();
    for (int round = 0; round < 20; round++) {
      assertEquals(sequential, texts.parallelStream().map(REDACTOR::redact).toList());
    }
  }
}
