package io.papercuts.cues;

import static io.papercuts.cues.Sentences.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The complaint, quiet and mixed rules on hand-tagged sentences with a chosen sentiment. */
class ComplaintClassifierTest {

  private static final DocumentContext NEUTRAL_DOC = DocumentContext.neutral("review");
  private static final DocumentContext ONE_STAR = new DocumentContext("review", 1, null, -0.5);

  private final ComplaintClassifier classifier = new ComplaintClassifier();

  private static AnalyzedSentence s(String triples, Sentiment sentiment, String... keyphrases) {
    double score = switch (sentiment) {
      case VERY_NEGATIVE -> -0.8;
      case NEGATIVE -> -0.3;
      case NEUTRAL -> 0.0;
      case POSITIVE -> 0.4;
      case VERY_POSITIVE -> 0.8;
    };
    return tagged(triples, sentiment, score, List.of(keyphrases));
  }

  @Test
  void negativeSentimentAloneIsAComplaintButNotQuiet() {
    SentenceVerdict v = classifier.classify(s("The/the/DT food/food/NN arrived/arrive/VBD"
        + " lukewarm/lukewarm/JJ", Sentiment.NEGATIVE, "food"), NEUTRAL_DOC);
    assertTrue(v.complaint());
    assertFalse(v.quiet());
    assertEquals(List.of("negative_sentiment", "friction:lukewarm"), v.evidence());
  }

  @Test
  void frictionStatedCalmlyIsAMildQuietComplaint() {
    SentenceVerdict v = classifier.classify(s("The/the/DT food/food/NN arrived/arrive/VBD"
        + " lukewarm/lukewarm/JJ", Sentiment.NEUTRAL, "food"), NEUTRAL_DOC);
    assertTrue(v.complaint());
    assertTrue(v.quiet());
    assertEquals(List.of("friction:lukewarm", "mild"), v.evidence());
  }

  @Test
  void calmSentenceInAOneStarReviewIsNotQuiet() {
    SentenceVerdict v = classifier.classify(s("The/the/DT food/food/NN arrived/arrive/VBD"
        + " lukewarm/lukewarm/JJ", Sentiment.NEUTRAL, "food"),
        new DocumentContext("review", 1, null, -0.4));
    assertTrue(v.complaint());
    assertFalse(v.quiet());
    assertEquals(List.of("friction:lukewarm", "negative_document:rating=1"), v.evidence());
  }

  @Test
  void negativeSentimentAloneIsNoComplaintInAFiveStarReview() {
    SentenceVerdict v = classifier.classify(s("We/we/PRP 've/have/VBP had/have/VBN zero/zero/CD"
        + " downtime/downtime/NN in/in/IN 8/8/CD months/month/NNS", Sentiment.NEGATIVE,
        "downtime"), new DocumentContext("review", 5, null, 0.3));
    assertFalse(v.complaint());
    assertEquals(List.of("uncued_in_positive_review:rating=5"), v.evidence());
  }

  @Test
  void negatedFrictionOverridesNegativeSentiment() {
    SentenceVerdict v = classifier.classify(s("No/no/DT complaints/complaint/NNS at/at/IN"
        + " all/all/DT", Sentiment.NEGATIVE, "complaint"), NEUTRAL_DOC);
    assertFalse(v.complaint());
    assertEquals(List.of("negated:complaints"), v.evidence());
  }

  @Test
  void praiseOnlyOutweighsNegativeSentiment() {
    SentenceVerdict v = classifier.classify(s("I/i/PRP could/could/MD n't/not/RB be/be/VB"
        + " happier/happy/JJR", Sentiment.NEGATIVE), NEUTRAL_DOC);
    assertFalse(v.complaint());
    assertEquals(List.of("praise_outweighs:happier"), v.evidence());
  }

  @Test
  void frictionCueMakesAComplaintDespiteNeutralSentiment() {
    SentenceVerdict v = classifier.classify(s("I/i/PRP was/be/VBD overcharged/overcharge/VBN",
        Sentiment.NEUTRAL), NEUTRAL_DOC);
    assertTrue(v.complaint());
    assertTrue(v.quiet(), "found by cues while CoreNLP said neutral: mild");
    assertEquals(List.of("friction:overcharged", "mild"), v.evidence());
  }

  @Test
  void effortNeedsAnAspect() {
    SentenceVerdict bare = classifier.classify(s("Again/again/RB ././.", Sentiment.NEUTRAL),
        NEUTRAL_DOC);
    assertFalse(bare.complaint());
    SentenceVerdict withVerb = classifier.classify(s("I/i/PRP had/have/VBD to/to/TO call/call/VB"
        + " three/three/CD times/time/NNS", Sentiment.NEUTRAL), NEUTRAL_DOC);
    assertTrue(withVerb.complaint());
    assertEquals(List.of("effort:had to", "effort:three times", "mild"), withVerb.evidence());
  }

  @Test
  void clearlyPositiveSentenceWithoutFrictionIsNotAComplaint() {
    SentenceVerdict v = classifier.classify(s("I/i/PRP will/will/MD order/order/VB again/again/RB"
        + " ,/,/, every/every/DT time/time/NN", Sentiment.POSITIVE, "order"), NEUTRAL_DOC);
    assertFalse(v.complaint());
    assertEquals(List.of("positive_sentence"), v.evidence());
  }

  @Test
  void questionsAndThanksAreNotComplaints() {
    assertEquals(List.of("question"), classifier.classify(s("Can/can/MD you/you/PRP"
        + " update/update/VB my/my/PRP$ address/address/NN ?/?/.", Sentiment.NEGATIVE, "address"),
        NEUTRAL_DOC).evidence());
    assertEquals(List.of("thanks"), classifier.classify(s("Thanks/thanks/NNS for/for/IN"
        + " the/the/DT help/help/NN !/!/.", Sentiment.NEGATIVE, "help"), NEUTRAL_DOC).evidence());
    SentenceVerdict why = classifier.classify(s("Why/why/WRB was/be/VBD I/i/PRP"
        + " overcharged/overcharge/VBN ?/?/.", Sentiment.NEUTRAL), NEUTRAL_DOC);
    assertTrue(why.complaint(), why::toString);
  }

  @Test
  void loudComplaintIsNotQuietUnlessTheDocumentIsPositive() {
    AnalyzedSentence loud = s("Absolutely/absolutely/RB unacceptable/unacceptable/JJ ,/,/,"
        + " worst/worst/JJS service/service/NN ever/ever/RB", Sentiment.VERY_NEGATIVE, "service");
    SentenceVerdict inOneStar = classifier.classify(loud, ONE_STAR);
    assertTrue(inOneStar.complaint());
    assertFalse(inOneStar.quiet());
    assertTrue(inOneStar.evidence().contains("loud:absolutely"), inOneStar.evidence()::toString);
    SentenceVerdict inFiveStar = classifier.classify(loud,
        new DocumentContext("review", 5, null, 0.1));
    assertTrue(inFiveStar.quiet());
    assertTrue(inFiveStar.evidence().contains("positive_document:rating=5"));
  }

  @Test
  void hedgeMakesAComplaintQuietEvenWhenVeryNegative() {
    SentenceVerdict v = classifier.classify(s("Not/not/RB a/a/DT big/big/JJ deal/deal/NN ,/,/,"
        + " but/but/CC I/i/PRP got/get/VBD the/the/DT same/same/JJ email/email/NN twice/twice/RB",
        Sentiment.VERY_NEGATIVE, "email"), ONE_STAR);
    assertTrue(v.quiet());
    assertTrue(v.evidence().contains("hedged:not a big deal"), v.evidence()::toString);
    assertTrue(v.evidence().contains("friction:same email twice"), v.evidence()::toString);
  }

  @Test
  void promoterWithAGrievance() {
    SentenceVerdict v = classifier.classify(s("The/the/DT invoice/invoice/NN had/have/VBD"
        + " a/a/DT typo/typo/NN", Sentiment.VERY_NEGATIVE, "invoice"),
        new DocumentContext("survey", null, 9, 0.0));
    assertTrue(v.quiet());
    assertTrue(v.evidence().contains("positive_document:nps=9"), v.evidence()::toString);
    assertTrue(v.evidence().contains("loud:very_negative"), v.evidence()::toString);
  }

  @Test
  void praiseButFrictionIsMixed() {
    SentenceVerdict v = classifier.classify(s("Love/love/VBP the/the/DT product/product/NN ,/,/,"
        + " but/but/CC renewal/renewal/NN was/be/VBD a/a/DT pain/pain/NN", Sentiment.POSITIVE,
        "product", "renewal"), NEUTRAL_DOC);
    assertTrue(v.complaint());
    assertTrue(v.mixed());
    assertTrue(v.quiet());
    assertTrue(v.evidence().contains("mixed:but"), v.evidence()::toString);
  }

  @Test
  void openingConcessionSplitsAtTheComma() {
    SentenceVerdict v = classifier.classify(s("Although/although/IN the/the/DT food/food/NN"
        + " was/be/VBD great/great/JJ ,/,/, service/service/NN was/be/VBD slow/slow/JJ",
        Sentiment.NEUTRAL, "food", "service"), NEUTRAL_DOC);
    assertTrue(v.mixed(), v::toString);
  }

  @Test
  void exceptiveContrastAfterPraiseIsMixed() {
    SentenceVerdict v = classifier.classify(s("Service/service/NN was/be/VBD good/good/JJ"
        + " except/except/IN the/the/DT check/check/NN came/come/VBD early/early/RB",
        Sentiment.POSITIVE, "service", "check"), NEUTRAL_DOC);
    assertTrue(v.complaint());
    assertTrue(v.mixed());
  }

  @Test
  void sentenceInitialButLeansOnThePositiveDocument() {
    AnalyzedSentence but = s("But/but/CC I/i/PRP was/be/VBD transferred/transfer/VBN"
        + " three/three/CD times/time/NNS", Sentiment.NEUTRAL);
    assertTrue(classifier.classify(but, new DocumentContext("transcript", null, null, 0.3))
        .mixed());
    assertFalse(classifier.classify(but, NEUTRAL_DOC).mixed());
  }

  @Test
  void butWithPraiseOnBothSidesIsNotMixed() {
    SentenceVerdict v = classifier.classify(s("Not/not/RB only/only/RB good/good/JJ but/but/CC"
        + " also/also/RB cheap/cheap/JJ", Sentiment.POSITIVE), NEUTRAL_DOC);
    assertFalse(v.mixed());
    assertFalse(v.complaint());
  }

  private static final String LOVELY_BUT_WAIT = "The/the/DT staff/staff/NNS were/be/VBD"
      + " lovely/lovely/JJ ,/,/, but/but/CC the/the/DT wait/wait/NN was/be/VBD"
      + " longer/long/JJR than/than/IN expected/expect/VBN";

  @Test
  void uncuedSideAfterPraiseIsMixedWhenCoreNlpReadsItAsOpinion() {
    // Tokens 6..12 ("the wait was longer than expected") read as negative by CoreNLP.
    AnalyzedSentence s = tagged(LOVELY_BUT_WAIT, Sentiment.NEUTRAL, 0.0, List.of(),
        List.of(new PhraseSentiment(0, 4, Sentiment.POSITIVE),
            new PhraseSentiment(6, 12, Sentiment.NEGATIVE)));
    SentenceVerdict v = classifier.classify(s, NEUTRAL_DOC);
    assertTrue(v.mixed(), v::toString);
    assertTrue(v.evidence().contains("mixed:but"), v.evidence()::toString);
  }

  @Test
  void uncuedSideCoreNlpReadsAsNeutralIsAComplaintButNotMixed() {
    AnalyzedSentence s = tagged(LOVELY_BUT_WAIT, Sentiment.NEUTRAL, 0.0, List.of(),
        List.of(new PhraseSentiment(0, 4, Sentiment.POSITIVE)));
    SentenceVerdict v = classifier.classify(s, NEUTRAL_DOC);
    assertFalse(v.mixed(), v::toString);
    assertTrue(v.complaint());
    assertTrue(v.evidence().contains("contrast:but"), v.evidence()::toString);
    // A phrase that covers less than half of the side does not speak for it.
    AnalyzedSentence small = tagged(LOVELY_BUT_WAIT, Sentiment.NEUTRAL, 0.0, List.of(),
        List.of(new PhraseSentiment(9, 11, Sentiment.NEGATIVE)));
    assertFalse(classifier.classify(small, NEUTRAL_DOC).mixed());
  }

  @Test
  void hedgedSideAgainstPraiseIsMixed() {
    // "brusque" is in no lexicon; "a bit" and "at times" mark the side as a softened grievance.
    SentenceVerdict v = classifier.classify(s("Although/although/IN the/the/DT service/service/NN"
        + " can/can/MD be/be/VB a/a/DT bit/bit/NN brusque/brusque/JJ at/at/IN times/time/NNS"
        + " ,/,/, the/the/DT food/food/NN is/be/VBZ good/good/JJ", Sentiment.POSITIVE,
        "service", "food"), NEUTRAL_DOC);
    assertTrue(v.mixed(), v::toString);
    assertTrue(v.evidence().contains("mixed:although"), v.evidence()::toString);
  }

  @Test
  void effortConcededToPraiseIsAComplaintButNotMixed() {
    SentenceVerdict v = classifier.classify(s("We/we/PRP had/have/VBD to/to/TO wait/wait/VB"
        + " at/at/IN the/the/DT bar/bar/NN ,/,/, but/but/CC the/the/DT food/food/NN was/be/VBD"
        + " worth/worth/JJ it/it/PRP", Sentiment.NEUTRAL, "bar", "food"), NEUTRAL_DOC);
    assertFalse(v.mixed(), v::toString);
    assertTrue(v.complaint(), v::toString);
    assertTrue(v.evidence().contains("contrast:but"), v.evidence()::toString);
  }

  private static final String HIP_BUT_LACKING = "The/the/DT place/place/NN is/be/VBZ hip/hip/JJ"
      + " ,/,/, but/but/CC the/the/DT food/food/NN is/be/VBZ lacking/lack/VBG";

  @Test
  void uncuedSideCoreNlpReadsAsOppositeIsMixedWhateverTheSentenceVerdict() {
    // CoreNLP calls the whole sentence negative but reads "The place is hip" as positive.
    AnalyzedSentence s = tagged(HIP_BUT_LACKING, Sentiment.NEGATIVE, -0.3, List.of(),
        List.of(new PhraseSentiment(0, 4, Sentiment.POSITIVE)));
    SentenceVerdict v = classifier.classify(s, NEUTRAL_DOC);
    assertTrue(v.mixed(), v::toString);
    assertTrue(v.evidence().contains("mixed:but"), v.evidence()::toString);
    // Read as negative too, the uncued side is no other half.
    AnalyzedSentence same = tagged(HIP_BUT_LACKING, Sentiment.NEGATIVE, -0.3, List.of(),
        List.of(new PhraseSentiment(0, 4, Sentiment.NEGATIVE)));
    assertFalse(classifier.classify(same, NEUTRAL_DOC).mixed());
  }

  @Test
  void praiseAndGrievanceAnywhereAroundAContrastIsMixed() {
    // The concession opens the sentence without a comma, so there are no sides to compare.
    SentenceVerdict v = classifier.classify(s("While/while/IN the/the/DT app/app/NN"
        + " looks/look/VBZ great/great/JJ the/the/DT sync/sync/NN is/be/VBZ slow/slow/JJ",
        Sentiment.NEUTRAL), NEUTRAL_DOC);
    assertTrue(v.mixed(), v::toString);
    assertTrue(v.evidence().contains("mixed:while"), v.evidence()::toString);
  }

  private static final String BLAND_LOVELY = "The/the/DT room/room/NN is/be/VBZ"
      + " bland/bland/JJ ;/;/: the/the/DT staff/staff/NN is/be/VBZ lovely/lovely/JJ";

  @Test
  void oppositeClausesConfirmedByCoreNlpAreMixed() {
    AnalyzedSentence s = tagged(BLAND_LOVELY, Sentiment.NEUTRAL, 0.0, List.of(),
        List.of(new PhraseSentiment(0, 4, Sentiment.NEGATIVE),
            new PhraseSentiment(5, 9, Sentiment.POSITIVE)));
    SentenceVerdict v = classifier.classify(s, NEUTRAL_DOC);
    assertTrue(v.mixed(), v::toString);
    assertTrue(v.complaint());
    assertTrue(v.evidence().contains("mixed:" + Evidence.CLAUSES),
        v.evidence()::toString);
  }

  @Test
  void oppositeClausesNeedCoreNlpToAgreeWithTheCues() {
    // No phrase sentiments (a hand-built sentence or an old cache): cues alone are not enough.
    assertFalse(classifier.classify(tagged(BLAND_LOVELY, Sentiment.NEUTRAL, 0.0, List.of()),
        NEUTRAL_DOC).mixed());
    // CoreNLP reads the praised clause as negative: it does not count as praise.
    AnalyzedSentence disagree = tagged(BLAND_LOVELY, Sentiment.NEUTRAL, 0.0, List.of(),
        List.of(new PhraseSentiment(0, 4, Sentiment.NEGATIVE),
            new PhraseSentiment(5, 9, Sentiment.NEGATIVE)));
    assertFalse(classifier.classify(disagree, NEUTRAL_DOC).mixed());
  }

  @Test
  void documentContextValidatesItsFields() {
    assertThrows(IllegalArgumentException.class, () -> new DocumentContext("review", 6, null, 0));
    assertThrows(IllegalArgumentException.class, () -> new DocumentContext("review", null, 11, 0));
    assertThrows(IllegalArgumentException.class, () -> new DocumentContext("email", null, null, 0));
    assertThrows(IllegalArgumentException.class,
        () -> new DocumentContext("review", null, null, Double.NaN));
    assertEquals(0.1, DocumentContext.meanScore(List.of(
        tagged("good/good/JJ", Sentiment.POSITIVE, 0.5, List.of()),
        tagged("late/late/JJ", Sentiment.NEGATIVE, -0.3, List.of()))), 1e-9);
    assertEquals(0.0, DocumentContext.meanScore(List.of()));
  }

  @Test
  void verdictRejectsQuietWithoutComplaint() {
    assertThrows(IllegalArgumentException.class,
        () -> new SentenceVerdict(List.of(), false, true, false, List.of()));
  }
}
