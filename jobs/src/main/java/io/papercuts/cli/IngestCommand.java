package io.papercuts.cli;

import io.papercuts.jobs.IngestJob;
import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.SparkSessions;
import io.papercuts.jobs.OutputLock;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "ingest", mixinStandardHelpOptions = true,
    description = "Stage 1: read the input folder into the feedback, survey_responses, contacts, "
        + "customers, quarantine and skipped tables of --run-date.",
    footer = {"", "Example:", "  papercuts ingest --input sample-data --output out --run-date 2026-10-31"})
final class IngestCommand implements Callable<Integer> {

  @Mixin
  RunOptions options;

  @Override
  public Integer call() {
    PipelineConfig config = options.toConfig();
    try (OutputLock lock = OutputLock.acquire(config.output(),
        "ingest --run-date " + config.runDate(), System.out)) {
      lock.useForSparkTemp();
      SparkSession spark = SparkSessions.create(options.master, options.verbose);
      long started = System.nanoTime();
      IngestJob.Result r = IngestJob.run(spark, config);
      System.out.printf("ingest: done in %.1f s: read %,d = accepted %,d + quarantined %,d"
          + " + skipped %,d; %,d text units%n", (System.nanoTime() - started) / 1e9,
          r.read(), r.accepted(), r.quarantined(), r.skipped(), r.units());
      return 0;
    }
  }
}
