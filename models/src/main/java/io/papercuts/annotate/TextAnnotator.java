package io.papercuts.annotate;

import io.papercuts.cues.ComplaintClassifier;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.CoreNlpAnalyzer;
import io.papercuts.pii.PiiRedactor;
import io.papercuts.themes.ThemeMatcher;
import java.io.Serializable;
import java.util.List;

/**
 * The annotate stage's judgement with a run's rules: a taxonomy (the built-in one, a user's file
 * or both) and a PII redaction. {@link #annotate} takes a raw text as a user has it;
 * {@link #judge} takes a unit's sentences as CoreNLP (or {@code sentence_cache}) analysed them,
 * which is what the annotate stage does. The CoreNLP pipeline and the complaint classifier are
 * loaded once per JVM on first use (on Spark, once per executor), not per instance: an instance is
 * small and serializable, so Spark ships it in a closure. Immutable and thread-safe.
 */
public final class TextAnnotator implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ThemeMatcher taxonomy;
  private final PiiRedactor redactor;

  /** The complaint classifier (cue lexicons), loaded once per JVM. */
  private static final class Classifier {
    private static final ComplaintClassifier INSTANCE = new ComplaintClassifier();
  }

  TextAnnotator(ThemeMatcher taxonomy, PiiRedactor redactor) {
    if (taxonomy == null || redactor == null) {
      throw new IllegalArgumentException("a TextAnnotator needs a taxonomy and a redactor");
    }
    this.taxonomy = taxonomy;
    this.redactor = redactor;
  }

  /**
   * A text as ingest stores it: personal data redacted, whitespace normalised (null stays null).
   */
  public String stored(String text) {
    return text == null ? null : TextNormalizer.normalize(redactor.redact(text));
  }

  /**
   * One text judged as one feedback unit: {@link #stored}, split into sentences and analysed by
   * CoreNLP, each sentence judged in {@code context}. Empty for a null or blank text.
   */
  public List<JudgedSentence> annotate(String text, UnitContext context) {
    String stored = stored(text);
    if (stored == null || stored.isEmpty()) {
      return List.of();
    }
    return judge(CoreNlpAnalyzer.shared().analyze(stored), context);
  }

  /**
   * A unit's analysed sentences judged in its context: the document's mean sentiment, source and
   * scores ({@link io.papercuts.cues.DocumentContext#of}) decide with each sentence's cues.
   */
  public List<JudgedSentence> judge(List<AnalyzedSentence> sentences, UnitContext context) {
    return JudgedSentence.ofUnit(sentences, context, Classifier.INSTANCE, taxonomy);
  }

  public ThemeMatcher taxonomy() {
    return taxonomy;
  }
}
