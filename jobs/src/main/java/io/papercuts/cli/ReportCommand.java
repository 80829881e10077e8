package io.papercuts.cli;

import io.papercuts.jobs.SparkSessions;
import io.papercuts.report.ReportJob;
import io.papercuts.jobs.OutputLock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the HTML report and the CSV exports of --run-date's summary into "
        + "<output>/reports/run_date=<date>/ (nightly does this as its last step).",
        "The HTML is one self-contained file: open it from disk."},
    footer = {"", "Example:", "  papercuts report --output out --run-date 2026-10-31"})
final class ReportCommand implements Callable<Integer> {

  @Mixin
  RunOptions options;

  @Override
  public Integer call() {
    var config = options.toConfig();
    try (OutputLock lock = OutputLock.acquire(config.output(),
        "report --run-date " + config.runDate(), System.out)) {
      lock.useForSparkTemp();
      ReportJob.ReportResult r = ReportJob.run(SparkSessions.create(options.master, options.verbose),
          config.output(), config.runDate(),
          io.papercuts.report.ReportOptions.fromMap(
              config.namespace(io.papercuts.report.ReportOptions.PREFIX)));
      System.out.printf("report: %d themes, %d quotes%n  %s%n  %s%n  %s%n", r.themes(), r.examples(),
          r.htmlFile(), r.csvThemes(), r.csvExamples());
      return 0;
    }
  }
}
