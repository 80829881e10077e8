package io.papercuts.jobs;

import java.io.PrintStream;

/** Prints one line when a stage starts and one with its counts and elapsed time when it ends. */
final class Progress {

  private final PrintStream out;
  private String stage;
  private long startedNanos;

  Progress(PrintStream out) {
    this.out = out;
  }

  void stage(String name, String what) {
    this.stage = name;
    this.startedNanos = System.nanoTime();
    out.printf("[%s] %s ...%n", name, what);
    out.flush();
  }

  /** Ends the current stage and returns its duration in seconds. */
  double done(String counts) {
    double seconds = (System.nanoTime() - startedNanos) / 1e9;
    out.printf("[%s] done in %.1f s: %s%n", stage, seconds, counts);
    out.flush();
    return seconds;
  }
}
