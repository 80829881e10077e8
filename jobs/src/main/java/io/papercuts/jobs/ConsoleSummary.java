package io.papercuts.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.explode;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * The end-of-run summary on the console: counts that reconcile, the top paper cuts, the top
 * keyphrases of negative sentences, and where the tables are. Only top-N rows reach the driver.
 */
final class ConsoleSummary {

  private static final int TOP = 10;

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
        source, c[0], c[1], c[2], c[3]));
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
      for (Row t : themes.orderBy("rank").limit(TOP).collectAsList()) {
        out.printf("  %2d. %-40s %5d  quiet %4s  stated %4s  lift %s%n",
            t.<Integer>getAs("rank"), t.<String>getAs("label"), t.<Long>getAs("customers"),
            percent(t.getAs("quiet_share")), percent(t.getAs("stated_share")), lift(t));
      }
    }

    Dataset<Row> sentences = tables.readPartition(Tables.SENTENCES, config.runDate());
    List<Row> keyphrases = sentences
        .filter(col("sentiment").isin("negative", "very_negative"))
        .select(col("unit_id"), explode(col("keyphrases")).as("keyphrase"))
        .groupBy("keyphrase").agg(countDistinct("unit_id").as("units"))
        .orderBy(col("units").desc(), col("keyphrase")).limit(TOP).collectAsList();
    out.println();
    out.println("Top keyphrases in negative sentences (units):");
    for (Row k : keyphrases) {
      out.printf("  %-30s %d%n", k.getString(0), k.getLong(1));
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

  private static String lift(Row t) {
    Boolean supported = t.getAs("lift_supported");
    if (supported == null || !supported) {
      return "n/a (too few customers)";
    }
    return String.format("%.2f [%.2f, %.2f]", t.<Double>getAs("churn_lift"),
        t.<Double>getAs("churn_lift_low"), t.<Double>getAs("churn_lift_high"));
  }
}
