package io.papercuts.pii;

/**
 * A view of a text in which the spacing that people type inside numbers and addresses is made
 * canonical, with a map from every character of the view back to the original. Finders search the
 * view, so their patterns only need to know single ASCII separators, and the spans they report are
 * mapped back and replaced in the original text (which is otherwise left exactly as it was).
 *
 * <p>What the view changes:
 * <ul>
 *   <li>a run of horizontal white space (spaces, tabs, no-break and thin spaces) becomes one
 *       space; a run holding a single line break becomes one space when it sits between two
 *       digits ({@code 4111 1111\n1111 1111}); paragraph breaks stay;
 *   <li>invisible characters are dropped: soft hyphen, zero-width space, word joiner, BOM, and
 *       zero-width (non-)joiners next to an ASCII letter or digit (next to emoji they are kept,
 *       since they glue emoji sequences together);
 *   <li>full-width digits and {@code + - ( ) . @} become ASCII; Unicode dashes and the minus sign
 *       become {@code -};
 *   <li>a doubled dash or dot between digits ({@code 4111--1111}, {@code 415..555}) becomes one.
 * </ul>
 * Building the view is one pass over the text. Immutable; thread-safe.
 */
final class CanonicalSpacing {

  private final String text;
  /** Original start of each view character. */
  private final int[] starts;
  /** Original end (exclusive) of each view character. */
  private final int[] ends;

  private CanonicalSpacing(String text, int[] starts, int[] ends) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
  }

  /** The canonical view of {@code original}. */
  static CanonicalSpacing of(String original) {
    int n = original.length();
    StringBuilder sb = new StringBuilder(n);
    int[] starts = new int[n];
    int[] ends = new int[n];
    int i = 0;
    while (i < n) {
      char c = original.charAt(i);
      if (isHorizontalSpace(c) || c == '\n' || c == '\r') {
        int j = i;
        int breaks = 0;
        while (j < n && (isHorizontalSpace(original.charAt(j)) || original.charAt(j) == '\n'
            || original.charAt(j) == '\r' || isInvisible(original, j))) {
          breaks += original.charAt(j) == '\n' ? 1 : 0;
          j++;
        }
        boolean betweenDigits = sb.length() > 0 && isDigit(sb.charAt(sb.length() - 1))
            && j < n && isDigit(canonical(original.charAt(j)));
        if (breaks == 0 || (breaks == 1 && betweenDigits)) {
          append(sb, starts, ends, ' ', i, j);
        } else {
          for (int k = i; k < j; k++) {
            append(sb, starts, ends, original.charAt(k), k, k + 1);
          }
        }
        i = j;
      } else if (isInvisible(original, i)) {
        i++;
      } else {
        char mapped = canonical(c);
        int j = i + 1;
        if ((mapped == '-' || mapped == '.') && sb.length() > 0
            && isDigit(sb.charAt(sb.length() - 1))) {
          while (j < n && canonical(original.charAt(j)) == mapped) {
            j++;
          }
          if (!(j < n && isDigit(canonical(original.charAt(j))))) {
            j = i + 1;
          }
        }
        append(sb, starts, ends, mapped, i, j);
        i = j;
      }
    }
    return new CanonicalSpacing(sb.toString(), starts, ends);
  }

  /** The view the finders search. */
  String text() {
    return text;
  }

  /** The original range of a span of the view. */
  Span toOriginal(Span span) {
    return new Span(starts[span.start()], ends[span.end() - 1]);
  }

  private static void append(StringBuilder sb, int[] starts, int[] ends, char c, int from,
      int to) {
    starts[sb.length()] = from;
    ends[sb.length()] = to;
    sb.append(c);
  }

  static boolean isHorizontalSpace(char c) {
    return c == ' ' || c == '\t' || c == '\u000B' || c == '\f' || c == '\u00A0'
        || (c >= '\u2000' && c <= '\u200A') || c == '\u202F' || c == '\u205F' || c == '\u3000';
  }

  /** Soft hyphen and zero-width characters, which render as nothing inside a number. */
  static boolean isInvisible(String s, int i) {
    char c = s.charAt(i);
    if (c == '\u00AD' || c == '\u200B' || c == '\u2060' || c == '\uFEFF' || c == '\u180E') {
      return true;
    }
    if (c == '\u200C' || c == '\u200D') {
      return (i > 0 && isAsciiAlnum(s.charAt(i - 1)))
          || (i + 1 < s.length() && isAsciiAlnum(s.charAt(i + 1)));
    }
    return false;
  }

  static char canonical(char c) {
    if (c >= '\uFF10' && c <= '\uFF19') {
      return (char) ('0' + (c - '\uFF10'));
    }
    return switch (c) {
      case '\uFF0B' -> '+';
      case '\uFF0D', '\u2010', '\u2011', '\u2012', '\u2013', '\u2014', '\u2015', '\u2212' -> '-';
      case '\uFF08' -> '(';
      case '\uFF09' -> ')';
      case '\uFF0E' -> '.';
      case '\uFF20' -> '@';
      default -> c;
    };
  }

  private static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  private static boolean isAsciiAlnum(char c) {
    return isDigit(c) || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
