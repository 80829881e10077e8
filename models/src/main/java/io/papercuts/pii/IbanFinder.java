package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IBANs, solid or in groups separated by single spaces or dashes, in either case: two letters,
 * two check digits and 11..30 letters or digits, accepted only when the length fits the country
 * and the ISO 13616 mod-97 check passes. The candidate pattern consumes one character per step
 * (no nested ambiguity) and may run into a following upper-case word, so the longest prefix that
 * ends at a word boundary and validates wins. Stateless and thread-safe.
 */
final class IbanFinder implements PiiFinder {

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])[A-Za-z]{2}\\d{2}(?:[ \\u00A0-]?[A-Za-z0-9]){11,30}+");

  private static final Pattern SEPARATORS = Pattern.compile("[ \\u00A0-]");

  @Override
  public PiiType type() {
    return PiiType.IBAN;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    int from = 0;
    while (from < text.length() && m.find(from)) {
      int end = longestValidEnd(text, m.start(), m.end());
      if (end > 0) {
        spans.add(new Span(m.start(), end));
        from = end;
      } else {
        from = m.start() + 1;
      }
    }
    return spans;
  }

  private static int longestValidEnd(String text, int start, int candidateEnd) {
    for (int end = candidateEnd; end > start; end--) {
      if (!isAlnum(text.charAt(end - 1))
          || (end < text.length() && isWordChar(text.charAt(end)))) {
        continue;
      }
      String compact = SEPARATORS.matcher(text.substring(start, end)).replaceAll("");
      if (compact.length() < 15) {
        return -1;
      }
      if (Checksums.iban(compact.toUpperCase(Locale.ROOT))) {
        return end;
      }
    }
    return -1;
  }

  private static boolean isWordChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static boolean isAlnum(char c) {
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
  }
}
