package io.papercuts.cues;

import static io.papercuts.cues.Sentences.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Sentiment;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The complaint decision alone, with the mixed rules' turn given. */
class ComplaintRulesTest {

  private static final DocumentContext NEUTRAL_DOC = DocumentContext.neutral("review");
  private static final MixedSentenceRules.Turn NONE = MixedSentenceRules.Turn.NONE;

  private final ComplaintRules rules = new ComplaintRules();
  private final CueDetector detector = new CueDetector();

  private static AnalyzedSentence s(String triples, Sentiment sentiment, String... keyphrases) {
    return tagged(triples, sentiment, 0.0, List.of(keyphrases));
  }

  private Optional<String> dismissal(AnalyzedSentence s) {
    return rules.dismissal(s, detector.detect(s)).map(Evidence::text);
  }

  private ComplaintRules.Decision decide(AnalyzedSentence s, DocumentContext ctx,
      MixedSentenceRules.Turn turn) {
    return rules.decide(s, detector.detect(s), ctx, turn);
  }

  private static List<String> texts(ComplaintRules.Decision d) {
    return d.evidence().stream().map(Evidence::text).toList();
  }

  @Test
  void questionsAndThanksAreDismissedUnlessTheyComplain() {
    assertEquals(Optional.of("question"), dismissal(s("Can/can/MD you/you/PRP update/update/VB"
        + " my/my/PRP$ address/address/NN ?/?/.", Sentiment.NEGATIVE)));
    assertEquals(Optional.of("thanks"), dismissal(s("Thanks/thanks/NNS for/for/IN the/the/DT"
        + " help/help/NN !/!/.", Sentiment.NEGATIVE)));
    assertEquals(Optional.empty(), dismissal(s("Why/why/WRB was/be/VBD I/i/PRP"
        + " overcharged/overcharge/VBN ?/?/.", Sentiment.NEUTRAL)), "a why-question complains");
    assertEquals(Optional.empty(), dismissal(s("Can/can/MD I/i/PRP stop/stop/VB calling/call/VBG"
        + " every/every/DT time/time/NN ?/?/.", Sentiment.NEUTRAL)), "a question with effort");
  }

  @Test
  void reasonsComeBeforeNotes() {
    ComplaintRules.Decision d = decide(s("The/the/DT food/food/NN arrived/arrive/VBD"
        + " lukewarm/lukewarm/JJ", Sentiment.VERY_NEGATIVE, "food"), NEUTRAL_DOC, NONE);
    assertTrue(d.complaint());
    assertEquals(List.of("very_negative_sentiment", "friction:lukewarm"), texts(d));
  }

  @Test
  void negativeSentimentNegatedAwayOutweighedOrUncuedInAPositiveReview() {
    assertEquals(List.of("negated:complaints"), texts(decide(s("No/no/DT"
        + " complaints/complaint/NNS", Sentiment.NEGATIVE), NEUTRAL_DOC, NONE)));
    assertEquals(List.of("praise_outweighs:happier"), texts(decide(s("I/i/PRP could/could/MD"
        + " n't/not/RB be/be/VB happier/happy/JJR", Sentiment.NEGATIVE), NEUTRAL_DOC, NONE)));
    ComplaintRules.Decision uncued = decide(s("Zero/zero/CD downtime/downtime/NN",
        Sentiment.NEGATIVE), new DocumentContext("review", 4, null, 0.0), NONE);
    assertFalse(uncued.complaint());
    assertEquals(List.of("uncued_in_positive_review:rating=4"), texts(uncued));
  }

  @Test
  void eventsInAPositiveSentenceCountOnlyWhenTheSentenceTurns() {
    AnalyzedSentence s = s("I/i/PRP had/have/VBD to/to/TO call/call/VB three/three/CD"
        + " times/time/NNS", Sentiment.POSITIVE);
    ComplaintRules.Decision calm = decide(s, NEUTRAL_DOC, NONE);
    assertFalse(calm.complaint());
    assertEquals(List.of("positive_sentence"), texts(calm));
    Cue but = new Cue(CueType.CONTRAST, "but", 0, 1, 0, 1, false);
    ComplaintRules.Decision turned = decide(s, NEUTRAL_DOC,
        new MixedSentenceRules.Turn(false, Evidence.of(Evidence.Kind.CONTRAST, but)));
    assertTrue(turned.complaint());
    assertEquals(List.of("effort:had to", "effort:three times", "contrast:but"), texts(turned));
  }

  @Test
  void effortWithoutAnAspectIsNoComplaint() {
    ComplaintRules.Decision d = decide(s("Again/again/RB ././.", Sentiment.NEUTRAL), NEUTRAL_DOC,
        NONE);
    assertFalse(d.complaint());
    assertEquals(List.of(), texts(d));
  }

  @Test
  void aMixedSentenceIsAComplaintWhateverCoreNlpSays() {
    AnalyzedSentence s = s("The/the/DT food/food/NN was/be/VBD great/great/JJ",
        Sentiment.POSITIVE);
    ComplaintRules.Decision d = decide(s, NEUTRAL_DOC,
        new MixedSentenceRules.Turn(true, Evidence.of(Evidence.Kind.MIXED, Evidence.CLAUSES)));
    assertTrue(d.complaint());
    assertEquals(List.of("mixed:clauses"), texts(d));
  }
}
