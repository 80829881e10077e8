package io.papercuts.ingest;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAccessor;
import java.util.Locale;

/**
 * Parses the dates of the input files into UTC. Accepted: {@code 2026-10-03};
 * {@code 2026-10-03T14:22:00Z} or with an offset ({@code +02:00}); {@code 2026-10-03T14:22:00}
 * and {@code 2026-10-03 14:22[:00]} (no zone: taken as UTC, as Qualtrics exports them); fractional
 * seconds anywhere; and, when configured, one extra {@link DateTimeFormatter} pattern (e.g.
 * SurveyMonkey's {@code MM/dd/yyyy hh:mm:ss a}, US locale, no zone = UTC). Invalid calendar dates
 * (2026-02-30) are rejected. Immutable and thread-safe.
 */
public final class InputDates {

  private static final DateTimeFormatter SPACE_DATE_TIME = new DateTimeFormatterBuilder()
      .append(DateTimeFormatter.ISO_LOCAL_DATE)
      .appendLiteral(' ')
      .appendValue(ChronoField.HOUR_OF_DAY, 2)
      .appendLiteral(':')
      .appendValue(ChronoField.MINUTE_OF_HOUR, 2)
      .optionalStart()
      .appendLiteral(':')
      .appendValue(ChronoField.SECOND_OF_MINUTE, 2)
      .optionalStart()
      .appendFraction(ChronoField.NANO_OF_SECOND, 0, 9, true)
      .toFormatter(Locale.ROOT)
      .withResolverStyle(ResolverStyle.STRICT);

  private final DateTimeFormatter extra;
  private final String extraPattern;
  private final String settingKey;

  /** @param extraPattern an additional pattern tried after the ISO forms; null for none */
  public InputDates(String extraPattern) {
    this(extraPattern, null);
  }

  /**
   * @param extraPattern an additional pattern tried after the ISO forms; null for none
   * @param settingKey the key the pattern is set with, named in {@link #accepted()}; null for none
   */
  public InputDates(String extraPattern, String settingKey) {
    this.extra = extraPattern == null ? null
        : DateTimeFormatter.ofPattern(extraPattern, Locale.US).withResolverStyle(ResolverStyle.SMART);
    this.extraPattern = extraPattern;
    this.settingKey = settingKey;
  }

  /**
   * The accepted forms for an error message: the ISO forms and the configured pattern, e.g.
   * {@code yyyy-MM-dd, ISO date-time or "dd.MM.yyyy" (ingest.reviews.date_pattern)}; without a
   * pattern, the key that would add one.
   */
  public String accepted() {
    if (extraPattern == null) {
      return "yyyy-MM-dd or ISO date-time" + (settingKey == null ? ""
          : "; set " + settingKey + " for another format");
    }
    return "yyyy-MM-dd, ISO date-time or \"" + extraPattern + "\""
        + (settingKey == null ? "" : " (" + settingKey + ")");
  }

  /** The instant a date or date-time denotes (a bare date is its UTC midnight). */
  public Instant instant(String text) {
    String s = text.strip();
    try {
      if (s.length() == 10) {
        return LocalDate.parse(s).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      if (s.length() > 10 && s.charAt(10) == 'T') {
        TemporalAccessor t = DateTimeFormatter.ISO_DATE_TIME.parseBest(
            s, OffsetDateTime::from, LocalDateTime::from);
        return t instanceof OffsetDateTime o ? o.toInstant()
            : ((LocalDateTime) t).toInstant(ZoneOffset.UTC);
      }
      if (s.length() > 10 && s.charAt(10) == ' ') {
        return LocalDateTime.parse(s, SPACE_DATE_TIME).toInstant(ZoneOffset.UTC);
      }
    } catch (DateTimeParseException e) {
      if (extra == null) {
        throw e;
      }
    }
    if (extra == null) {
      throw new DateTimeParseException("not an ISO date or date-time", s, 0);
    }
    TemporalAccessor t = extra.parseBest(
        s, ZonedDateTime::from, OffsetDateTime::from, LocalDateTime::from, LocalDate::from);
    if (t instanceof ZonedDateTime z) {
      return z.toInstant();
    }
    if (t instanceof OffsetDateTime o) {
      return o.toInstant();
    }
    if (t instanceof LocalDateTime l) {
      return l.toInstant(ZoneOffset.UTC);
    }
    return ((LocalDate) t).atStartOfDay(ZoneOffset.UTC).toInstant();
  }

  /** The UTC calendar date of a date or date-time. */
  public LocalDate utcDate(String text) {
    return LocalDate.ofInstant(instant(text), ZoneOffset.UTC);
  }
}
