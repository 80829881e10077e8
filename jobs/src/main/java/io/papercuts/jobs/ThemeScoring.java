package io.papercuts.jobs;

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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Driver-side scoring of the per-theme counts (one small row per theme) with
 * {@link PapercutScorer}, and the {@code themes} rows with labels, origin and rank. NaN ("not
 * known") is written as null.
 */
final class ThemeScoring {

  private ThemeScoring() {
  }

  /**
   * @param stats rows of theme_id, customers, mentions, complaint_mentions, quiet_mentions,
   *     mixed_mentions, churned_customers, rating_sum, rating_count, customers_with_stated,
   *     stated_customers
   * @param overall population, churned, rating_sum, rating_count, churn_known
   */
  static List<Row> score(List<Row> stats, Row overall, ThemeTaxonomy taxonomy,
      List<DiscoveredTheme> discovered, ScoringSettings settings) {
    Map<String, String[]> labels = new HashMap<>();
    Map<String, DiscoveredTheme> byId = new HashMap<>();
    for (ThemeDefinition t : taxonomy.themes()) {
      labels.put(t.id(), new String[] {t.label(), "taxonomy", t.kind().name().toLowerCase(Locale.ROOT)});
    }
    for (DiscoveredTheme d : discovered) {
      labels.put(d.id(), new String[] {d.label(), "discovered", "papercut"});
      byId.put(d.id(), d);
    }
    List<ThemeScore> scores = new ArrayList<>(stats.size());
    for (Row r : stats) {
      scores.add(PapercutScorer.score(new ThemeStats(r.getAs("theme_id"),
          r.<Long>getAs("customers"), r.<Long>getAs("mentions"),
          r.<Long>getAs("complaint_mentions"), r.<Long>getAs("quiet_mentions"),
          r.<Long>getAs("mixed_mentions"), orZero(r, "stated_customers"),
          orZero(r, "customers_with_stated"), r.<Long>getAs("churned_customers"),
          r.isNullAt(r.fieldIndex("rating_sum")) ? 0.0 : r.<Double>getAs("rating_sum"),
          orZero(r, "rating_count"), overall.getDouble(2), overall.getLong(3),
          overall.getLong(0), overall.getLong(1), overall.getBoolean(4)), settings));
    }
    scores.sort(PapercutScorer.RANKING);
    Map<String, Long> churned = new HashMap<>();
    for (Row r : stats) {
      churned.put(r.getAs("theme_id"), r.<Long>getAs("churned_customers"));
    }
    List<Row> out = new ArrayList<>(scores.size());
    int rank = 0;
    for (ThemeScore s : scores) {
      String[] l = labels.getOrDefault(s.themeId(), new String[] {s.themeId(), "taxonomy", "papercut"});
      out.add(RowFactory.create(s.themeId(), l[0], l[1], l[2], s.customers(), s.mentions(),
          s.breadth(), s.negativeShare(), s.quietShare(), s.mixedShare(), known(s.statedShare()),
          s.hiddenness(), churned.get(s.themeId()), known(s.churnLift()),
          known(s.churnLiftLower()), known(s.churnLiftUpper()), s.churnLiftSupported(),
          known(s.ratingDelta()), s.impact(), s.papercutScore(), s.scoreBasis(), ++rank,
          byId.containsKey(s.themeId())
              ? byId.get(s.themeId()).topPhrases().toArray(new String[0]) : null,
          byId.containsKey(s.themeId()) ? byId.get(s.themeId()).representative() : null));
    }
    return out;
  }

  private static long orZero(Row r, String field) {
    int i = r.fieldIndex(field);
    return r.isNullAt(i) ? 0L : r.getLong(i);
  }

  private static Double known(double v) {
    return Double.isNaN(v) ? null : v;
  }
}
