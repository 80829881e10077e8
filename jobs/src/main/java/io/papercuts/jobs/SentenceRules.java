package io.papercuts.jobs;

import io.papercuts.cues.ComplaintClassifier;

/**
 * The complaint classifier (cue lexicons), loaded once per JVM on first use, like the CoreNLP
 * pipeline: on Spark, once per executor. The taxonomy is configured per run ({@link Rules}).
 * Immutable and thread-safe.
 */
final class SentenceRules {

  private SentenceRules() {
  }

  private static final class Holder {
    private static final ComplaintClassifier CLASSIFIER = new ComplaintClassifier();
  }

  static ComplaintClassifier classifier() {
    return Holder.CLASSIFIER;
  }
}
