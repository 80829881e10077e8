package io.papercuts.cues;

import static io.papercuts.cues.Sentences.tagged;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The polarity of a token span, by CoreNLP's phrase sentiments and by cues. */
class SpanPolarityTest {

  private static final String BLAND_LOVELY = "The/the/DT room/room/NN is/be/VBZ"
      + " bland/bland/JJ ;/;/: the/the/DT staff/staff/NN is/be/VBZ lovely/lovely/JJ";

  private static Cue cue(CueType type, int start, boolean negated) {
    return new Cue(type, "w" + start, start, start + 1, start, start + 1, negated);
  }

  @Test
  void phrasesUseTheLongestNonNeutralPhraseCoveringHalfTheSpan() {
    AnalyzedSentence s = tagged(BLAND_LOVELY, Sentiment.NEUTRAL, 0.0, List.of(),
        List.of(new PhraseSentiment(2, 4, Sentiment.POSITIVE),
            new PhraseSentiment(0, 4, Sentiment.VERY_NEGATIVE)));
    assertEquals(-1, SpanPolarity.ofPhrases(s, 0, 5));
    assertEquals(1, SpanPolarity.ofPhrases(s, 2, 5));
    assertEquals(0, SpanPolarity.ofPhrases(s, 5, 9));
  }

  @Test
  void phrasesOfAnEmptyOrPunctuationOnlySpanAreNeutral() {
    AnalyzedSentence s = tagged(BLAND_LOVELY, Sentiment.NEUTRAL, 0.0, List.of(),
        List.of(new PhraseSentiment(4, 5, Sentiment.NEGATIVE)));
    assertEquals(0, SpanPolarity.ofPhrases(s, 4, 5), "only ';'");
    assertEquals(0, SpanPolarity.ofPhrases(s, 3, 3));
    assertEquals(0, SpanPolarity.ofPhrases(tagged(BLAND_LOVELY), 0, 9), "no phrase sentiments");
  }

  @Test
  void cuesLeanOneWayOnlyWhenTheyAgree() {
    Cue praise = cue(CueType.PRAISE, 1, false);
    Cue friction = cue(CueType.FRICTION, 5, false);
    Cue effort = cue(CueType.EFFORT, 7, false);
    List<Cue> cues = List.of(praise, friction, effort);
    assertEquals(1, SpanPolarity.ofCues(cues, 0, 4, null, true));
    assertEquals(-1, SpanPolarity.ofCues(cues, 4, 9, null, true));
    assertEquals(0, SpanPolarity.ofCues(cues, 0, 9, null, true), "both ways");
    assertEquals(0, SpanPolarity.ofCues(cues, 2, 4, null, true), "none");
  }

  @Test
  void effortIsNegativeButNoGrievance() {
    List<Cue> effort = List.of(cue(CueType.EFFORT, 2, false));
    assertEquals(-1, SpanPolarity.ofCues(effort, 0, 9, null, false));
    assertEquals(0, SpanPolarity.ofCues(effort, 0, 9, null, true));
  }

  @Test
  void negationTurnsPraiseAndFrictionAndTheContrastIsLeftOut() {
    assertEquals(-1, SpanPolarity.ofCues(List.of(cue(CueType.PRAISE, 0, true)), 0, 9, null, true));
    assertEquals(1, SpanPolarity.ofCues(List.of(cue(CueType.FRICTION, 0, true)), 0, 9, null, true));
    Cue contrast = cue(CueType.CONTRAST, 3, false);
    Cue praise = cue(CueType.PRAISE, 4, false);
    assertEquals(1, SpanPolarity.ofCues(List.of(contrast, praise), 0, 9, contrast, true));
  }
}
