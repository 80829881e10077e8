package io.papercuts.report;

/**
 * HTML escaping for text and attribute values. Every string that came from data (customer text,
 * labels, ids, reasons, versions) goes through {@link #text} or {@link #attr} before it is
 * appended to the page; only the writer's own markup is appended raw. Stateless, thread-safe.
 */
final class Html {

  private Html() {
  }

  /**
   * Escapes {@code s} for element content and for double- or single-quoted attribute values:
   * {@code & < > " '} become entities and NUL becomes U+FFFD. Null becomes the empty string.
   */
  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder b = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      String rep = switch (c) {
        case '&' -> "&amp;";
        case '<' -> "&lt;";
        case '>' -> "&gt;";
        case '"' -> "&quot;";
        case '\'' -> "&#39;";
        case '\0' -> "\uFFFD";
        default -> null;
      };
      if (rep != null && b == null) {
        b = new StringBuilder(s.length() + 16).append(s, 0, i);
      }
      if (b != null) {
        if (rep != null) {
          b.append(rep);
        } else {
          b.append(c);
        }
      }
    }
    return b == null ? s : b.toString();
  }

  /** {@link #escape}d text, or a muted "n/a" when {@code s} is null or blank. */
  static String textOrNa(String s) {
    return s == null || s.isBlank() ? NA : escape(s);
  }

  /** How a missing value looks on the page. */
  static final String NA = "<span class=\"na\">n/a</span>";
}
