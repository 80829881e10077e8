package io.papercuts.nlp;

import java.util.Arrays;

/**
 * A text as CoreNLP's tokenizer is given it: a space inserted into every run of more than
 * {@value #MAX_RUN_CHARS} chars without whitespace, with the map from its offsets back to the
 * original text's. Why: CoreNLP's PTB lexer is quadratic in the length of a run of symbols
 * (emoji, arrows, currency signs, mojibake): 4,000 emoji in a row take 1.6 s, 50,000 take about
 * 4 minutes, while the same emoji separated by spaces are linear. Broken into bounded runs every
 * text tokenizes in time linear in its length. Words, URLs and numbers are far shorter than the
 * limit, so ordinary text is passed through unchanged (the same string, no copy). Immutable.
 */
final class SpacedText {

  /** Longest run of non-whitespace chars given to the tokenizer unbroken. */
  static final int MAX_RUN_CHARS = 100;

  private static final int[] NONE = new int[0];

  private final String text;
  /** Offsets in {@link #text} of the inserted spaces, ascending. */
  private final int[] inserted;

  private SpacedText(String text, int[] inserted) {
    this.text = text;
    this.inserted = inserted;
  }

  /** {@code original} with its long runs broken ({@code original} itself when it has none). */
  static SpacedText of(String original) {
    int run = 0;
    boolean needed = false;
    for (int i = 0; i < original.length() && !needed; i++) {
      run = Character.isWhitespace(original.charAt(i)) ? 0 : run + 1;
      needed = run > MAX_RUN_CHARS;
    }
    if (!needed) {
      return new SpacedText(original, NONE);
    }
    StringBuilder out = new StringBuilder(original.length() + original.length() / MAX_RUN_CHARS);
    int[] at = new int[16];
    int n = 0;
    run = 0;
    for (int i = 0; i < original.length(); i++) {
      char c = original.charAt(i);
      // Never between the two halves of a surrogate pair, so no emoji is cut in two.
      if (run >= MAX_RUN_CHARS && !Character.isWhitespace(c) && !Character.isLowSurrogate(c)) {
        if (n == at.length) {
          at = Arrays.copyOf(at, n * 2);
        }
        at[n++] = out.length();
        out.append(' ');
        run = 0;
      }
      out.append(c);
      run = Character.isWhitespace(c) ? 0 : run + 1;
    }
    return new SpacedText(out.toString(), Arrays.copyOf(at, n));
  }

  /** The text for the tokenizer. */
  String text() {
    return text;
  }

  /** True when no space was inserted (offsets are the original's). */
  boolean unchanged() {
    return inserted.length == 0;
  }

  /**
   * The original offset of {@code offset} in {@link #text}: for a begin offset the char it
   * points at, for an end offset the end of the char before it.
   */
  int toOriginal(int offset) {
    if (inserted.length == 0) {
      return offset;
    }
    int i = Arrays.binarySearch(inserted, offset);
    // Spaces inserted strictly before the offset shift it.
    int before = i >= 0 ? i : -i - 1;
    return offset - before;
  }
}
