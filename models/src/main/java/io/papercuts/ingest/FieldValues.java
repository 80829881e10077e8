package io.papercuts.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Validation of single values; each failure is a {@link RejectedRecord} with a stable code. */
final class FieldValues {

  private FieldValues() {
  }

  static String required(RecordFields record, InputField field) {
    String value = record.get(field);
    if (value == null) {
      throw missing(record.label(field));
    }
    return value;
  }

  /** A rejection for a required field that is absent or blank. */
  static RejectedRecord missing(String label) {
    return new RejectedRecord(QuarantineReason.MISSING_FIELD,
        label + " is missing or empty (field " + label + ")");
  }

  static Integer rating(String value, InputField field) {
    return wholeNumber(value, 1, 5, QuarantineReason.BAD_RATING, field.field());
  }

  static Integer nps(String value, InputField field) {
    return wholeNumber(value, 0, 10, QuarantineReason.BAD_NPS, field.field());
  }

  static LocalDate date(InputDates dates, String value, String field) {
    try {
      return dates.utcDate(value);
    } catch (DateTimeParseException e) {
      throw badDate(dates, value, field);
    }
  }

  static Instant instant(InputDates dates, String value, String field) {
    try {
      return dates.instant(value);
    } catch (DateTimeParseException e) {
      throw badDate(dates, value, field);
    }
  }

  /** Rejects a text over the limit. */
  static String limited(String text, int maxChars, String field) {
    if (text.length() > maxChars) {
      throw new RejectedRecord(QuarantineReason.TEXT_TOO_LONG,
          text.length() + " chars, max " + maxChars + " (field " + field + ")");
    }
    return text;
  }

  /** A value for a detail message: quoted, cut short so a 1 MB field cannot bloat it. */
  static String quoted(String value) {
    String v = value.length() > 40 ? value.substring(0, 40) + "..." : value;
    return "\"" + v + "\"";
  }

  /** Names every accepted form, the configured {@code date_pattern} too. */
  private static RejectedRecord badDate(InputDates dates, String value, String field) {
    return new RejectedRecord(QuarantineReason.BAD_DATE, quoted(value)
        + " is not a date (" + dates.accepted() + ") (field " + field + ")");
  }

  private static Integer wholeNumber(
      String value, int min, int max, QuarantineReason reason, String field) {
    if (value == null) {
      return null;
    }
    try {
      BigDecimal d = new BigDecimal(value.strip());
      if (d.stripTrailingZeros().scale() <= 0) {
        int n = d.intValueExact();
        if (n >= min && n <= max) {
          return n;
        }
      }
    } catch (NumberFormatException | ArithmeticException e) {
      // falls through to the rejection below: not a whole number
    }
    throw new RejectedRecord(reason,
        quoted(value) + " not in " + min + ".." + max + " (field " + field + ")");
  }
}
