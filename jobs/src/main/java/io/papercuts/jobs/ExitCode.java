package io.papercuts.jobs;

/** The documented process exit codes (docs/operations.md). */
public enum ExitCode {
  OK(0),
  /** An unexpected failure; the message and stack trace are logged. */
  INTERNAL(1),
  /** Bad command-line usage (picocli's own code). */
  USAGE(2),
  /** Missing or unreadable input, or a required column missing. */
  INPUT(3),
  /** More records were quarantined than the configured share allows. */
  QUARANTINE_THRESHOLD(4),
  /** The output location cannot be written (permissions, no space left, read-only). */
  OUTPUT(5),
  /** Another run is writing to the same output; this one did nothing. */
  LOCKED(6);

  private final int code;

  ExitCode(int code) {
    this.code = code;
  }

  public int code() {
    return code;
  }
}
