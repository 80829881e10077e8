package io.papercuts.annotate;

import java.util.regex.Pattern;

/**
 * Whitespace normalisation of texts as ingest stores them: units with the same text after
 * normalisation are split once. Thread-safe.
 */
public final class TextNormalizer {

  private static final Pattern SPACES = Pattern.compile("[ \\t\\x0B\\f\\r]+");
  private static final Pattern BLANK_LINES = Pattern.compile("\\n\\s*\\n\\s*");

  private TextNormalizer() {
  }

  /** Collapses runs of spaces, keeps paragraph breaks (CoreNLP splits sentences on them). */
  public static String normalize(String text) {
    if (text == null) {
      return null;
    }
    String t = SPACES.matcher(text.strip()).replaceAll(" ");
    return BLANK_LINES.matcher(t).replaceAll("\n\n");
  }
}
