package io.papercuts.jobs;

import static org.apache.spark.sql.functions.col;

import io.papercuts.jobs.Tables.ThemeRow;
import io.papercuts.scoring.PapercutScorer;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The end-of-run summary on the console: counts that reconcile, the top paper cuts, the
 * discovered themes with their phrases and a quote, and where the tables are. Only top-N rows
 * reach the driver.
 */
final class ConsoleSummary {

  private static final int TOP = 10;
  private static final int DISCOVERED = 5;
  private static final int QUOTE_CHARS = 140;

  private ConsoleSummary() {
  }

  static void print(SparkSession spark, PipelineConfig config, NightlyJob.Result r,
      PrintStream out) {
    IngestJob.Result in = r.ingest();
    TableWriter tables = new TableWriter(spark, config.output());
    out.println();
    out.printf("papercuts run %s%n", config.runDate());
    out.printf("  records read %,d = accepted %,d + quarantined %,d + skipped %,d%n",
        in.read(), in.accepted(), in.quarantined(), in.skipped());
    in.perSource().forEach((source, c) -> out.printf(
        "    %-11s read %,6d  accepted %,6d  quarantined %,5d  skipped %,5d%n",
        source, c.read(), c.accepted(), c.quarantined(), c.skipped()));
    if (!in.notRead().isEmpty()) {
      out.printf("  files not read (%d):%n", in.notRead().size());
      in.notRead().forEach(f -> out.println("    " + f));
    }
    out.printf("  text units %,d -> sentences %,d (distinct sentences analysed by CoreNLP %,d,"
        + " from cache %,d)%n",
        in.units(), r.annotate().sentences(), r.annotate().sentencesAnalysed(),
        r.annotate().sentencesFromCache());

    Dataset<Row> themes = tables.readPartition(Tables.THEMES, config.runDate());
    if (themes != null) {
      out.println();
      out.println("Top paper cuts (rank, theme, customers, quiet share, stated share, churn lift [95% CI]):");
      for (ThemeRow t : read(themes.orderBy("rank").limit(TOP))) {
        boolean discovered = "discovered".equals(t.origin());
        out.printf("  %2d. %-44s %5d  quiet %4s  stated %4s  lift %s%n",
            t.rank(), (discovered ? "* " : "") + t.label(), t.customers(),
            percent(t.quietShare()), percent(t.statedShare()), lift(t));
      }
      List<ThemeRow> found = read(themes.filter(col("origin").equalTo("discovered"))
          .orderBy("rank").limit(DISCOVERED));
      if (!found.isEmpty()) {
        out.println();
        out.println("* Discovered by meaning (no taxonomy theme names them): rank, label, "
            + "top phrases, a representative quote:");
        for (ThemeRow t : found) {
          out.printf("  %2d. %s  [%s]%n      \"%s\"%n", t.rank(), t.label(),
              String.join(", ", t.topPhrases()), shorten(t.representative()));
        }
      }
    }

    out.println();
    String where = config.output().contains("://") ? config.output()
        : Path.of(config.output()).toAbsolutePath().normalize().toString();
    out.printf("Parquet tables in %s (partition run_date=%s):%n", where, config.runDate());
    out.println("  feedback, sentences, themes, theme_examples, customer_frictions, "
        + "stated_vs_unstated, theme_trends, quarantine, runs, ...");
    out.println("Report: " + r.report().htmlFile());
    out.println("  CSV:  " + r.report().csvThemes() + ", " + r.report().csvExamples());
    out.println("  e.g. duckdb -c \"SELECT rank, label, customers, papercut_score FROM '"
        + where + "/themes/*/*.parquet' ORDER BY rank LIMIT 10\"");
  }

  /** Shares are null when not known (no customer of the theme gave an exit reason). */
  private static String percent(Double share) {
    return share == null ? "n/a" : String.format("%.0f%%", 100 * share);
  }

  private static String shorten(String quote) {
    if (quote == null) {
      return "";
    }
    return quote.length() <= QUOTE_CHARS ? quote : quote.substring(0, QUOTE_CHARS - 3) + "...";
  }

  private static List<ThemeRow> read(Dataset<Row> themes) {
    return themes.collectAsList().stream().map(Tables.THEMES::read).toList();
  }

  private static String lift(ThemeRow t) {
    if (!Boolean.TRUE.equals(t.liftSupported())) {
      String basis = t.scoreBasis();
      return basis != null && basis.endsWith(PapercutScorer.NO_CHURN_DATA)
          ? "n/a (no churn data)" : "n/a (too few customers)";
    }
    return String.format("%.2f [%.2f, %.2f]", t.churnLift(), t.churnLiftLow(),
        t.churnLiftHigh());
  }
}
