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
import io.papercuts.report.ReportData.Example;
import io.papercuts.report.ReportData.ReasonTheme;
import io.papercuts.report.ReportData.RunCounts;
import io.papercuts.report.ReportData.Theme;
import io.papercuts.report.ReportData.TrendPoint;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Option;

/**
 * Reads one run date's partitions of {@code themes}, {@code theme_examples},
 * {@code theme_trends}, {@code stated_vs_unstated}, {@code runs} and {@code customers} into
 * {@link ReportData}. Only bounded results reach the driver: the top N themes, their quotes
 * (at most 5 each), their last {@value HtmlReportWriter#MAX_WEEKS} weeks, at most
 * {@value #MAX_REASON_ROWS} reason x theme rows, one runs row and two customer counts.
 *
 * <p>Columns are looked up by name and a missing one reads as null, so a report still renders
 * tables written before a column was added. Driver-side only.
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
    List<Theme> top = new ArrayList<>();
    for (Row r : themes.orderBy(col("rank"), col("theme_id")).limit(options.topThemes())
        .collectAsList()) {
      top.add(theme(r));
    }
    List<String> ids = top.stream().map(Theme::themeId).toList();
    Object[] idArray = ids.toArray();

    Map<String, List<Example>> examples = new LinkedHashMap<>();
    Dataset<Row> ex = tables.readPartition(Tables.THEME_EXAMPLES, runDate);
    if (ex != null && !ids.isEmpty()) {
      for (Row r : ex.filter(col("theme_id").isin(idArray)
              .and(col("rank").leq(MAX_EXAMPLES_PER_THEME)))
          .orderBy(col("theme_id"), col("rank")).collectAsList()) {
        Example e = new Example(str(r, "theme_id"), intOr(r, "rank", 0), str(r, "quote"),
            str(r, "source"), str(r, "cue"), bool(r, "is_quiet"), date(r, "event_date"),
            str(r, "unit_id"));
        examples.computeIfAbsent(e.themeId(), k -> new ArrayList<>()).add(e);
      }
    }

    Map<String, List<TrendPoint>> trends = new LinkedHashMap<>();
    Dataset<Row> tr = tables.readPartition(Tables.THEME_TRENDS, runDate);
    if (tr != null && !ids.isEmpty()) {
      LocalDate since = runDate.minusWeeks(HtmlReportWriter.MAX_WEEKS + 1L);
      for (Row r : tr.filter(col("theme_id").isin(idArray)
              .and(col("week").geq(lit(java.sql.Date.valueOf(since)))))
          .orderBy(col("theme_id"), col("week")).collectAsList()) {
        TrendPoint p = new TrendPoint(str(r, "theme_id"), date(r, "week"),
            longOr(r, "mentions", 0), longOr(r, "customers", 0), dbl(r, "negative_share"),
            r.schema().getFieldIndex("mention_share").isDefined() ? dbl(r, "mention_share") : null);
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
        reasons.add(new ReasonTheme(str(r, "stated_reason"), str(r, "theme_id"),
            str(r, "label"), longOr(r, "customers", 0),
            Boolean.TRUE.equals(bool(r, "reason_names_theme"))));
      }
    }

    return new ReportData(runDate, runCounts(tables, runDate, top), totalThemes, top, examples,
        trends, reasons);
  }

  private static RunCounts runCounts(TableWriter tables, LocalDate runDate, List<Theme> top) {
    Long customers = null;
    Long churned = null;
    Dataset<Row> cust = tables.readPartition(Tables.CUSTOMERS, runDate);
    if (cust != null) {
      Row c = cust.agg(count(lit(1)), sum(when(col("churned"), 1L).otherwise(0L))).first();
      customers = c.getLong(0);
      churned = c.isNullAt(1) ? 0L : c.getLong(1);
    }
    // breadth = customers / everyone heard from in the window, so any theme gives the population.
    Long heardFrom = top.stream()
        .filter(t -> t.breadth() != null && t.breadth() > 0 && t.customers() > 0)
        .map(t -> Math.round(t.customers() / t.breadth())).findFirst().orElse(null);

    Dataset<Row> runs = tables.readPartition(Tables.RUNS, runDate);
    List<Row> run = runs == null ? List.of() : runs.limit(1).collectAsList();
    if (run.isEmpty()) {
      return new RunCounts(null, null, null, null, null, null, null, null, null, customers,
          churned, heardFrom, null, null, null);
    }
    Row r = run.get(0);
    return new RunCounts(str(r, "run_id"), str(r, "status"), instant(r, "finished_at"),
        lng(r, "records_read"), lng(r, "records_accepted"), lng(r, "records_quarantined"),
        lng(r, "records_skipped"), lng(r, "units"), lng(r, "sentences"), customers, churned,
        heardFrom, str(r, "papercuts_version"), str(r, "model_version"), str(r, "config_hash"));
  }

  private static Theme theme(Row r) {
    return new Theme(intOr(r, "rank", 0), str(r, "theme_id"), str(r, "label"), str(r, "origin"),
        str(r, "kind"), longOr(r, "customers", 0), longOr(r, "mentions", 0), dbl(r, "breadth"),
        dbl(r, "negative_share"), dbl(r, "quiet_share"), dbl(r, "mixed_share"),
        dbl(r, "stated_share"), dbl(r, "hiddenness"), lng(r, "churned_customers"),
        dbl(r, "churn_lift"), dbl(r, "churn_lift_low"), dbl(r, "churn_lift_high"),
        bool(r, "lift_supported"), dbl(r, "rating_delta"), dbl(r, "impact"),
        dbl(r, "papercut_score"), str(r, "score_basis"));
  }

  /** The value of column {@code name}, or null when it is null or the column does not exist. */
  private static Object get(Row r, String name) {
    Option<Object> i = r.schema().getFieldIndex(name);
    if (i.isEmpty()) {
      return null;
    }
    int idx = (Integer) i.get();
    return r.isNullAt(idx) ? null : r.get(idx);
  }

  private static String str(Row r, String name) {
    Object v = get(r, name);
    return v == null ? null : v.toString();
  }

  private static Long lng(Row r, String name) {
    Object v = get(r, name);
    return v == null ? null : ((Number) v).longValue();
  }

  private static long longOr(Row r, String name, long dflt) {
    Long v = lng(r, name);
    return v == null ? dflt : v;
  }

  private static int intOr(Row r, String name, int dflt) {
    Long v = lng(r, name);
    return v == null ? dflt : Math.toIntExact(v);
  }

  private static Double dbl(Row r, String name) {
    Object v = get(r, name);
    return v == null ? null : ((Number) v).doubleValue();
  }

  private static Boolean bool(Row r, String name) {
    return (Boolean) get(r, name);
  }

  private static LocalDate date(Row r, String name) {
    Object v = get(r, name);
    if (v instanceof java.sql.Date d) {
      return d.toLocalDate();
    }
    return (LocalDate) v;
  }

  private static Instant instant(Row r, String name) {
    Object v = get(r, name);
    if (v instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    return (Instant) v;
  }
}
