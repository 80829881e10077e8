package io.papercuts.cli;

import io.papercuts.jobs.AnnotateJob;
import io.papercuts.jobs.NightlyJob;
import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.SparkSessions;
import io.papercuts.jobs.OutputLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "nightly", mixinStandardHelpOptions = true,
    description = {"Run the whole pipeline for one night: ingest, annotate, summarize; then write "
        + "the runs manifest and print a summary.",
        "Rerunning the same --run-date replaces that date's results."},
    footer = {"", "Example:",
        "  papercuts nightly --input sample-data --output out --run-date 2026-10-31"})
final class NightlyCommand implements Callable<Integer> {

  @Mixin
  RunOptions options;

  @Override
  public Integer call() {
    PipelineConfig config = options.toConfig();
    if (config.input() == null) {
      throw new IllegalArgumentException("nightly needs --input DIR (see --help)");
    }
    try (OutputLock lock = OutputLock.acquire(config.output(),
        "nightly --run-date " + config.runDate(), System.out)) {
      lock.useForSparkTemp();
      AnnotateJob.preloadModelsIfLocal(options.master);
      NightlyJob.run(SparkSessions.create(options.master, options.verbose), config, System.out);
      return 0;
    }
  }
}
