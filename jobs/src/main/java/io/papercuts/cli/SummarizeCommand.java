package io.papercuts.cli;

import io.papercuts.jobs.SparkSessions;
import io.papercuts.jobs.SummarizeJob;
import java.util.concurrent.Callable;
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
    SummarizeJob.Result r = SummarizeJob.run(SparkSessions.create(options.master, options.verbose),
        options.toConfig());
    System.out.printf("summarize: %,d themes%n", r.themes());
    return 0;
  }
}
