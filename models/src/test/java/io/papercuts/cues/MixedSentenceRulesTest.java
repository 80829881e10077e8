package io.papercuts.cues;

import static io.papercuts.cues.Sentences.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Mixed, turned by a contrast, or neither: the {@link MixedSentenceRules.Turn} of a sentence. */
class MixedSentenceRulesTest {

  private static final DocumentContext NEUTRAL_DOC = DocumentContext.neutral("review");

  private final MixedSentenceRules rules = new MixedSentenceRules();
  private final CueDetector detector = new CueDetector();

  private MixedSentenceRules.Turn turn(AnalyzedSentence s, DocumentContext ctx) {
    return rules.turn(s, detector.detect(s), ctx);
  }

  private MixedSentenceRules.Turn turn(String triples, Sentiment sentiment) {
    return turn(tagged(triples, sentiment, 0.0, List.of()), NEUTRAL_DOC);
  }

  @Test
  void praiseAndAGrievanceAroundAContrastAreMixed() {
    MixedSentenceRules.Turn t = turn("Love/love/VBP the/the/DT product/product/NN ,/,/,"
        + " but/but/CC renewal/renewal/NN was/be/VBD a/a/DT pain/pain/NN", Sentiment.POSITIVE);
    assertTrue(t.mixed());
    assertEquals("mixed:but", t.evidence().text());
  }

  @Test
  void oppositeClausesConfirmedByCoreNlpAreMixedByClauses() {
    AnalyzedSentence s = tagged("The/the/DT room/room/NN is/be/VBZ bland/bland/JJ ;/;/:"
        + " the/the/DT staff/staff/NN is/be/VBZ lovely/lovely/JJ", Sentiment.NEUTRAL, 0.0,
        List.of(), List.of(new PhraseSentiment(0, 4, Sentiment.NEGATIVE),
            new PhraseSentiment(5, 9, Sentiment.POSITIVE)));
    MixedSentenceRules.Turn t = turn(s, NEUTRAL_DOC);
    assertTrue(t.mixed());
    assertEquals("mixed:clauses", t.evidence().text());
  }

  @Test
  void effortConcededToPraiseIsTurnedNotMixed() {
    MixedSentenceRules.Turn t = turn("We/we/PRP had/have/VBD to/to/TO wait/wait/VB"
        + " at/at/IN the/the/DT bar/bar/NN ,/,/, but/but/CC the/the/DT food/food/NN was/be/VBD"
        + " worth/worth/JJ it/it/PRP", Sentiment.NEUTRAL);
    assertFalse(t.mixed());
    assertTrue(t.turns());
    assertEquals("contrast:but", t.evidence().text());
  }

  @Test
  void praiseOnBothSidesOrNoContrastIsNeither() {
    assertEquals(MixedSentenceRules.Turn.NONE, turn("Not/not/RB only/only/RB good/good/JJ"
        + " but/but/CC also/also/RB cheap/cheap/JJ", Sentiment.POSITIVE));
    MixedSentenceRules.Turn none = turn("The/the/DT food/food/NN was/be/VBD great/great/JJ",
        Sentiment.POSITIVE);
    assertFalse(none.turns());
    assertNull(none.evidence());
  }

  @Test
  void anOpeningButLeansOnThePositiveDocument() {
    AnalyzedSentence but = tagged("But/but/CC I/i/PRP was/be/VBD transferred/transfer/VBN"
        + " three/three/CD times/time/NNS", Sentiment.NEUTRAL, 0.0, List.of());
    assertTrue(turn(but, new DocumentContext("transcript", null, null, 0.3)).mixed());
    assertFalse(turn(but, NEUTRAL_DOC).mixed());
  }

  @Test
  void aHedgedSideAgainstPraiseIsMixed() {
    MixedSentenceRules.Turn t = turn("Although/although/IN the/the/DT service/service/NN"
        + " can/can/MD be/be/VB a/a/DT bit/bit/NN brusque/brusque/JJ at/at/IN times/time/NNS"
        + " ,/,/, the/the/DT food/food/NN is/be/VBZ good/good/JJ", Sentiment.POSITIVE);
    assertTrue(t.mixed());
    assertEquals("mixed:although", t.evidence().text());
  }
}
