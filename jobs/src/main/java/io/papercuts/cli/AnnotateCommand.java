package io.papercuts.cli;

import io.papercuts.jobs.AnnotateJob;
import io.papercuts.jobs.SparkSessions;
import java.util.concurrent.Callable;
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
    AnnotateJob.preloadModelsIfLocal(options.master);
    AnnotateJob.Result r = AnnotateJob.run(SparkSessions.create(options.master, options.verbose),
        options.toConfig());
    System.out.printf("annotate: %,d units -> %s%n", r.units(), AnnotateJob.describe(r));
    return 0;
  }
}
