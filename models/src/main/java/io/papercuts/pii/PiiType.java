package io.papercuts.pii;

/**
 * The kinds of personal data {@link PiiRedactor} removes, each with the typed placeholder that
 * replaces it. Placeholders hold no digits, {@code @} or {@code ://}, so redacted text never
 * matches again (redaction is idempotent).
 */
public enum PiiType {
  URL("[URL]"),
  EMAIL("[EMAIL]"),
  IBAN("[IBAN]"),
  IP("[IP]"),
  CARD("[CARD]"),
  PHONE("[PHONE]");

  private final String placeholder;

  PiiType(String placeholder) {
    this.placeholder = placeholder;
  }

  /** The text that replaces a match, e.g. {@code [EMAIL]}. */
  public String placeholder() {
    return placeholder;
  }
}
