package io.papercuts.pii;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Phone numbers in common international and national formats. The heuristic, chosen so that
 * prices, dates, times, versions, percentages, durations and order numbers are left alone:
 *
 * <ul>
 *   <li>A candidate is a chain of digit groups separated by one space, dash, dot or slash, with
 *       an optional leading {@code +} and parenthesised groups; it never starts right after a
 *       letter, digit, {@code # $ € £ ¥}, dot, comma, slash or dash, and never ends before a
 *       letter, digit, {@code %} or a decimal part. At least 9 digits are required in every form
 *       ({@code (0)} and a leading {@code 00} do not count), at most 15.
 *   <li><b>International</b>: starts with {@code +} or a {@code 00} group ({@code +44 20 7946
 *       0958}, {@code +1 (415) 555-0134}, {@code +44 (0)20 7946 0958}, {@code 0049 30 1234567});
 *       the group after the country code does not start with 0 unless written {@code (0)}.
 *   <li><b>Area code in parentheses</b>: {@code (415) 555-0134}, {@code (030) 1234567}.
 *   <li><b>North American</b>: {@code [1-]NXX-NXX-XXXX} with N in 2..9, separated by space, dash
 *       or dot ({@code 415-555-0134}, {@code 1-800-555-0134}).
 *   <li><b>National with trunk 0</b>: first group {@code 0} + 1..4 digits, second group of 3+
 *       digits, later groups of 2+ digits, 9..12 digits ({@code 07700 900123},
 *       {@code 020 7946 0958}, {@code 030/1234567}, {@code 044 668 18 00}); and the French
 *       {@code 06 12 34 56 78}.
 *   <li><b>Unseparated digits</b> count only as 10..11 digits starting with {@code 0}, 11..17
 *       starting with {@code 00}, or a North American {@code [1]NXXNXXXXXX}. A phone word
 *       ("call", "phone", "mobile", ...) among the three words before makes any 10..11 digit
 *       run a phone number.
 *   <li>Unless it starts with {@code +}, a number is never a phone number when an identifier
 *       word ("order", "ticket", "invoice", "ref", ...) comes before any phone word among the
 *       three words before it: {@code order 0123456789} stays.
 *   <li>Inside a longer chain a phone number must be cut at a space or slash, so the tail of
 *       {@code 2026-10-03-0012345} is not one.
 * </ul>
 * Dates ({@code 2026-10-03}, {@code 10/03/2026}) fail every form: at most 8 digits, and a slash
 * is only accepted right after a trunk-0 area code. Stateless and thread-safe.
 */
final class PhoneFinder implements PiiFinder {

  private static final String SPACE = "[ \\u00A0]";
  private static final String SEPARATOR =
      "(?:" + SPACE + "?[-./]" + SPACE + "?|" + SPACE + "|(?<=\\)))";
  private static final String GROUP = "\\(?\\d{1,15}+\\)?";
  private static final Pattern CANDIDATE = Pattern.compile(
      "(?<![" + NumberChain.GLUING_LETTER + "]|[\\p{N}_#$€£¥./\\-+])(?:\\+" + SPACE + "?)?" + GROUP
          + "(?:" + SEPARATOR + GROUP + ")*+");

  private enum Context { PHONE, IDENTIFIER, NONE }

  private static final int MAX_GROUPS = 7;
  private static final int CONTEXT_WORDS = 3;
  private static final int CONTEXT_CHARS = 40;

  private static final Set<String> PHONE_WORDS = Set.of(
      "call", "called", "calling", "calls", "phone", "phoned", "telephone", "tel", "mobile",
      "cell", "cellphone", "text", "texted", "sms", "whatsapp", "fax", "ring", "dial", "dialed",
      "dialled", "reach", "contact");
  private static final Set<String> ID_WORDS = Set.of(
      "order", "orders", "ticket", "case", "invoice", "ref", "reference", "tracking",
      "confirmation", "booking", "reservation", "transaction", "receipt", "id", "sku", "serial",
      "claim", "incident", "po", "rma");

  @Override
  public PiiType type() {
    return PiiType.PHONE;
  }

  @Override
  public List<Span> find(String text) {
    return NumberChain.find(text, CANDIDATE, MAX_GROUPS, PhoneFinder::accepts);
  }

  private static boolean accepts(String text, List<NumberChain.Group> g, int from, int to) {
    NumberChain.Group first = g.get(from);
    if (from == to && !first.plus() && !first.paren()) {
      return unseparated(text, first);
    }
    if (!first.plus() && context(text, first.start()) == Context.IDENTIFIER) {
      return false;
    }
    return international(g, from, to)
        || parenthesisedArea(g, from, to)
        || northAmerican(g, from, to)
        || nationalTrunk(g, from, to)
        || french(g, from, to)
        || chineseMobile(g, from, to);
  }

  private static boolean international(List<NumberChain.Group> g, int from, int to) {
    NumberChain.Group first = g.get(from);
    String firstDigits = first.digits();
    boolean doubleZero = !first.plus() && !first.paren() && firstDigits.startsWith("00")
        && firstDigits.length() >= 3 && firstDigits.length() <= 5;
    if (!first.plus() && !doubleZero) {
      return false;
    }
    String countryStart = doubleZero ? firstDigits.substring(2) : firstDigits;
    if (countryStart.isEmpty() || countryStart.charAt(0) == '0' || first.paren()) {
      return false;
    }
    int digits = doubleZero ? -2 : 0;
    for (int k = from; k <= to; k++) {
      NumberChain.Group group = g.get(k);
      if (k > from && group.separator() == '/') {
        return false;
      }
      // After a country code the trunk 0 is dropped or written "(0)": "0044 0532" is no number.
      if (k == from + 1 && !group.paren() && group.digits().charAt(0) == '0') {
        return false;
      }
      boolean trunkMark = group.paren() && group.digits().equals("0");
      digits += trunkMark ? 0 : group.length();
    }
    return digits >= 9 && digits <= 15;
  }

  private static boolean parenthesisedArea(List<NumberChain.Group> g, int from, int to) {
    NumberChain.Group first = g.get(from);
    int groups = to - from + 1;
    if (first.plus() || !first.paren() || first.length() < 2 || first.length() > 5
        || groups > 4) {
      return false;
    }
    return tailGroups(g, from + 1, to, false) && digitsBetween(g, from, to, 9, 12);
  }

  private static boolean northAmerican(List<NumberChain.Group> g, int from, int to) {
    int groups = to - from + 1;
    int area = from;
    if (groups == 4) {
      NumberChain.Group one = g.get(from);
      if (one.plus() || one.paren() || !one.digits().equals("1")) {
        return false;
      }
      area = from + 1;
    } else if (groups != 3) {
      return false;
    }
    NumberChain.Group areaCode = g.get(area);
    NumberChain.Group exchange = g.get(area + 1);
    NumberChain.Group line = g.get(area + 2);
    if (areaCode.plus() || exchange.paren() || line.paren()
        || areaCode.length() != 3 || exchange.length() != 3 || line.length() != 4
        || !nanpLeading(areaCode.digits()) || !nanpLeading(exchange.digits())) {
      return false;
    }
    for (int k = from + 1; k <= to; k++) {
      if (g.get(k).separator() == '/') {
        return false;
      }
    }
    return true;
  }

  private static boolean nationalTrunk(List<NumberChain.Group> g, int from, int to) {
    NumberChain.Group first = g.get(from);
    int groups = to - from + 1;
    String digits = first.digits();
    if (first.plus() || first.paren() || groups > 5 || digits.length() < 2
        || digits.length() > 5 || digits.charAt(0) != '0' || digits.charAt(1) == '0') {
      return false;
    }
    return tailGroups(g, from + 1, to, true) && digitsBetween(g, from, to, 9, 12);
  }

  /** Groups after an area code: the first of 3+ digits, later ones of 2+ digits, no parens. */
  private static boolean tailGroups(List<NumberChain.Group> g, int from, int to,
      boolean slashAfterArea) {
    for (int k = from; k <= to; k++) {
      NumberChain.Group group = g.get(k);
      char separator = group.separator();
      boolean slashAllowed = slashAfterArea && k == from;
      if (group.plus() || group.paren() || (separator == '/' && !slashAllowed)
          || group.length() < (k == from ? 3 : 2)) {
        return false;
      }
    }
    return true;
  }

  private static boolean french(List<NumberChain.Group> g, int from, int to) {
    if (to - from + 1 != 5 || g.get(from).digits().charAt(0) != '0') {
      return false;
    }
    char separator = g.get(from + 1).separator();
    if (" .-".indexOf(separator) < 0) {
      return false;
    }
    for (int k = from; k <= to; k++) {
      NumberChain.Group group = g.get(k);
      if (group.plus() || group.paren() || group.length() != 2
          || (k > from && group.separator() != separator)) {
        return false;
      }
    }
    return true;
  }

  /** Chinese mobile numbers written 3-4-4: {@code 138 1234 5678}. */
  private static boolean chineseMobile(List<NumberChain.Group> g, int from, int to) {
    if (to - from != 2) {
      return false;
    }
    NumberChain.Group first = g.get(from);
    return !first.plus() && !first.paren() && first.length() == 3
        && first.digits().charAt(0) == '1' && first.digits().charAt(1) >= '3'
        && g.get(from + 1).length() == 4 && !g.get(from + 1).paren()
        && g.get(to).length() == 4 && !g.get(to).paren()
        && g.get(from + 1).separator() != '/' && g.get(to).separator() != '/';
  }

  private static boolean unseparated(String text, NumberChain.Group group) {
    String digits = group.digits();
    int n = digits.length();
    Context context = context(text, group.start());
    if (context == Context.IDENTIFIER) {
      return false;
    }
    if (digits.startsWith("00")) {
      return n >= 11 && n <= 17 && digits.charAt(2) != '0';
    }
    if (digits.charAt(0) == '0') {
      return n == 10 || n == 11;
    }
    if (context == Context.PHONE) {
      return n == 10 || n == 11;
    }
    if (n == 11 && digits.charAt(0) == '1' && digits.charAt(1) >= '3') {
      return true; // a Chinese mobile number, 1[3-9] and nine digits
    }
    String national = n == 11 && digits.charAt(0) == '1' ? digits.substring(1) : digits;
    return national.length() == 10
        && nanpLeading(national.substring(0, 3))
        && nanpLeading(national.substring(3, 6));
  }

  /**
   * Whether an identifier word ("order", "ticket", ...) comes before any phone word among the
   * few words before {@code start}: {@code order 0123456789} is no phone number.
   */
  static boolean identifierBefore(String text, int start) {
    return context(text, start) == Context.IDENTIFIER;
  }

  /** What the nearest few words before {@code start} say the number is. */
  private static Context context(String text, int start) {
    int limit = Math.max(0, start - CONTEXT_CHARS);
    int i = start;
    for (int words = 0; words < CONTEXT_WORDS; words++) {
      while (i > limit && !Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      int end = i;
      while (i > limit && Character.isLetter(text.charAt(i - 1))) {
        i--;
      }
      if (i == end) {
        return Context.NONE;
      }
      boolean placeholder = i > 0 && text.charAt(i - 1) == '[' && end < text.length()
          && text.charAt(end) == ']';
      if (placeholder) {
        // "[PHONE]" is an earlier redaction, not the word "phone".
        continue;
      }
      String word = text.substring(i, end).toLowerCase(Locale.ROOT);
      if (ID_WORDS.contains(word)) {
        return Context.IDENTIFIER;
      }
      if (PHONE_WORDS.contains(word)) {
        return Context.PHONE;
      }
    }
    return Context.NONE;
  }

  private static boolean nanpLeading(String threeDigits) {
    return threeDigits.charAt(0) >= '2';
  }

  private static boolean digitsBetween(List<NumberChain.Group> g, int from, int to, int min,
      int max) {
    int n = NumberChain.digits(g, from, to).length();
    return n >= min && n <= max;
  }
}
