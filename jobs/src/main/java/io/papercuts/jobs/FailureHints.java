package io.papercuts.jobs;

import java.util.Locale;

/**
 * Recognises failures that are not papercuts' bugs but the environment's (memory, disk) in a
 * cause chain, including where Spark carried a task's error to the driver only as text ("Job
 * aborted due to stage failure: ... java.lang.OutOfMemoryError: Java heap space"), and says in
 * one line which setting to change. Stateless.
 */
public final class FailureHints {

  /** Launcher variable that sets the JVM heap of local runs (scripts/papercuts). */
  public static final String HEAP_VARIABLE = "PAPERCUTS_HEAP";

  private FailureHints() {
  }

  /** True when {@code e} or a cause is, or reports, an {@link OutOfMemoryError}. */
  public static boolean isOutOfMemory(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage();
      if (t instanceof OutOfMemoryError || m.contains("java.lang.OutOfMemoryError")
          || m.contains("Java heap space") || m.contains("GC overhead limit exceeded")) {
        return true;
      }
    }
    return false;
  }

  /** What the operating system says when a write cannot go on, as Java reports it. */
  private static final java.util.List<String> WRITE_FAILURES = java.util.List.of(
      "No space left on device", "Disk quota exceeded", "Read-only file system");

  /**
   * The OS's reason when {@code e} or a cause is a write that failed for lack of space or a
   * read-only file system (also as text in a Spark task failure, TASK_WRITE_FAILED), else null.
   */
  public static String writeFailure(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      String m = t.getMessage() == null ? "" : t.getMessage();
      for (String reason : WRITE_FAILURES) {
        if (m.contains(reason)) {
          return reason;
        }
      }
    }
    return null;
  }

  /** "out of memory (heap 512 MB): raise PAPERCUTS_HEAP ... or spark.executor.memory ...". */
  public static String outOfMemory() {
    long mb = Runtime.getRuntime().maxMemory() / (1024 * 1024);
    return String.format(Locale.ROOT, "out of memory (this JVM's heap is %,d MB; the CoreNLP models "
        + "alone take about 1 GB): raise %s (default 6g, e.g. %s=8g) for a local run, or "
        + "spark.executor.memory and spark.driver.memory on a cluster", mb, HEAP_VARIABLE,
        HEAP_VARIABLE);
  }
}
