package io.papercuts.jobs;

import java.util.regex.Pattern;

/**
 * Whitespace normalisation and the content hash of texts and sentences: units with the same text
 * after normalisation are split once, and a sentence's hash keys {@code sentence_cache}.
 * Thread-safe.
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

  static String hash(String normalized) {
    return normalized == null ? null : Hashing.sha256Hex(normalized).substring(0, 32);
  }
}
