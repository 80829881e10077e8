package io.papercuts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Keyphrase rules on hand-tagged tokens: fast, no CoreNLP models needed. */
class KeyphraseExtractorTest {

  private final KeyphraseExtractor extractor = new KeyphraseExtractor();

  /** "word/lemma/POS" triples separated by spaces. */
  private static List<Token> tagged(String s) {
    List<Token> out = new ArrayList<>();
    int pos = 0;
    for (String t : s.split(" ")) {
      String[] p = t.split("/");
      out.add(new Token(p[0], p[1], p[2], pos, pos + p[0].length()));
      pos += p[0].length() + 1;
    }
    return out;
  }

  @Test
  void dropsEvaluativeAdjectivesButKeepsTheAspect() {
    assertEquals(List.of("customer service"), extractor.extract(tagged(
        "Terrible/terrible/JJ customer/customer/NN service/service/NN ././.")));
  }

  @Test
  void keepsDescriptiveModifiers() {
    assertEquals(List.of("promotional email"), extractor.extract(tagged(
        "I/i/PRP got/get/VBD three/three/CD promotional/promotional/JJ emails/email/NNS")));
  }

  @Test
  void phrasalVerbIsAFrictionEvent() {
    assertEquals(List.of("call back", "nobody"), extractor.extract(tagged(
        "They/they/PRP never/never/RB called/call/VBD back/back/RP ,/,/, nobody/nobody/NN")));
  }

  @Test
  void dropsGenericAndAdjectiveOnlyPhrases() {
    List<Token> t = tagged("The/the/DT thing/thing/NN is/be/VBZ great/great/JJ and/and/CC fast/fast/JJ");
    assertTrue(extractor.extract(t).isEmpty(), () -> extractor.extract(t).toString());
  }

  @Test
  void capsLongCompoundsKeepingTheHead() {
    List<String> k = extractor.extract(tagged(
        "new/new/JJ account/account/NN manager/manager/NN change/change/NN notice/notice/NN email/email/NN"));
    assertEquals(List.of("manager change notice email"), k);
  }

  @Test
  void emptySentence() {
    assertTrue(extractor.extract(List.of()).isEmpty());
  }
}
