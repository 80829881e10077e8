package io.papercuts.pii;

import java.util.Locale;

/**
 * The kinds of personal data {@link PiiRedactor} removes, each with the typed placeholder that
 * replaces it and the name that switches it off ({@code pii.disable=name,address}). Placeholders
 * hold no digits, {@code @} or {@code ://}, and no finder accepts one, so redacted text never
 * matches again (redaction is idempotent).
 */
public enum PiiType {
  URL("[URL]"),
  EMAIL("[EMAIL]"),
  IBAN("[IBAN]"),
  IP("[IP]"),
  CARD("[CARD]"),
  PHONE("[PHONE]"),
  SSN("[SSN]"),
  NATIONAL_ID("[NATIONAL_ID]"),
  PASSPORT("[PASSPORT]"),
  DOB("[DOB]"),
  PASSWORD("[PASSWORD]"),
  ADDRESS("[ADDRESS]"),
  POSTCODE("[POSTCODE]"),
  NAME("[NAME]");

  private final String placeholder;

  PiiType(String placeholder) {
    this.placeholder = placeholder;
  }

  /** The text that replaces a match, e.g. {@code [EMAIL]}. */
  public String placeholder() {
    return placeholder;
  }

  /** The name used in configuration, e.g. {@code national_id}. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }
}
