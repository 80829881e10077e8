package io.papercuts.cli;

import io.papercuts.jobs.ExitCode;
import io.papercuts.jobs.PipelineException;
import io.papercuts.jobs.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Entry point for local runs and spark-submit: parses arguments and calls the stage's
 * {@code run(spark, config)}. User-actionable failures print one line and exit with the
 * documented code; anything else is a bug and prints the stack trace.
 */
@Command(name = "papercuts", mixinStandardHelpOptions = true,
    versionProvider = PapercutsCli.Version.class,
    description = "Finds the paper cuts in customer feedback: small, often hedged frictions that "
        + "push customers away.",
    subcommands = {NightlyCommand.class, IngestCommand.class, AnnotateCommand.class,
        SummarizeCommand.class, ReportCommand.class, GenerateCommand.class,
        EvaluateCommand.class, CommandLine.HelpCommand.class},
    footer = {"", "Example: papercuts nightly --input sample-data --output out --run-date 2026-10-31"})
public final class PapercutsCli {

  public static void main(String[] args) {
    System.exit(execute(args));
  }

  /** Runs the CLI and returns the exit code; tests call this instead of {@link #main}. */
  public static int execute(String... args) {
    CommandLine cli = new CommandLine(new PapercutsCli());
    cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
      Throwable root = e;
      while (!(root instanceof PipelineException) && root.getCause() != null) {
        root = root.getCause();
      }
      if (root instanceof PipelineException pe) {
        cmd.getErr().println("papercuts: " + pe.getMessage());
        return pe.exitCode().code();
      }
      if (e instanceof IllegalArgumentException) {
        cmd.getErr().println("papercuts: " + e.getMessage());
        return ExitCode.USAGE.code();
      }
      throw e;
    });
    return cli.execute(args);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"papercuts " + Versions.papercuts()};
    }
  }
}
