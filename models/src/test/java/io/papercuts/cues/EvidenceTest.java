package io.papercuts.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Evidence strings are an output contract ({@code sentences.evidence}): labels never change. */
class EvidenceTest {

  @Test
  void everyKindIsWrittenAsBefore() {
    Map<String, Boolean> expected = new LinkedHashMap<>();
    expected.put("question", false);
    expected.put("thanks", false);
    expected.put("negative_sentiment", false);
    expected.put("very_negative_sentiment", false);
    expected.put("friction", true);
    expected.put("negated_praise", true);
    expected.put("breach", true);
    expected.put("effort", true);
    expected.put("mixed", true);
    expected.put("contrast", true);
    expected.put("negated", true);
    expected.put("praise_outweighs", true);
    expected.put("uncued_in_positive_review", true);
    expected.put("positive_sentence", false);
    expected.put("hedged", true);
    expected.put("loud", true);
    expected.put("negative_document", true);
    expected.put("mild", false);
    expected.put("positive_document", true);
    Map<String, Boolean> actual = new LinkedHashMap<>();
    for (Evidence.Kind k : Evidence.Kind.values()) {
      actual.put(k.label(), k.detailed());
    }
    assertEquals(expected, actual);
  }

  @Test
  void cueKindsAreWrittenAsTheCueKey() {
    // Complaint reasons for friction, breach and effort cues were written as Cue#key().
    for (CueType t : List.of(CueType.FRICTION, CueType.BREACH, CueType.EFFORT)) {
      Cue c = new Cue(t, "Never  Heard back", 0, 3, 0, 17, false);
      assertEquals(c.key(), Evidence.of(Evidence.Kind.valueOf(t.name()), c).text());
    }
    assertEquals("friction:never heard back", Evidence.of(Evidence.Kind.FRICTION,
        new Cue(CueType.FRICTION, "Never  Heard back", 0, 3, 0, 17, false)).text());
  }

  @Test
  void textIsTheLabelAndTheDetail() {
    assertEquals("mild", Evidence.of(Evidence.Kind.MILD).text());
    assertEquals("mixed:clauses", Evidence.of(Evidence.Kind.MIXED, Evidence.CLAUSES).text());
    assertEquals("loud:very_negative",
        Evidence.of(Evidence.Kind.LOUD, Evidence.VERY_NEGATIVE).toString());
    assertEquals("positive_document:tone",
        Evidence.of(Evidence.Kind.POSITIVE_DOCUMENT, Evidence.TONE).text());
    assertEquals("positive_document:rating=5",
        Evidence.rating(Evidence.Kind.POSITIVE_DOCUMENT, 5).text());
    assertEquals("uncued_in_positive_review:rating=4",
        Evidence.rating(Evidence.Kind.UNCUED_IN_POSITIVE_REVIEW, 4).text());
    // An empty detail is still written with its colon, as the strings were concatenated before.
    assertEquals("hedged:", Evidence.of(Evidence.Kind.HEDGED, "").text());
  }

  @Test
  void aKindTakesADetailExactlyWhenItIsDetailed() {
    assertThrows(IllegalArgumentException.class, () -> Evidence.of(Evidence.Kind.HEDGED));
    assertThrows(IllegalArgumentException.class, () -> new Evidence(Evidence.Kind.MILD, "x"));
    assertThrows(NullPointerException.class, () -> new Evidence(null, null));
  }

  @Test
  void verdictWritesItsFindingsInOrder() {
    SentenceVerdict v = new SentenceVerdict(List.of(), true, true, false, List.of(
        Evidence.of(Evidence.Kind.FRICTION, "lukewarm"), Evidence.of(Evidence.Kind.MILD)));
    assertEquals(List.of("friction:lukewarm", "mild"), v.evidence());
    assertEquals(List.of(), new SentenceVerdict(List.of(), false, false, false, List.of())
        .evidence());
  }
}
