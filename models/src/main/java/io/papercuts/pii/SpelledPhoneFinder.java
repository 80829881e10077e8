package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Phone numbers read out in words, as in a call transcript: {@code four one five five five five
 * zero one three four}, {@code oh seven seven double oh nine}, also mixed with digits
 * ({@code four one five 555 0134}). A run of number words ({@code zero}, {@code oh}, {@code one}
 * .. {@code nine}, {@code double}, {@code triple}) and digit groups, separated only by spaces,
 * commas, dots or dashes, is a phone number when it spells 7..15 digits with at least three
 * words. Tokens are found with one simple pattern and joined in code (linear time). Stateless
 * and thread-safe.
 */
final class SpelledPhoneFinder implements PiiFinder {

  private static final Pattern TOKEN = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}])(zero|oh|one|two|three|four|five|six|seven|eight|nine|double"
          + "|triple|\\d{1,4}+)(?![\\p{L}\\p{N}])");
  private static final int MIN_DIGITS = 7;
  private static final int MAX_DIGITS = 15;
  private static final int MIN_WORDS = 3;

  @Override
  public PiiType type() {
    return PiiType.PHONE;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = TOKEN.matcher(text);
    int runStart = -1;
    int runEnd = -1;
    int digits = 0;
    int words = 0;
    int repeat = 1;
    while (m.find()) {
      boolean joined = runStart >= 0 && separatorOnly(text, runEnd, m.start());
      if (!joined) {
        addIfPhone(spans, runStart, runEnd, digits, words);
        runStart = m.start();
        digits = 0;
        words = 0;
        repeat = 1;
      }
      String token = m.group(1).toLowerCase(Locale.ROOT);
      if (token.equals("double") || token.equals("triple")) {
        repeat = token.equals("double") ? 2 : 3;
        if (!joined) {
          runStart = m.start();
        }
      } else {
        boolean word = !Character.isDigit(token.charAt(0));
        digits += word ? repeat : token.length();
        words += word ? 1 : 0;
        repeat = 1;
      }
      runEnd = m.end();
    }
    addIfPhone(spans, runStart, runEnd, digits, words);
    return spans;
  }

  private static void addIfPhone(List<Span> spans, int start, int end, int digits, int words) {
    if (start >= 0 && words >= MIN_WORDS && digits >= MIN_DIGITS && digits <= MAX_DIGITS) {
      spans.add(new Span(start, end));
    }
  }

  private static boolean separatorOnly(String text, int from, int to) {
    if (to - from < 1 || to - from > 3) {
      return false;
    }
    for (int i = from; i < to; i++) {
      if (" ,.-".indexOf(text.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }
}
