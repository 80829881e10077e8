package io.papercuts.jobs;

import io.papercuts.cues.ComplaintClassifier;
import io.papercuts.themes.ThemeMatcher;

/**
 * The sentence rules (cue lexicons, complaint classifier, theme taxonomy), loaded once per JVM
 * on first use, like the CoreNLP pipeline: on Spark, once per executor. Both parts are immutable
 * and thread-safe.
 */
final class SentenceRules {

  private SentenceRules() {
  }

  private static final class Holder {
    private static final ComplaintClassifier CLASSIFIER = new ComplaintClassifier();
    private static final ThemeMatcher THEMES = ThemeMatcher.defaults();
  }

  static ComplaintClassifier classifier() {
    return Holder.CLASSIFIER;
  }

  static ThemeMatcher themes() {
    return Holder.THEMES;
  }
}
