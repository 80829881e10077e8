package io.papercuts.cues;

import static io.papercuts.cues.Sentences.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Sentiment;
import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Cue matching and negation scope on hand-tagged tokens. */
class CueDetectorTest {

  private final CueDetector detector = new CueDetector();

  private List<Cue> cues(String triples) {
    return detector.detect(tagged(triples));
  }

  private static Optional<Cue> find(List<Cue> cues, CueType type) {
    return cues.stream().filter(c -> c.type() == type).findFirst();
  }

  private static Cue only(List<Cue> cues, CueType type) {
    List<Cue> of = cues.stream().filter(c -> c.type() == type).toList();
    assertEquals(1, of.size(), () -> type + " in " + cues);
    return of.get(0);
  }

  @Test
  void negatedFrictionIsMarkedNegated() {
    assertTrue(only(cues("not/not/RB bad/bad/JJ at/at/IN all/all/DT"), CueType.FRICTION).negated());
    assertTrue(only(cues("No/no/DT complaints/complaint/NNS"), CueType.FRICTION).negated());
    assertTrue(only(cues("I/i/PRP never/never/RB had/have/VBD a/a/DT problem/problem/NN"),
        CueType.FRICTION).negated());
    assertTrue(only(cues("nothing/nothing/NN to/to/TO complain/complain/VB about/about/IN"),
        CueType.FRICTION).negated());
    assertTrue(only(cues("It/it/PRP was/be/VBD n't/not/RB an/a/DT issue/issue/NN"),
        CueType.FRICTION).negated());
  }

  @Test
  void unnegatedFrictionAndNegatedPraise() {
    assertFalse(only(cues("The/the/DT box/box/NN arrived/arrive/VBD crushed/crushed/JJ"),
        CueType.FRICTION).negated());
    assertTrue(only(cues("It/it/PRP was/be/VBD not/not/RB great/great/JJ"), CueType.PRAISE)
        .negated());
  }

  @Test
  void comparativePraiseUnderCouldNotStaysPositive() {
    Cue happier = only(cues("I/i/PRP could/could/MD n't/not/RB be/be/VB happier/happy/JJR"),
        CueType.PRAISE);
    assertFalse(happier.negated());
    Cue enough = only(cues("I/i/PRP ca/can/MD n't/not/RB recommend/recommend/VB them/they/PRP"
        + " enough/enough/RB"), CueType.PRAISE);
    assertFalse(enough.negated());
  }

  @Test
  void negatedExpectedEventBecomesBreachFromTheAuxiliary() {
    List<Cue> c = cues("The/the/DT app/app/NN did/do/VBD n't/not/RB work/work/VB");
    Cue breach = only(c, CueType.BREACH);
    assertEquals("did n't work", breach.phrase());
    assertEquals(2, breach.tokenStart());
    assertEquals(5, breach.tokenEnd());
    assertEquals(8, breach.charBegin());
    assertTrue(cues("The/the/DT app/app/NN works/work/VBZ").isEmpty());
    assertEquals("No one called", only(cues("No/no/DT one/one/NN called/call/VBD"),
        CueType.BREACH).phrase());
  }

  @Test
  void stillIsEffortOnlyWhenWaitingOrPersisting() {
    assertTrue(find(cues("I/i/PRP am/be/VBP still/still/RB waiting/wait/VBG"), CueType.EFFORT)
        .isPresent());
    assertTrue(find(cues("still/still/RB not/not/RB fixed/fix/VBN"), CueType.EFFORT).isPresent());
    assertTrue(find(cues("It/it/PRP is/be/VBZ still/still/RB the/the/DT best/best/JJS"),
        CueType.EFFORT).isEmpty());
  }

  @Test
  void notOnlyButAlsoIsNeitherNegationNorContrast() {
    List<Cue> c = cues("Not/not/RB only/only/RB was/be/VBD it/it/PRP good/good/JJ ,/,/,"
        + " but/but/CC also/also/RB cheap/cheap/JJ");
    assertTrue(find(c, CueType.CONTRAST).isEmpty(), c::toString);
    assertFalse(only(c, CueType.PRAISE).negated());
    assertTrue(find(cues("nothing/nothing/NN but/but/CC praise/praise/NN"), CueType.CONTRAST)
        .isEmpty());
  }

  @Test
  void negatorInsideAnIdiomOpensNoScope() {
    List<Cue> c = cues("Not/not/RB a/a/DT big/big/JJ deal/deal/NN");
    assertEquals("Not a big deal", only(c, CueType.MINIMIZER).phrase());
    List<Cue> tooBad = cues("not/not/RB too/too/RB bad/bad/JJ");
    assertTrue(find(tooBad, CueType.FRICTION).isEmpty(), "friction inside a minimiser is dropped");
    assertTrue(find(tooBad, CueType.MINIMIZER).isPresent());
  }

  @Test
  void scopeStopsAtPunctuationAndAtTheSecondVerb() {
    List<Cue> c = cues("No/no/DT problem/problem/NN ,/,/, but/but/CC the/the/DT box/box/NN"
        + " was/be/VBD damaged/damaged/JJ");
    assertTrue(c.stream().filter(x -> x.type() == CueType.FRICTION)
        .anyMatch(x -> x.phrase().equals("damaged") && !x.negated()), c::toString);
    List<Cue> wasted = cues("he/he/PRP did/do/VBD n't/not/RB offer/offer/VB to/to/TO comp/comp/VB"
        + " the/the/DT wasted/wasted/JJ wine/wine/NN");
    assertFalse(only(wasted, CueType.FRICTION).negated());
  }

  @Test
  void hyphenatedAndSpacedFormsBothMatch() {
    assertEquals("no-show", only(cues("a/a/DT no-show/no-show/NN"), CueType.BREACH).phrase());
    assertEquals("no show", only(cues("a/a/DT no/no/DT show/show/NN"), CueType.BREACH).phrase());
    assertTrue(find(cues("a/a/DT hassle-free/hassle-free/JJ setup/setup/NN"), CueType.FRICTION)
        .isEmpty());
    assertTrue(only(cues("problem/problem/NN free/free/JJ"), CueType.FRICTION).negated());
  }

  @Test
  void numberTimesIsEffortButOneTimeIsNot() {
    assertEquals("three times", only(cues("I/i/PRP called/call/VBD three/three/CD times/time/NNS"),
        CueType.EFFORT).phrase());
    assertEquals("5 times", only(cues("called/call/VBD 5/5/CD times/time/NNS"), CueType.EFFORT)
        .phrase());
    assertTrue(find(cues("one/one/CD time/time/NN"), CueType.EFFORT).isEmpty());
  }

  @Test
  void taggedWildcardMatchesAnyWordWithThatTag() {
    assertEquals("keeps crashing", only(cues("it/it/PRP keeps/keep/VBZ crashing/crash/VBG"),
        CueType.EFFORT).phrase());
    assertTrue(find(cues("keep/keep/VB it/it/PRP"), CueType.EFFORT).isEmpty());
  }

  @Test
  void contractionsInPhrasesMatchCoreNlpTokens() {
    assertEquals("if I 'm honest", only(cues("if/if/IN I/i/PRP 'm/be/VBP honest/honest/JJ"),
        CueType.MINIMIZER).phrase());
    assertEquals("if I am honest", only(cues("if/if/IN I/i/PRP am/be/VBP honest/honest/JJ"),
        CueType.MINIMIZER).phrase());
  }

  @Test
  void userLexiconExtendsTheDefaults() {
    CueLexicon extra = CueLexicon.fromCsv(new StringReader(
        "type,phrase,note\nfriction,paywall,\n-friction,small,\n"), "test");
    CueDetector custom = new CueDetector(CueLexicon.defaults().extendedWith(extra));
    AnalyzedSentence s = tagged("the/the/DT paywall/paywall/NN is/be/VBZ small/small/JJ");
    List<Cue> c = custom.detect(s);
    assertEquals(List.of("friction:paywall"), c.stream().map(Cue::key).toList());
    assertEquals(List.of("friction:small"), detector.detect(s).stream().map(Cue::key).toList());
  }

  @Test
  void emptySentenceHasNoCues() {
    AnalyzedSentence empty = new AnalyzedSentence(0, "", List.of(), Sentiment.NEUTRAL, 0, true,
        List.of());
    assertTrue(detector.detect(empty).isEmpty());
  }

  @Test
  void cuesComeInSentenceOrderWithCharOffsets() {
    AnalyzedSentence s = tagged("A/a/DT bit/bit/NN slow/slow/JJ ,/,/, but/but/CC fine/fine/JJ");
    List<Cue> c = detector.detect(s);
    for (int i = 1; i < c.size(); i++) {
      assertTrue(c.get(i - 1).tokenStart() <= c.get(i).tokenStart());
    }
    for (Cue cue : c) {
      assertEquals(cue.phrase(), s.text().substring(cue.charBegin(), cue.charEnd()));
    }
  }
}
