package io.papercuts.report;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything one report shows, as plain immutable Java values: the bounded slice of a run date's
 * tables that {@link ReportReader} brings to the driver, and all that {@link HtmlReportWriter}
 * and {@link CsvReportWriter} need (they never touch Spark). Nullable fields mirror nullable
 * columns and are rendered as "n/a" in HTML and as empty cells in CSV.
 *
 * @param runDate the run date (partition) reported on
 * @param run the run's counts; never null, but its fields are null when the {@code runs} row is
 *     missing (an incomplete run date)
 * @param totalThemes how many themes the run produced, of which {@code themes} are the top ones
 * @param themes the top themes by rank
 * @param examples quotes per theme id, by example rank (only for the top themes)
 * @param trends weekly counts per theme id, by week (only for the top themes; weeks without a
 *     mention are absent)
 * @param reasons stated exit reason x theme, with the theme's label
 */
public record ReportData(LocalDate runDate, RunCounts run, long totalThemes,
    List<Theme> themes, Map<String, List<Example>> examples, Map<String, List<TrendPoint>> trends,
    List<ReasonTheme> reasons) {

  public ReportData {
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(run, "run");
    themes = List.copyOf(themes);
    examples = Map.copyOf(examples);
    trends = Map.copyOf(trends);
    reasons = List.copyOf(reasons);
  }

  /** The quotes of one theme, by rank; empty when it has none. */
  public List<Example> examplesOf(String themeId) {
    return examples.getOrDefault(themeId, List.of());
  }

  /** The weekly counts of one theme, by week; empty when it has none. */
  public List<TrendPoint> trendOf(String themeId) {
    return trends.getOrDefault(themeId, List.of());
  }

  /**
   * The {@code runs} row's counts, plus the customer counts of the run date.
   *
   * @param customers every customer in the {@code customers} table of the run date
   * @param churnedCustomers of those, the churned ones
   * @param customersHeardFrom everyone heard from in the window (the breadth denominator)
   */
  public record RunCounts(String runId, String status, Instant finishedAt, Long recordsRead,
      Long recordsAccepted, Long recordsQuarantined, Long recordsSkipped, Long units,
      Long sentences, Long customers, Long churnedCustomers, Long customersHeardFrom,
      String papercutsVersion, String modelVersion, String configHash) {

    /** No {@code runs} row and no customer counts: every count shows as n/a. */
    public static RunCounts missing() {
      return new RunCounts(null, null, null, null, null, null, null, null, null, null, null, null,
          null, null, null);
    }

    /** A date with a {@code runs} row is complete (docs/schema.md). */
    public boolean complete() {
      return runId != null;
    }
  }

  /** One row of the {@code themes} table (docs/schema.md); boxed fields are nullable. */
  public record Theme(int rank, String themeId, String label, String origin, String kind,
      long customers, long mentions, Double breadth, Double negativeShare, Double quietShare,
      Double mixedShare, Double statedShare, Double hiddenness, Long churnedCustomers,
      Double churnLift, Double churnLiftLow, Double churnLiftHigh, Boolean liftSupported,
      Double ratingDelta, Double impact, Double papercutScore, String scoreBasis) {
  }

  /** One row of {@code theme_examples}: a redacted quote and the cue that made it a paper cut. */
  public record Example(String themeId, int rank, String quote, String source, String cue,
      Boolean quiet, LocalDate eventDate, String unitId) {
  }

  /** One row of {@code theme_trends}: a theme's mentions in the week starting {@code week}. */
  public record TrendPoint(String themeId, LocalDate week, long mentions, long customers,
      Double negativeShare, Double mentionShare) {
  }

  /**
   * One row of {@code stated_vs_unstated}: customers who gave {@code statedReason} and mentioned
   * the theme; {@code namesTheme} false means they said one thing and experienced another.
   */
  public record ReasonTheme(String statedReason, String themeId, String themeLabel,
      long customers, boolean namesTheme) {
  }
}
