package io.papercuts.nlp;

/**
 * Test seam: makes {@link CoreNlpAnalyzer#analyzeSentence} fail inside its CoreNLP step for
 * sentences containing a marker, the way a CoreNLP bug would, so that per-sentence failure
 * isolation can be shown end to end. In local mode Spark's tasks run in the test's JVM, so a test
 * that sets the marker reaches them. Off (no marker) unless a test sets it; never set in
 * production code. Thread-safe (one volatile field).
 */
public final class AnalysisFaults {

  private static volatile String marker;
  private static volatile boolean stackOverflow;

  private AnalysisFaults() {
  }

  /**
   * Sentences containing {@code failOn} throw: a {@link StackOverflowError} when
   * {@code asStackOverflow}, else an {@link IllegalStateException}; null turns it off.
   */
  public static void set(String failOn, boolean asStackOverflow) {
    stackOverflow = asStackOverflow;
    marker = failOn;
  }

  /** Throws when {@code sentence} holds the marker. */
  static void check(String sentence) {
    String m = marker;
    if (m != null && sentence.contains(m)) {
      if (stackOverflow) {
        throw new StackOverflowError("injected by AnalysisFaults");
      }
      throw new IllegalStateException("injected by AnalysisFaults");
    }
  }
}
