package io.papercuts.ingest;

import java.util.Locale;

/**
 * Why an input record was quarantined. {@link Quarantined#reason()} is {@code code + ": " + detail};
 * the code before the colon is stable and meant for grouping, the detail is for a human.
 */
public enum QuarantineReason {
  /** CSV syntax error other than an unclosed quote (e.g. a character after a closing quote). */
  MALFORMED_CSV,
  /** A quoted CSV field that is never closed. */
  UNCLOSED_QUOTE,
  /** A CSV row with a different number of fields than the header. */
  WRONG_COLUMN_COUNT,
  /** A JSON Lines line that is not one JSON object. */
  INVALID_JSON,
  /** A required field that is absent or blank in this record. */
  MISSING_FIELD,
  /** A rating that is not a whole number in 1..5. */
  BAD_RATING,
  /** An NPS score that is not a whole number in 0..10. */
  BAD_NPS,
  /** A date or date-time that none of the accepted formats parses. */
  BAD_DATE,
  /** Any other value of the wrong shape (a speaker, a churned flag, turns that are not a list). */
  BAD_VALUE,
  /**
   * No longer given: a review whose body is blank is skipped ({@link Skipped#EMPTY_BODY}) since
   * blank bodies are ordinary in review exports (a rating without text). Kept so that older
   * quarantine rows keep a known code.
   */
  EMPTY_TEXT,
  /** A text longer than {@code ingest.max_text_chars}. */
  TEXT_TOO_LONG,
  /** Bytes that are not valid in the configured encoding ({@code ingest.encoding}). */
  INVALID_ENCODING,
  /**
   * A plain-text transcript line that starts like a speaker ({@code Supervisor:}) the configured
   * speaker prefixes do not know: whose turn it is cannot be told.
   */
  UNKNOWN_SPEAKER;

  /** The stable snake_case code, e.g. {@code bad_rating}. */
  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The reason text stored in {@link Quarantined#reason()}: {@code "code: detail"}. */
  public String describe(String detail) {
    return code() + ": " + detail;
  }

  /** The code part of a {@link Quarantined#reason()} string. */
  public static String codeOf(String reason) {
    int colon = reason.indexOf(':');
    return colon < 0 ? reason : reason.substring(0, colon);
  }
}
