package io.papercuts.bench;

import io.papercuts.jobs.AnnotateJob;
import io.papercuts.jobs.CliRun;
import io.papercuts.jobs.IngestJob;
import io.papercuts.jobs.NightlyJob;
import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.SparkSessions;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import org.apache.spark.sql.SparkSession;

/**
 * What papercuts would cost in a long-lived JVM: several nights in one JVM and one Spark session,
 * so that every run after the first finds Spark's and CoreNLP's code compiled and the models
 * loaded. A measurement for {@code docs/benchmarks.md}, not a way to run papercuts. After an
 * untimed night on SAMPLE, per repetition: night 1 on CORPUS (fresh output), night 2 on NIGHT2
 * twice (each on a copy of night 1's output), then the annotate stage twice on UNIQUE's distinct
 * sentences (a rerun of a date recomputes it whole). Prints one line per run.
 *
 * <p>Usage: {@code WarmNights SAMPLE CORPUS NIGHT2 UNIQUE WORK_DIR REPS}
 */
public final class WarmNights {

  private WarmNights() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 6) {
      System.err.println("usage: WarmNights SAMPLE CORPUS NIGHT2 UNIQUE WORK_DIR REPS");
      System.exit(2);
    }
    Path work = Path.of(args[4]);
    int reps = Integer.parseInt(args[5]);
    AnnotateJob.preloadModelsIfLocal((String) null);
    SparkSession spark = SparkSessions.create(null, false);
    delete(work);
    night(spark, args[0], work.resolve("sample"), "2026-10-31", "untimed sample night");
    for (int rep = 1; rep <= reps; rep++) {
      Path night1 = work.resolve("night1");
      delete(night1);
      night(spark, args[1], night1, "2026-10-01", "rep " + rep + " night 1");
      for (int k = 1; k <= 2; k++) {
        Path night2 = work.resolve("night2");
        delete(night2);
        CliRun.copyTree(night1, night2);
        night(spark, args[2], night2, "2026-10-02", "rep " + rep + " night 2 (" + k + ")");
      }
      Path unique = work.resolve("unique");
      delete(unique);
      PipelineConfig u = config(args[3], unique, "2026-10-01");
      IngestJob.run(spark, u);
      for (int k = 1; k <= 2; k++) {
        long t0 = System.nanoTime();
        AnnotateJob.Result r = AnnotateJob.run(spark, u);
        System.out.printf(java.util.Locale.ROOT, "rep %d distinct sentences (%d): annotate %.1f s"
            + " (%,d sentences analysed)%n", rep, k, (System.nanoTime() - t0) / 1e9,
            r.sentencesAnalysed());
      }
    }
    spark.stop();
  }

  private static void night(SparkSession spark, String input, Path output, String date,
      String label) {
    ByteArrayOutputStream log = new ByteArrayOutputStream();
    long t0 = System.nanoTime();
    NightlyJob.run(spark, config(input, output, date),
        new PrintStream(log, true, StandardCharsets.UTF_8));
    double wall = (System.nanoTime() - t0) / 1e9;
    String annotate = log.toString(StandardCharsets.UTF_8).lines()
        .filter(l -> l.startsWith("[annotate] done")).findFirst().orElse("[annotate] ?");
    System.out.printf(java.util.Locale.ROOT, "%s: run %.1f s; %s%n", label, wall, annotate);
  }

  private static PipelineConfig config(String input, Path output, String date) {
    return new PipelineConfig(input, output.toString(), LocalDate.parse(date), 90, 0.05,
        Map.of());
  }

  private static void delete(Path dir) {
    if (Files.exists(dir)) {
      CliRun.deleteTree(dir);
    }
  }
}
