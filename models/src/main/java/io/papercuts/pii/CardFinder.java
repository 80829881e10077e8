package io.papercuts.pii;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Payment card numbers: 13..19 digits, written solid or in groups separated by single spaces,
 * dashes or dots (runs of them are made single by {@link CanonicalSpacing}), that pass the Luhn
 * check. A grouped number must start with a group of 4 and use groups
 * of 3..6 digits (4-4-4-4, 4-6-5, 4-4-4-4-3), so a list of unrelated numbers is not read as one.
 * All-zero strings pass Luhn but are never cards. Stateless and thread-safe.
 */
final class CardFinder implements PiiFinder {

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![" + NumberChain.GLUING_LETTER + "]|[\\p{N}_+.])\\d{1,19}+"
          + "(?:(?:[ \\u00A0]?[-.][ \\u00A0]?|[ \\u00A0])\\d{1,19}+)*+");

  @Override
  public PiiType type() {
    return PiiType.CARD;
  }

  @Override
  public List<Span> find(String text) {
    return NumberChain.find(text, CANDIDATE, 5, CardFinder::accepts);
  }

  private static boolean accepts(String text, List<NumberChain.Group> groups, int from, int to) {
    if (to > from) {
      if (groups.get(from).length() != 4) {
        return false;
      }
      for (int k = from; k <= to; k++) {
        int n = groups.get(k).length();
        if (n < 3 || n > 6) {
          return false;
        }
      }
    }
    String digits = NumberChain.digits(groups, from, to);
    return digits.length() >= 13
        && digits.length() <= 19
        && !digits.chars().allMatch(c -> c == '0')
        && Checksums.luhn(digits);
  }
}
