package io.papercuts.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Score arithmetic against hand computations, the ranking property and the edge cases. */
class PapercutScorerTest {

  private static final double EPS = 1e-12;
  private static final ScoringSettings DEFAULTS = ScoringSettings.defaults();

  /** 1,000 customers, 200 churned, churn known, no ratings. */
  private static ThemeStats churnOnly(String id, long customers, long churned, long mentions,
      long complaints, long quiet, long stated, long withStated) {
    return new ThemeStats(id, customers, mentions, complaints, quiet, 0, stated, withStated,
        churned, 0, 0, 0, 0, 1000, 200, true);
  }

  /** Widespread (12%), quiet (60%), rarely stated (5%), lift 2 on 120 customers. */
  private static final ThemeStats PAPERCUT = churnOnly("duplicate_marketing", 120, 48, 200,
      150, 90, 2, 40);
  /** Loud: stated by 60%, quiet 10%, lift 1.2, broad (30%). */
  private static final ThemeStats PRICE = churnOnly("price", 300, 72, 400, 280, 28, 150, 250);
  /** Noise: lift 1.0, otherwise like a paper cut. */
  private static final ThemeStats NOISE = churnOnly("d_remote", 250, 50, 300, 200, 100, 0, 60);

  @Test
  void paperCutArithmetic() {
    ThemeScore s = PapercutScorer.score(PAPERCUT, DEFAULTS);
    assertEquals(0.12, s.breadth(), EPS);
    assertEquals(0.75, s.negativeShare(), EPS);
    assertEquals(0.6, s.quietShare(), EPS);
    assertEquals(0.0, s.mixedShare(), EPS);
    assertEquals(0.05, s.statedShare(), EPS);
    // Unstated 0.95 times (1 + quiet 0.6) / 2.
    assertEquals(0.95 * 0.8, s.hiddenness(), EPS);
    assertEquals(2.0, s.churnLift(), EPS);
    // Wilson lower for 48/120 is 0.31676408120837146; / 0.2.
    assertEquals(1.5838204060418573, s.churnLiftLower(), EPS);
    assertEquals(2.4471987603768466, s.churnLiftUpper(), EPS);
    assertTrue(s.churnLiftSupported());
    assertTrue(Double.isNaN(s.ratingDelta()));
    assertEquals(0.5838204060418573, s.impact(), EPS);
    assertEquals(100 * Math.sqrt(0.12) * 0.76 * 0.5838204060418573, s.papercutScore(), EPS);
    assertEquals(15.37034040755183, s.papercutScore(), EPS);
    assertEquals("churn", s.scoreBasis());
  }

  @Test
  void loudStatedThemeAndNoiseRankBelowThePaperCut() {
    ThemeScore cut = PapercutScorer.score(PAPERCUT, DEFAULTS);
    ThemeScore price = PapercutScorer.score(PRICE, DEFAULTS);
    ThemeScore noise = PapercutScorer.score(NOISE, DEFAULTS);
    assertEquals(1.2, price.churnLift(), EPS);
    assertEquals(0.9757657847611373, price.churnLiftLower(), EPS);
    assertEquals(0.6, price.statedShare(), EPS);
    assertEquals(1.0, noise.churnLift(), EPS);
    assertEquals(0.0, price.papercutScore(), EPS);
    assertEquals(0.0, noise.papercutScore(), EPS);
    List<ThemeScore> ranked = new ArrayList<>(List.of(noise, price, cut));
    ranked.sort(PapercutScorer.RANKING);
    assertEquals(List.of("duplicate_marketing", "price", "d_remote"),
        ranked.stream().map(ThemeScore::themeId).toList());
  }

  @Test
  void loudThemeStaysBelowEvenWithRealExcessChurn() {
    // Price with lift 1.5 on 300 customers: harmful, but stated and loud.
    ThemeStats harmfulPrice = churnOnly("price", 300, 90, 400, 280, 28, 150, 250);
    ThemeScore price = PapercutScorer.score(harmfulPrice, DEFAULTS);
    assertTrue(price.churnLiftLower() > 1.0);
    assertTrue(price.papercutScore() > 0);
    assertTrue(PapercutScorer.score(PAPERCUT, DEFAULTS).papercutScore() > price.papercutScore());
  }

  @Test
  void thinEvidenceDoesNotWinOnItsPointEstimate() {
    // 12 customers, 9 churned: point lift 3.75 would give 100 x sqrt(0.012) x 0.8 x 2.75 = 24.10,
    // above the paper cut's 15.37; the Wilson lower bound (0.4677 / 0.2 = 2.338) gives 11.73.
    ThemeStats thin = churnOnly("thin", 12, 9, 25, 20, 12, 0, 0);
    ThemeScore s = PapercutScorer.score(thin, DEFAULTS);
    assertEquals(3.75, s.churnLift(), EPS);
    assertEquals(2.338473325332172, s.churnLiftLower(), 1e-9);
    double byPoint = 100 * Math.sqrt(s.breadth()) * s.hiddenness() * (s.churnLift() - 1);
    ThemeScore cut = PapercutScorer.score(PAPERCUT, DEFAULTS);
    assertTrue(byPoint > cut.papercutScore());
    assertEquals(11.729792526454105, s.papercutScore(), 1e-9);
    assertTrue(s.papercutScore() < cut.papercutScore());
  }

  @Test
  void withoutChurnDataImpactComesFromRatingsAlone() {
    // Theme units: 30 rated, mean 0.4; all units: 500 rated, mean 0.7. Delta -0.3,
    // shrunk by 30 / (30 + 10): 0.225; weight 1: impact 0.225.
    ThemeStats s = new ThemeStats("setup_glitch", 50, 40, 20, 10, 4, 0, 0, 30,
        12.0, 30, 350.0, 500, 1000, 400, false);
    ThemeScore score = PapercutScorer.score(s, DEFAULTS);
    assertFalse(score.churnLiftSupported());
    assertTrue(Double.isNaN(score.churnLift()));
    assertTrue(Double.isNaN(score.statedShare()));
    assertEquals(0.75, score.hiddenness(), EPS);
    assertEquals(-0.3, score.ratingDelta(), EPS);
    assertEquals(0.225, score.impact(), EPS);
    assertEquals(0.2, score.mixedShare(), EPS);
    // 100 x sqrt(breadth 0.05) x hiddenness 0.75 x impact 0.225.
    assertEquals(100 * Math.sqrt(0.05) * 0.75 * 0.225, score.papercutScore(), EPS);
    assertEquals("rating_no_churn_data", score.scoreBasis());
  }

  @Test
  void withoutChurnDataOrRatingsTheComplaintShareIsTheImpact() {
    // Tweets only: 40 mentions, 20 of them complaints; no churn, no ratings.
    ThemeStats s = new ThemeStats("d_echo_drops_wifi", 50, 40, 20, 10, 4, 0, 0, 0,
        0.0, 0, 0.0, 0, 1000, 0, false);
    ThemeScore score = PapercutScorer.score(s, DEFAULTS);
    assertEquals(0.5, score.impact(), EPS);
    assertEquals(100 * Math.sqrt(0.05) * 0.75 * 0.5, score.papercutScore(), EPS);
    assertEquals("complaints" + PapercutScorer.NO_CHURN_DATA, score.scoreBasis());
    // More complaints among the mentions rank higher at the same breadth.
    ThemeStats louder = new ThemeStats("d_other", 50, 40, 40, 10, 4, 0, 0, 0,
        0.0, 0, 0.0, 0, 1000, 0, false);
    assertTrue(PapercutScorer.score(louder, DEFAULTS).papercutScore() > score.papercutScore());
  }

  @Test
  void churnAndRatingAddUp() {
    ThemeStats s = new ThemeStats("x", 120, 200, 150, 90, 0, 2, 40, 48,
        12.0, 30, 350.0, 500, 1000, 200, true);
    ThemeScore score = PapercutScorer.score(s, DEFAULTS);
    assertEquals(0.5838204060418573 + 0.225, score.impact(), EPS);
    assertEquals("churn_and_rating", score.scoreBasis());
  }

  @Test
  void betterThanAverageRatingAddsNothing() {
    ThemeStats s = new ThemeStats("x", 50, 40, 20, 10, 0, 0, 0, 0,
        27.0, 30, 350.0, 500, 1000, 0, false);
    ThemeScore score = PapercutScorer.score(s, DEFAULTS);
    assertEquals(0.2, score.ratingDelta(), EPS);
    assertEquals(0.0, score.impact(), EPS);
    assertEquals(0.0, score.papercutScore(), EPS);
  }

  @Test
  void tinyThemeGetsNoScore() {
    ThemeStats s = new ThemeStats("tiny", 2, 2, 2, 2, 0, 0, 0, 2,
        0.0, 2, 350.0, 500, 1000, 200, true);
    ThemeScore score = PapercutScorer.score(s, DEFAULTS);
    assertEquals(0.0, score.papercutScore(), EPS);
    assertEquals("too_few_customers", score.scoreBasis());
    assertFalse(score.churnLiftSupported());
  }

  @Test
  void zeroCustomersAndEmptyRunDoNotFail() {
    ThemeScore none = PapercutScorer.score(
        new ThemeStats("none", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1000, 200, true), DEFAULTS);
    assertEquals(0.0, none.breadth(), EPS);
    assertEquals(0.0, none.quietShare(), EPS);
    assertEquals(0.0, none.papercutScore(), EPS);
    ThemeScore empty = PapercutScorer.score(
        new ThemeStats("empty", 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, false), DEFAULTS);
    assertEquals(0.0, empty.papercutScore(), EPS);
    assertEquals("too_few_customers", empty.scoreBasis());
  }

  @Test
  void everyoneChurnedMeansNoExcess() {
    ThemeStats s = new ThemeStats("all", 20, 30, 20, 10, 0, 0, 0, 20,
        0, 0, 0, 0, 100, 100, true);
    ThemeScore score = PapercutScorer.score(s, DEFAULTS);
    assertEquals(1.0, score.churnLift(), EPS);
    assertEquals(0.8388748419471806, score.churnLiftLower(), EPS);
    assertEquals(0.0, score.papercutScore(), EPS);
    assertEquals("churn", score.scoreBasis());
  }

  @Test
  void statsRejectInconsistentCounts() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new ThemeStats("bad", 10, 5, 6, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 10, true));
    assertTrue(e.getMessage().contains("theme bad"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> new ThemeStats("bad", 200, 5, 5, 0, 0, 0, 0, 0, 0, 0, 0, 0, 100, 10, true));
    assertThrows(IllegalArgumentException.class,
        () -> new ThemeStats("bad", 10, 5, 5, 0, 0, 0, 0, 0, 4.0, 3, 4.0, 3, 100, 10, true));
  }

  @Test
  void settingsFromNamespacedKeys() {
    ScoringSettings s = ScoringSettings.fromMap(
        Map.of("scoring.min_support", "25", "scoring.rating_weight", "2.5"));
    assertEquals(new ScoringSettings(25, 3, 2.5, 10.0), s);
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.fromMap(Map.of("scoring.min_suport", "25")));
    assertTrue(unknown.getMessage().contains("scoring.min_suport"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.fromMap(Map.of("scoring.min_support", "0")));
    assertThrows(IllegalArgumentException.class,
        () -> ScoringSettings.fromMap(Map.of("scoring.rating_weight", "lots")));
  }
}
