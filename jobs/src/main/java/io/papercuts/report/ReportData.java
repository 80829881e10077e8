package io.papercuts.report;

import io.papercuts.jobs.Tables.RunRow;
import io.papercuts.jobs.Tables.ThemeExampleRow;
import io.papercuts.jobs.Tables.ThemeRow;
import io.papercuts.jobs.Tables.ThemeTrendRow;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * Everything one report shows, as plain immutable Java values: the bounded slice of a run date's
 * tables that {@link ReportReader} brings to the driver, and all that {@link HtmlReportWriter}
 * and {@link CsvReportWriter} need (they never touch Spark). Rows of a table are that table's
 * records ({@link io.papercuts.jobs.Tables}); their nullable fields are rendered as "n/a" in HTML
 * and as empty cells in CSV.
 *
 * @param runDate the run date (partition) reported on
 * @param run the run's counts; never null
 * @param totalThemes how many themes the run produced, of which {@code themes} are the top ones
 * @param themes the top themes by rank
 * @param examples quotes per theme id, by example rank (only for the top themes)
 * @param trends weekly counts per theme id, by week (only for the top themes; weeks without a
 *     mention are absent)
 * @param reasons stated exit reason x theme, with the theme's label
 */
public record ReportData(LocalDate runDate, RunCounts run, long totalThemes,
    List<ThemeRow> themes, Map<String, List<ThemeExampleRow>> examples,
    Map<String, List<ThemeTrendRow>> trends, List<ReasonTheme> reasons) {

  public ReportData {
    Objects.requireNonNull(runDate, "runDate");
    Objects.requireNonNull(run, "run");
    themes = List.copyOf(themes);
    examples = Map.copyOf(examples);
    trends = Map.copyOf(trends);
    reasons = List.copyOf(reasons);
  }

  /** The quotes of one theme, by rank; empty when it has none. */
  public List<ThemeExampleRow> examplesOf(String themeId) {
    return examples.getOrDefault(themeId, List.of());
  }

  /** The weekly counts of one theme, by week; empty when it has none. */
  public List<ThemeTrendRow> trendOf(String themeId) {
    return trends.getOrDefault(themeId, List.of());
  }

  /**
   * The {@code runs} row, plus the customer counts of the run date.
   *
   * @param run the {@code runs} row; null when the date has none (an incomplete run date)
   * @param customers every customer in the {@code customers} table of the run date
   * @param churnedCustomers of those, the churned ones
   * @param customersHeardFrom everyone heard from in the window, as summarize scored against
   *     ({@code themes.customers_heard_from}); null when the themes do not say
   */
  public record RunCounts(RunRow run, Long customers, Long churnedCustomers,
      Long customersHeardFrom) {

    /** No {@code runs} row and no customer counts: every count shows as n/a. */
    public static RunCounts missing() {
      return new RunCounts(null, null, null, null);
    }

    /** A date with a {@code runs} row is complete (docs/schema.md). */
    public boolean complete() {
      return run != null;
    }

    /** A column of the runs row; null when there is no runs row. */
    public <T> T of(Function<RunRow, T> column) {
      return run == null ? null : column.apply(run);
    }
  }

  /**
   * One row of {@code stated_vs_unstated}: customers who gave {@code statedReason} and mentioned
   * the theme; {@code namesTheme} false means they said one thing and experienced another.
   */
  public record ReasonTheme(String statedReason, String themeId, String themeLabel,
      long customers, boolean namesTheme) {
  }
}
