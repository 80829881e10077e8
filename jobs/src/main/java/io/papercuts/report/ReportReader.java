package io.papercuts.report;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.papercuts.jobs.ExitCode;
import io.papercuts.jobs.PipelineException;
import io.papercuts.jobs.TableWriter;
import io.papercuts.jobs.Tables;
import io.papercuts.jobs.Tables.RunRow;
import io.papercuts.jobs.Tables.StatedVsUnstatedRow;
import io.papercuts.jobs.Tables.ThemeExampleRow;
import io.papercuts.jobs.Tables.ThemeRow;
import io.papercuts.jobs.Tables.ThemeTrendRow;
import io.papercuts.report.ReportData.ReasonTheme;
import io.papercuts.report.ReportData.RunCounts;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Reads one run date's partitions of {@code themes}, {@code theme_examples},
 * {@code theme_trends}, {@code stated_vs_unstated}, {@code runs} and {@code customers} into
 * {@link ReportData}. Only bounded results reach the driver: the top N themes, their quotes
 * (at most 5 each), their last {@value HtmlReportWriter#MAX_WEEKS} weeks, at most
 * {@value #MAX_REASON_ROWS} reason x theme rows, one runs row and two customer counts.
 *
 * <p>Rows are read into the tables' records ({@link io.papercuts.jobs.Table#read}), by column
 * name, and a column a partition lacks reads as null, so a report still renders tables written
 * before a column was added. Driver-side only.
 */
final class ReportReader {

  static final int MAX_REASON_ROWS = 1000;
  private static final int MAX_EXAMPLES_PER_THEME = 20;

  private ReportReader() {
  }

  static ReportData read(SparkSession spark, String outputRoot, LocalDate runDate,
      ReportOptions options) {
    TableWriter tables = new TableWriter(spark, outputRoot);
    Dataset<Row> themes = tables.readPartition(Tables.THEMES, runDate);
    if (themes == null) {
      throw new PipelineException(ExitCode.INPUT, "no themes for run date " + runDate + " in "
          + tables.tablePath(Tables.THEMES) + ": run `papercuts nightly` (or summarize) for that "
          + "date first");
    }
    long totalThemes = themes.count();
    List<ThemeRow> top = new ArrayList<>();
    for (Row r : themes.orderBy(col("rank"), col("theme_id")).limit(options.topThemes())
        .collectAsList()) {
      top.add(Tables.THEMES.read(r));
    }
    List<String> ids = top.stream().map(ThemeRow::themeId).toList();
    Object[] idArray = ids.toArray();

    Map<String, List<ThemeExampleRow>> examples = new LinkedHashMap<>();
    Dataset<Row> ex = tables.readPartition(Tables.THEME_EXAMPLES, runDate);
    if (ex != null && !ids.isEmpty()) {
      for (Row r : ex.filter(col("theme_id").isin(idArray)
              .and(col("rank").leq(MAX_EXAMPLES_PER_THEME)))
          .orderBy(col("theme_id"), col("rank")).collectAsList()) {
        ThemeExampleRow e = Tables.THEME_EXAMPLES.read(r);
        examples.computeIfAbsent(e.themeId(), k -> new ArrayList<>()).add(e);
      }
    }

    Map<String, List<ThemeTrendRow>> trends = new LinkedHashMap<>();
    Dataset<Row> tr = tables.readPartition(Tables.THEME_TRENDS, runDate);
    if (tr != null && !ids.isEmpty()) {
      LocalDate since = runDate.minusWeeks(HtmlReportWriter.MAX_WEEKS + 1L);
      for (Row r : tr.filter(col("theme_id").isin(idArray)
              .and(col("week").geq(lit(java.sql.Date.valueOf(since)))))
          .orderBy(col("theme_id"), col("week")).collectAsList()) {
        ThemeTrendRow p = Tables.THEME_TRENDS.read(r);
        trends.computeIfAbsent(p.themeId(), k -> new ArrayList<>()).add(p);
      }
    }

    List<ReasonTheme> reasons = new ArrayList<>();
    Dataset<Row> svu = tables.readPartition(Tables.STATED_VS_UNSTATED, runDate);
    if (svu != null) {
      Dataset<Row> labels = themes.select(col("theme_id"), col("label"));
      for (Row r : svu.join(labels, svu.col("theme_id").equalTo(labels.col("theme_id")), "left")
          .select(svu.col("stated_reason"), svu.col("theme_id"), labels.col("label"),
              svu.col("customers"), svu.col("reason_names_theme"))
          .orderBy(col("customers").desc(), col("stated_reason"), svu.col("theme_id"))
          .limit(MAX_REASON_ROWS).collectAsList()) {
        StatedVsUnstatedRow s = Tables.STATED_VS_UNSTATED.read(r);
        reasons.add(new ReasonTheme(s.statedReason(), s.themeId(), r.getAs("label"),
            s.customers() == null ? 0 : s.customers(),
            Boolean.TRUE.equals(s.reasonNamesTheme())));
      }
    }

    return new ReportData(runDate, runCounts(tables, runDate, top), totalThemes, top, examples,
        trends, reasons);
  }

  private static RunCounts runCounts(TableWriter tables, LocalDate runDate, List<ThemeRow> top) {
    Long customers = null;
    Long churned = null;
    Dataset<Row> cust = tables.readPartition(Tables.CUSTOMERS, runDate);
    if (cust != null) {
      Row c = cust.agg(count(lit(1)).as("customers"),
          sum(when(col("churned"), 1L).otherwise(0L)).as("churned")).first();
      customers = c.getAs("customers");
      churned = c.getAs("churned");
      churned = churned == null ? 0L : churned;
    }
    // The population summarize scored against, the same on every theme of the date.
    Long heardFrom = top.isEmpty() ? null : top.get(0).customersHeardFrom();

    Dataset<Row> runs = tables.readPartition(Tables.RUNS, runDate);
    List<Row> run = runs == null ? List.of() : runs.limit(1).collectAsList();
    RunRow row = run.isEmpty() ? null : Tables.RUNS.read(run.get(0));
    return new RunCounts(row, customers, churned, heardFrom);
  }
}
