package io.papercuts.cli;

import io.papercuts.jobs.SparkSessions;
import io.papercuts.jobs.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point for local runs and spark-submit: parses arguments and calls the stage's
 * {@code run(spark, config)}. On success {@link #main} stops the Spark session the command
 * started and returns normally (no {@code System.exit}: YARN's ApplicationMaster would report a
 * failed application, docs/cluster.md); every failure prints one line and exits with a
 * documented non-zero code (docs/operations.md); a bug's stack trace goes to a file the line
 * names.
 */
@Command(name = "papercuts", mixinStandardHelpOptions = true,
    versionProvider = PapercutsCli.Version.class,
    description = "Finds the paper cuts in customer feedback: small, often hedged frictions that "
        + "push customers away.",
    subcommands = {NightlyCommand.class, IngestCommand.class, AnnotateCommand.class,
        SummarizeCommand.class, ReportCommand.class, GenerateCommand.class,
        EvaluateCommand.class, ExplainCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Example: papercuts nightly --input sample-data --output out --run-date 2026-10-31"})
public final class PapercutsCli {

  public static void main(String[] args) {
    int code = execute(args);
    try {
      SparkSessions.stopCreated(code);
    } catch (Throwable e) {
      code = code != 0 ? code : FailureReport.report(e, new java.io.PrintWriter(System.err, true));
    }
    if (code != 0) {
      System.exit(code);
    }
  }

  /**
   * Runs the CLI and returns the exit code; tests call this instead of {@link #main}. Every
   * failure, an {@link Error} included, ends as one line and a documented code
   * ({@link FailureReport}).
   */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new PapercutsCli());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> FailureReport.report(e, cmd.getErr()));
    try {
      return cli.execute(args);
    } catch (Throwable e) {
      // picocli passes only exceptions to the handler; errors (OutOfMemoryError) arrive here.
      return FailureReport.report(e, new java.io.PrintWriter(System.err, true));
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"papercuts " + Versions.papercuts()};
    }
  }
}
