package io.papercuts.cli;

import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.SparkSessions;
import io.papercuts.jobs.SummarizeJob;
import io.papercuts.jobs.OutputLock;
import java.util.concurrent.Callable;
import org.apache.spark.sql.SparkSession;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "summarize", mixinStandardHelpOptions = true,
    description = "Stage 3: themes, churn lift, quotes, per-customer frictions, stated vs "
        + "unstated and weekly trends over the sentences of the last --window-days.",
    footer = {"", "Example:", "  papercuts summarize --output out --run-date 2026-10-31 --window-days 90"})
final class SummarizeCommand implements Callable<Integer> {

  @Mixin
  RunOptions options;

  @Override
  public Integer call() {
    PipelineConfig config = options.toConfig();
    try (OutputLock lock = OutputLock.acquire(config.output(),
        "summarize --run-date " + config.runDate(), System.out)) {
      lock.useForSparkTemp();
      SparkSession spark = SparkSessions.create(options.master, options.verbose);
      long started = System.nanoTime();
      SummarizeJob.Result r = SummarizeJob.run(spark, config);
      System.out.printf("summarize: done in %.1f s: %,d themes%n",
          (System.nanoTime() - started) / 1e9, r.themes());
      return 0;
    }
  }
}
