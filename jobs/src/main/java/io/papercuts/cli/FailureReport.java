package io.papercuts.cli;

import io.papercuts.jobs.ExitCode;
import io.papercuts.jobs.FailureHints;
import io.papercuts.jobs.PipelineException;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Turns any failure of a command into one line on stderr and a documented exit code: a
 * {@link PipelineException} with its own code; a bad option value 2; no space left or a read-only
 * file system 5; out of memory, a JVM error
 * or a bug 1, with the setting to raise or the file holding the stack trace (so a nightly log
 * never ends in hundreds of lines of Spark trace, and never with Spark's own exit codes).
 * Stateless; the stack trace file is written in {@code PAPERCUTS_LOG_DIR}, else the temp folder.
 */
final class FailureReport {

  static final String LOG_DIR_VARIABLE = "PAPERCUTS_LOG_DIR";

  private FailureReport() {
  }

  /** Prints the line for {@code e} on {@code err} and returns the exit code. */
  static int report(Throwable e, PrintWriter err) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof PipelineException pe) {
        err.println("papercuts: " + pe.getMessage());
        return pe.exitCode().code();
      }
    }
    if (e instanceof IllegalArgumentException) {
      err.println("papercuts: " + e.getMessage());
      return ExitCode.USAGE.code();
    }
    String write = FailureHints.writeFailure(e);
    if (write != null) {
      // Outside a table write (Spark's shuffle and temp files): the temp folder or the output.
      err.println("papercuts: a write failed: " + write + " (free space on the output and on "
          + "Spark's temp folder, spark.local.dir, default " + System.getProperty("java.io.tmpdir")
          + "; then rerun the date)");
      return ExitCode.OUTPUT.code();
    }
    String log = writeTrace(e);
    String where = log == null ? "" : "; the stack trace is in " + log;
    if (FailureHints.isOutOfMemory(e)) {
      err.println("papercuts: " + FailureHints.outOfMemory() + where);
    } else if (e instanceof StackOverflowError) {
      err.println("papercuts: stack overflow (a bug; please report it with the stack trace); "
          + "raising the thread stack (-Xss) may get this run through" + where);
    } else {
      err.println("papercuts: unexpected error (a bug; please report it with the stack trace): "
          + firstLine(e) + where);
    }
    return ExitCode.INTERNAL.code();
  }

  private static String firstLine(Throwable e) {
    String m = e.getMessage() == null ? "" : e.getMessage().lines().findFirst().orElse("");
    String line = e.getClass().getName() + (m.isEmpty() ? "" : ": " + m);
    return line.length() <= 300 ? line : line.substring(0, 300) + "...";
  }

  /** The stack trace in a new file; null when no file can be written (then it goes to stderr). */
  private static String writeTrace(Throwable e) {
    StringWriter trace = new StringWriter();
    e.printStackTrace(new PrintWriter(trace));
    String dir = System.getenv(LOG_DIR_VARIABLE);
    try {
      Path folder = Path.of(dir != null && !dir.isBlank() ? dir
          : System.getProperty("java.io.tmpdir"));
      Files.createDirectories(folder);
      String stamp = LocalDateTime.now(ZoneOffset.UTC)
          .format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
      Path file = folder.resolve("papercuts-error-" + stamp + "-" + ProcessHandle.current().pid()
          + ".log");
      Files.writeString(file, trace.toString(), StandardCharsets.UTF_8);
      return file.toAbsolutePath().toString();
    } catch (IOException | RuntimeException | OutOfMemoryError io) {
      System.err.print(trace);
      return null;
    }
  }
}
