package io.papercuts.cli;

import io.papercuts.jobs.IngestJob;
import io.papercuts.jobs.SparkSessions;
import java.util.concurrent.Callable;
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
    IngestJob.Result r = IngestJob.run(SparkSessions.create(options.master, options.verbose),
        options.toConfig());
    System.out.printf("ingest: read %,d = accepted %,d + quarantined %,d + skipped %,d; %,d text units%n",
        r.read(), r.accepted(), r.quarantined(), r.skipped(), r.units());
    return 0;
  }
}
