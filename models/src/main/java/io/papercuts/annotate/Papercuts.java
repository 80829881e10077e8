package io.papercuts.annotate;

import io.papercuts.pii.PiiRedactor;
import io.papercuts.themes.ThemeMatcher;
import java.util.List;

/**
 * What papercuts makes of a text, from plain Java, without Spark or a run:
 * <pre>{@code
 * List<JudgedSentence> s = Papercuts.annotate(
 *     "Not a big deal, but the technician was two hours late and nobody called.",
 *     UnitContext.survey());
 * s.get(0).verdict().quiet();          // true: a quiet complaint
 * s.get(0).themes().get(0).themeId();  // "technician_no_show"
 * }</pre>
 * The same judgement as the nightly run's {@code sentences} rows for the same text and context.
 * Thread-safe; the models load once per JVM on the first call (some seconds).
 */
public final class Papercuts {

  private static final TextAnnotator DEFAULTS =
      new TextAnnotator(ThemeMatcher.defaults(), new PiiRedactor());

  private Papercuts() {
  }

  /** One text judged with the built-in taxonomy and the default PII redaction. */
  public static List<JudgedSentence> annotate(String text, UnitContext context) {
    return DEFAULTS.annotate(text, context);
  }

  /** An annotator with a run's rules ({@code Rules} in the jobs builds one from a config). */
  public static TextAnnotator annotator(ThemeMatcher taxonomy, PiiRedactor redactor) {
    return new TextAnnotator(taxonomy, redactor);
  }

  /** The built-in taxonomy and the default PII redaction. */
  public static TextAnnotator defaults() {
    return DEFAULTS;
  }
}
