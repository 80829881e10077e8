package io.papercuts.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** Stated reasons from exit surveys mapped to the seed taxonomy's themes. */
class StatedReasonsTest {

  private final StatedReasons reasons = StatedReasons.defaults();

  @Test
  void surveyChoicesNameTheirThemes() {
    assertEquals(Set.of("price"), reasons.themesNamedBy("Price"));
    assertEquals(Set.of("competitor"), reasons.themesNamedBy("Switching to a competitor"));
    assertEquals(Set.of("hold_time", "transfers", "callback_missed"),
        reasons.themesNamedBy("Customer service"));
    assertEquals(Set.of(), reasons.themesNamedBy("No longer need it"));
    assertEquals(Set.of(), reasons.themesNamedBy("Moving / closing business"));
    assertEquals(Set.of(), reasons.themesNamedBy("Other"));
  }

  @Test
  void caseInsensitiveWordStartsAndSpacing() {
    assertEquals(Set.of("price"), reasons.themesNamedBy("TOO EXPENSIVE"));
    assertEquals(Set.of("price"), reasons.themesNamedBy("Pricing"));
    assertEquals(Set.of("competitor"), reasons.themesNamedBy("switched"));
    assertEquals(Set.of("hold_time", "transfers", "callback_missed"),
        reasons.themesNamedBy("Poor customer   service"));
    // "cost" must start a word: "accost" is not a price reason.
    assertEquals(Set.of(), reasons.themesNamedBy("accosted"));
  }

  @Test
  void blankOrMissingNamesNothing() {
    assertEquals(Set.of(), reasons.themesNamedBy(null));
    assertEquals(Set.of(), reasons.themesNamedBy("  "));
  }
}
