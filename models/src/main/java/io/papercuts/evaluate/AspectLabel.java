package io.papercuts.evaluate;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * One gold aspect label of a SemEval ABSA sentence: an aspect term ("the wine list", with its
 * character span in the sentence text) or an aspect category ("food"), and its polarity.
 *
 * @param term the aspect term as written, or the category name for a category label
 * @param polarity "positive", "negative", "neutral" or "conflict" (lower-cased)
 * @param category true for an {@code <aspectCategory>}, false for an {@code <aspectTerm>}
 * @param from offset of the term's first character in the text, or -1 when unknown (categories)
 * @param to offset after the term's last character, or -1 when unknown
 */
public record AspectLabel(String term, String polarity, boolean category, int from, int to) {

  private static final Set<String> POLARITIES = Set.of("positive", "negative", "neutral",
      "conflict");

  public AspectLabel {
    Objects.requireNonNull(term, "term");
    Objects.requireNonNull(polarity, "polarity");
    polarity = polarity.strip().toLowerCase(Locale.ROOT);
    if (!POLARITIES.contains(polarity)) {
      throw new IllegalArgumentException("polarity must be one of " + POLARITIES + ": " + polarity);
    }
    if (from < -1 || to < -1 || (from >= 0) != (to >= 0) || to < from) {
      throw new IllegalArgumentException("bad span " + from + ".." + to + " for " + term);
    }
  }

  /** A negative opinion is voiced: negative, or conflict (both positive and negative). */
  public boolean negative() {
    return polarity.equals("negative") || polarity.equals("conflict");
  }

  /** A positive opinion is voiced: positive, or conflict. */
  public boolean positive() {
    return polarity.equals("positive") || polarity.equals("conflict");
  }

  /** The span is known. */
  public boolean hasSpan() {
    return from >= 0;
  }
}
