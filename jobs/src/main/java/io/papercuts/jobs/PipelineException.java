package io.papercuts.jobs;

/**
 * A failure the user can act on: the message is one line naming the file or setting and what to
 * do; the CLI prints it without a stack trace and exits with {@link #exitCode()}.
 */
public final class PipelineException extends RuntimeException {

  private final ExitCode exitCode;

  public PipelineException(ExitCode exitCode, String message) {
    super(message);
    this.exitCode = exitCode;
  }

  public PipelineException(ExitCode exitCode, String message, Throwable cause) {
    super(message, cause);
    this.exitCode = exitCode;
  }

  public ExitCode exitCode() {
    return exitCode;
  }
}
