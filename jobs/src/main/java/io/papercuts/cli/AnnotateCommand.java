package io.papercuts.cli;

import io.papercuts.jobs.AnnotateJob;
import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.SparkSessions;
import io.papercuts.jobs.OutputLock;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Stage 2: split --run-date's feedback into sentences with CoreNLP sentiment, "
        + "keyphrases, cues and themes (units unchanged since the previous run date keep their "
        + "rows; sentences already in sentence_cache are not re-parsed).",
    footer = {"", "Example:", "  papercuts annotate --output out --run-date 2026-10-31"})
final class AnnotateCommand implements Callable<Integer> {

  @Mixin
  RunOptions options;

  @Override
  public Integer call() {
    PipelineConfig config = options.toConfig();
    try (OutputLock lock = OutputLock.acquire(config.output(),
        "annotate --run-date " + config.runDate(), System.out)) {
      lock.useForSparkTemp();
      AnnotateJob.preloadModelsIfLocal(options.master);
      SparkSession spark = SparkSessions.create(options.master, options.verbose);
      long started = System.nanoTime();
      AnnotateJob.Result r = AnnotateJob.run(spark, config);
      // The stage's own time, after JVM and Spark start-up, as nightly reports it per stage.
      System.out.printf("annotate: done in %.1f s: %,d units -> %s%n",
          (System.nanoTime() - started) / 1e9, r.units(), AnnotateJob.describe(r));
      return 0;
    }
  }
}
