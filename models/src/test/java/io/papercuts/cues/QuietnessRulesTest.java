package io.papercuts.cues;

import static io.papercuts.cues.Sentences.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Sentiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Quiet or loud, for sentences already found to be complaints. */
class QuietnessRulesTest {

  private static final DocumentContext NEUTRAL_DOC = DocumentContext.neutral("review");
  private static final String LUKEWARM = "The/the/DT food/food/NN arrived/arrive/VBD"
      + " lukewarm/lukewarm/JJ";

  private final QuietnessRules rules = new QuietnessRules();
  private final CueDetector detector = new CueDetector();

  private QuietnessRules.Quietness judge(String triples, Sentiment sentiment,
      DocumentContext ctx) {
    AnalyzedSentence s = tagged(triples, sentiment, 0.0, List.of());
    return rules.judge(s, detector.detect(s), ctx);
  }

  private static List<String> texts(QuietnessRules.Quietness q) {
    return q.evidence().stream().map(Evidence::text).toList();
  }

  @Test
  void calmIsMildNegativeIsNeither() {
    QuietnessRules.Quietness calm = judge(LUKEWARM, Sentiment.NEUTRAL, NEUTRAL_DOC);
    assertTrue(calm.quiet());
    assertEquals(List.of("mild"), texts(calm));
    QuietnessRules.Quietness negative = judge(LUKEWARM, Sentiment.NEGATIVE, NEUTRAL_DOC);
    assertFalse(negative.quiet());
    assertEquals(List.of(), texts(negative));
  }

  @Test
  void veryNegativeIsLoud() {
    QuietnessRules.Quietness q = judge(LUKEWARM, Sentiment.VERY_NEGATIVE, NEUTRAL_DOC);
    assertFalse(q.quiet());
    assertEquals(List.of("loud:very_negative"), texts(q));
  }

  @Test
  void anIntensifierIsLoudUnlessItSitsNextToPraise() {
    QuietnessRules.Quietness loud = judge("Absolutely/absolutely/RB unacceptable/unacceptable/JJ",
        Sentiment.NEUTRAL, NEUTRAL_DOC);
    assertFalse(loud.quiet());
    assertEquals("loud:absolutely", texts(loud).get(0));
    QuietnessRules.Quietness love = judge("I/i/PRP absolutely/absolutely/RB love/love/VBP it/it/PRP"
        + " but/but/CC it/it/PRP arrived/arrive/VBD lukewarm/lukewarm/JJ", Sentiment.NEUTRAL,
        NEUTRAL_DOC);
    assertEquals(List.of("mild"), texts(love));
  }

  @Test
  void aCalmSentenceInAOneOrTwoStarReviewIsNotMild() {
    QuietnessRules.Quietness q = judge(LUKEWARM, Sentiment.NEUTRAL,
        new DocumentContext("review", 2, null, 0.0));
    assertFalse(q.quiet());
    assertEquals(List.of("negative_document:rating=2"), texts(q));
  }

  @Test
  void hedgesComeFirstAndPositiveDocumentsLast() {
    QuietnessRules.Quietness q = judge("A/a/DT bit/bit/NN lukewarm/lukewarm/JJ",
        Sentiment.VERY_NEGATIVE, new DocumentContext("review", 5, 10, 0.6));
    assertTrue(q.quiet());
    assertEquals(List.of("hedged:a bit", "loud:very_negative", "positive_document:rating=5",
        "positive_document:nps=10", "positive_document:tone"), texts(q));
  }
}
