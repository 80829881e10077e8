package io.papercuts.cues;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** What the rules read from a document: its thresholds, at and either side of them. */
class DocumentContextTest {

  private static DocumentContext rated(int stars) {
    return new DocumentContext("review", stars, null, 0.0);
  }

  @Test
  void ratingsAtTheThresholds() {
    assertTrue(rated(4).hasPositiveRating());
    assertFalse(rated(3).hasPositiveRating());
    assertTrue(rated(2).hasNegativeRating());
    assertFalse(rated(3).hasNegativeRating());
    DocumentContext unrated = DocumentContext.neutral("review");
    assertFalse(unrated.hasPositiveRating());
    assertFalse(unrated.hasNegativeRating());
  }

  @Test
  void aPositiveDocumentIsRatedWellOrAPromoterOrPositiveInTone() {
    assertTrue(rated(5).isPositive());
    assertFalse(rated(3).isPositive());
    assertTrue(new DocumentContext("survey", null, 9, -0.5).isPromoter());
    assertTrue(new DocumentContext("survey", null, 9, -0.5).isPositive());
    assertFalse(new DocumentContext("survey", null, 8, 0.0).isPositive());
    assertTrue(new DocumentContext("transcript", null, null, 0.2).hasPositiveTone());
    assertFalse(new DocumentContext("transcript", null, null, 0.19).isPositive());
    assertFalse(DocumentContext.neutral("transcript").isPositive());
  }
}
