package io.papercuts.jobs;

import io.papercuts.jobs.Tables.ThemeRow;
import io.papercuts.scoring.PapercutScorer;
import io.papercuts.scoring.ScoringSettings;
import io.papercuts.scoring.ThemeScore;
import io.papercuts.scoring.ThemeStats;
import io.papercuts.themes.DiscoveredTheme;
import io.papercuts.themes.ThemeDefinition;
import io.papercuts.themes.ThemeTaxonomy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Driver-side scoring of the per-theme counts (one small row per theme) with
 * {@link PapercutScorer}, and the {@code themes} rows with labels, origin and rank. NaN ("not
 * known") is written as null.
 */
final class ThemeScoring {

  /**
   * One theme's counts as {@code SummarizeJob} aggregates them; the stated counts and rating sums
   * are null when no person of the theme has one.
   */
  record ThemeCounts(String themeId, Long customers, Long mentions, Long complaintMentions,
      Long quietMentions, Long mixedMentions, Long churnedCustomers, Double ratingSum,
      Long ratingCount, Long customersWithStated, Long statedCustomers) {
  }

  static final RowCodec<ThemeCounts> COUNTS = RowCodec.of(ThemeCounts.class);

  /**
   * The totals over everyone heard from in the window (the population).
   *
   * @param ratingSum the sum of the units' normalised ratings (0..1), over {@code ratingCount}
   * @param churnKnown whether a customers file (CRM) says who churned
   */
  record Overall(long population, long churned, double ratingSum, long ratingCount,
      boolean churnKnown) {
  }

  private record Label(String label, String origin, String kind) {
  }

  private ThemeScoring() {
  }

  static List<ThemeRow> score(List<ThemeCounts> stats, Overall overall, ThemeTaxonomy taxonomy,
      List<DiscoveredTheme> discovered, ScoringSettings settings) {
    Map<String, Label> labels = new HashMap<>();
    Map<String, DiscoveredTheme> byId = new HashMap<>();
    for (ThemeDefinition t : taxonomy.themes()) {
      labels.put(t.id(),
          new Label(t.label(), "taxonomy", t.kind().name().toLowerCase(Locale.ROOT)));
    }
    for (DiscoveredTheme d : discovered) {
      labels.put(d.id(), new Label(d.label(), "discovered", "papercut"));
      byId.put(d.id(), d);
    }
    List<ThemeScore> scores = new ArrayList<>(stats.size());
    Map<String, Long> churned = new HashMap<>();
    for (ThemeCounts c : stats) {
      scores.add(PapercutScorer.score(new ThemeStats(c.themeId(), c.customers(), c.mentions(),
          c.complaintMentions(), c.quietMentions(), c.mixedMentions(),
          orZero(c.statedCustomers()), orZero(c.customersWithStated()), c.churnedCustomers(),
          c.ratingSum() == null ? 0.0 : c.ratingSum(), orZero(c.ratingCount()),
          overall.ratingSum(), overall.ratingCount(), overall.population(), overall.churned(),
          overall.churnKnown()), settings));
      churned.put(c.themeId(), c.churnedCustomers());
    }
    scores.sort(PapercutScorer.RANKING);
    List<ThemeRow> out = new ArrayList<>(scores.size());
    int rank = 0;
    for (ThemeScore s : scores) {
      Label l = labels.getOrDefault(s.themeId(), new Label(s.themeId(), "taxonomy", "papercut"));
      DiscoveredTheme d = byId.get(s.themeId());
      out.add(new ThemeRow(s.themeId(), l.label(), l.origin(), l.kind(), s.customers(),
          s.mentions(), s.breadth(), s.negativeShare(), s.quietShare(), s.mixedShare(),
          known(s.statedShare()), s.hiddenness(), churned.get(s.themeId()), known(s.churnLift()),
          known(s.churnLiftLower()), known(s.churnLiftUpper()), s.churnLiftSupported(),
          known(s.ratingDelta()), s.impact(), s.papercutScore(), s.scoreBasis(), ++rank,
          d == null ? null : d.topPhrases(), d == null ? null : d.representative(),
          overall.population()));
    }
    return out;
  }

  private static long orZero(Long v) {
    return v == null ? 0L : v;
  }

  private static Double known(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
