package io.papercuts.pii;

import com.google.i18n.phonenumbers.PhoneNumberMatch;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.PhoneNumberUtil.Leniency;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second phone pass: numbers that libphonenumber finds and validates against its numbering
 * plan metadata ({@link Leniency#VALID}), for each configured region ({@code pii.phone_regions},
 * ISO 3166-1 codes such as {@code US}, {@code GB}). A region decides how a number written
 * without a country code is read ({@code (020) 7946 0958} is a London number for {@code GB});
 * numbers written with {@code +} and a country code are found for any region. It runs after
 * {@link PhoneFinder}, so it catches what the heuristic's shapes miss ({@code 415 5550134},
 * a Japanese {@code 03-1234-5678}) when the digits form a number that really exists.
 *
 * <p>The guards of {@link PhoneFinder} apply, so ordinary numbers stay: a match never starts
 * right after a letter, digit, {@code # $ € £ ¥}, dot, slash or dash, nor ends before a letter,
 * digit or {@code %}; and unless it starts with {@code +}, it is no phone number when an
 * identifier word ("order", "ticket", ...) comes before it ({@code Ticket 4155550134}).
 *
 * <p>libphonenumber's {@link PhoneNumberUtil} is a thread-safe singleton with its metadata in its
 * own jar; this class holds only the region list. Immutable and thread-safe.
 */
final class RegionPhoneFinder implements PiiFinder {

  private static final Pattern GLUED_BEFORE =
      Pattern.compile("[" + NumberChain.GLUING_LETTER + "]|[\\p{N}_#$€£¥./\\-+]");
  private static final Pattern GLUED_AFTER = Pattern.compile("[\\p{L}\\p{N}_%]");
  /**
   * A run of digits and the characters people write between them. libphonenumber (100 to 400
   * microseconds a call) only sees the runs that could be one phone number: {@value #MIN_DIGITS}
   * to {@value #MAX_DIGITS} digits in at most {@value #MAX_RUN_CHARS} characters, not a date;
   * a longer run is left to {@link PhoneFinder}. Feedback holds few such runs, so the pass costs
   * next to nothing on most texts.
   */
  private static final Pattern DIGIT_RUN =
      Pattern.compile("\\+?\\(?\\d[\\d ().\\-/+\\u00A0]*+");
  private static final Pattern DATE = Pattern.compile(
      "\\d{4}[-./]\\d{1,2}[-./]\\d{1,2}|\\d{1,2}[-./]\\d{1,2}[-./]\\d{2,4}");
  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 17;
  private static final int MAX_RUN_CHARS = 32;

  private final List<String> regions;

  /** Regions as ISO codes that libphonenumber supports (see {@link PiiSettings}). */
  RegionPhoneFinder(List<String> regions) {
    this.regions = List.copyOf(regions);
  }

  @Override
  public PiiType type() {
    return PiiType.PHONE;
  }

  @Override
  public List<Span> find(String text) {
    if (regions.isEmpty()) {
      return List.of();
    }
    PhoneNumberUtil util = PhoneNumberUtil.getInstance();
    List<Span> spans = new ArrayList<>();
    Matcher run = DIGIT_RUN.matcher(text);
    while (run.find()) {
      int digits = digits(text, run.start(), run.end());
      if (digits < MIN_DIGITS || digits > MAX_DIGITS
          || run.end() - run.start() > MAX_RUN_CHARS) {
        continue;
      }
      String window = text.substring(run.start(), run.end()).strip();
      // The guards first: they are cheap, and most runs in feedback fail them.
      boolean identifier = window.charAt(0) != '+'
          && PhoneFinder.identifierBefore(text, run.start());
      if (identifier || DATE.matcher(window).matches() || (run.start() > 0
          && GLUED_BEFORE.matcher(text.substring(run.start() - 1, run.start())).matches())) {
        continue;
      }
      // With a country code the region does not matter: one call is enough.
      List<String> readAs = window.startsWith("+") ? regions.subList(0, 1) : regions;
      for (String region : readAs) {
        for (PhoneNumberMatch m : util.findNumbers(window, region, Leniency.VALID,
            Long.MAX_VALUE)) {
          int start = run.start() + m.start();
          int end = run.start() + m.end();
          if (accepted(text, start, end)) {
            spans.add(new Span(start, end));
          }
        }
      }
    }
    return Span.disjoint(spans);
  }

  private static int digits(String text, int from, int to) {
    int n = 0;
    for (int i = from; i < to; i++) {
      n += NumberChain.isAsciiDigit(text.charAt(i)) ? 1 : 0;
    }
    return n;
  }

  private static boolean accepted(String text, int start, int end) {
    boolean glued = (start > 0 && GLUED_BEFORE.matcher(text.substring(start - 1, start)).matches())
        || (end < text.length() && GLUED_AFTER.matcher(text.substring(end, end + 1)).matches());
    if (glued) {
      return false;
    }
    return text.charAt(start) == '+' || !PhoneFinder.identifierBefore(text, start);
  }
}
