package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Street addresses written as house number, street name and street type: {@code 12 Main Street},
 * {@code 221B Baker St.}, {@code 350 5th Avenue, Apt 4B}, {@code 1600 Pennsylvania Ave NW}. The
 * street name is one to three capitalised words or ordinals; after a cue ({@code live at},
 * {@code address is}, {@code ship to}, {@code deliver to}, {@code moved to}) lower-case words
 * count too. Street types that are also everyday words ({@code Way}, {@code Close},
 * {@code Place}, {@code Court}, {@code Drive}, ...) must be capitalised, so "2 hours on the way"
 * stays. A following unit ({@code Apt 4B}, {@code Suite 200}, {@code Flat 3}, {@code Unit 7}) is
 * part of the address. Stateless and thread-safe.
 */
final class AddressFinder implements PiiFinder {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}_$€£#.,:/\\-])\\d{1,5}[A-Za-z]?(?=[ ,]{1,2}[\\p{L}\\d])");
  private static final Pattern WORD = Pattern.compile("[ ]?,?[ ]?(\\p{L}[\\p{L}'\\-]*+\\.?|\\d{1,3}(?:st|nd|rd|th))");
  private static final Pattern UNIT = Pattern.compile(
      ",?[ ](?i:apt|apartment|suite|ste|unit|flat|floor|fl)\\.?[ ]?#?[0-9]{1,4}[A-Za-z]?(?![\\p{L}\\p{N}])");
  private static final Pattern DIRECTION = Pattern.compile("[ ](?:N|S|E|W|NE|NW|SE|SW)(?![\\p{L}\\p{N}])");
  private static final Pattern CUE = Pattern.compile(
      "(?i)(?:live at|living at|lives at|address is|address:|ship(?:ped)? (?:it )?to|deliver(?:ed)? "
          + "(?:it )?to|send (?:it )?to|moved to|located at|reside at)[ ]?$");
  private static final Set<String> PLAIN_TYPES = Set.of(
      "street", "st", "str", "avenue", "ave", "av", "road", "rd", "lane", "ln", "boulevard",
      "blvd", "highway", "hwy", "parkway", "pkwy", "strasse", "straße", "terrace", "crescent");
  private static final Set<String> WORD_TYPES = Set.of(
      "way", "close", "place", "pl", "court", "ct", "square", "sq", "drive", "dr", "row", "walk",
      "mews", "grove", "gardens", "green", "hill", "circle", "cir", "trail", "plaza", "alley");
  private static final int MAX_NAME_WORDS = 3;

  @Override
  public PiiType type() {
    return PiiType.ADDRESS;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher number = NUMBER.matcher(text);
    Matcher word = WORD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    while (number.find(from)) {
      int end = streetEnd(text, number.end(), word, cued(text, number.start()));
      if (end > 0) {
        end = extend(text, end, DIRECTION.matcher(text));
        end = extend(text, end, UNIT.matcher(text));
        spans.add(new Span(number.start(), end));
        from = end;
      } else {
        from = number.end();
      }
      if (from >= text.length()) {
        break;
      }
    }
    return spans;
  }

  /** End of the street type word after the house number, or -1 when there is none. */
  private static int streetEnd(String text, int from, Matcher word, boolean cued) {
    int at = from;
    for (int k = 0; k <= MAX_NAME_WORDS; k++) {
      if (!lookingAt(word, at, text.length())) {
        return -1;
      }
      String w = word.group(1);
      String bare = (w.endsWith(".") ? w.substring(0, w.length() - 1) : w).toLowerCase(Locale.ROOT);
      boolean capital = Character.isUpperCase(w.charAt(0));
      if (k > 0 && (PLAIN_TYPES.contains(bare) || (capital && WORD_TYPES.contains(bare)))) {
        return word.end();
      }
      boolean ordinal = Character.isDigit(w.charAt(0));
      if (!(capital || ordinal || cued) || w.endsWith(".")) {
        return -1;
      }
      at = word.end();
    }
    return -1;
  }

  private static int extend(String text, int end, Matcher m) {
    return lookingAt(m.useTransparentBounds(true), end, text.length()) ? m.end() : end;
  }

  private static boolean cued(String text, int start) {
    return CUE.matcher(text.substring(Math.max(0, start - 30), start)).find();
  }

  /** Whether {@code m} matches right at {@code at}: one attempt, not a scan of the rest. */
  private static boolean lookingAt(Matcher m, int at, int length) {
    if (at >= length) {
      return false;
    }
    m.region(at, length);
    return m.lookingAt();
  }
}
