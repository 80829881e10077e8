package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Shared machinery for secrets written as groups of digits (card and phone numbers): a candidate
 * pattern finds a maximal chain of digit groups, this class splits it into {@link Group}s and
 * picks, left to right, the longest run of at most {@code maxGroups} groups that a
 * {@link RangeRule} accepts. Validating in code instead of in one clever regex keeps every pattern
 * free of nested ambiguous quantifiers (linear time) and lets a secret be found inside a longer
 * chain, e.g. a card number followed by its CVV. Stateless and thread-safe.
 */
final class NumberChain {

  /** Separator before a group that ends any range: stray parenthesis, doubled punctuation. */
  static final char BROKEN = '?';
  /** No separator: a group directly after a parenthesised one, as in {@code (0)20}. */
  static final char JOINED = '0';
  /** Separator before the first group of a chain. */
  static final char START = '^';

  private static final Pattern GROUP = Pattern.compile("(\\+[ \\u00A0]?)?(\\()?(\\d++)(\\))?");

  /**
   * One run of digits.
   *
   * @param start first character, including a leading {@code +} or {@code (}
   * @param end one past the last character, including a closing {@code )}
   * @param separator what separates it from the previous group: {@code ' '}, {@code '-'},
   *     {@code '.'}, {@code '/'}, {@link #JOINED}, {@link #BROKEN} or {@link #START}
   */
  record Group(int start, int end, String digits, boolean plus, boolean paren, char separator) {
    int length() {
      return digits.length();
    }
  }

  /** Decides whether groups {@code from..to} (inclusive) form one secret. */
  interface RangeRule {
    boolean accepts(String text, List<Group> groups, int from, int to);
  }

  private NumberChain() {
  }

  /** Spans of all accepted ranges inside the candidates that {@code candidate} finds. */
  static List<Span> find(String text, Pattern candidate, int maxGroups, RangeRule rule) {
    List<Span> spans = new ArrayList<>();
    Matcher m = candidate.matcher(text);
    while (m.find()) {
      List<Group> groups = groups(text, m.start(), m.end());
      int i = 0;
      while (i < groups.size()) {
        int accepted = -1;
        for (int j = Math.min(groups.size() - 1, i + maxGroups - 1); j >= i; j--) {
          if (connected(groups, i, j)
              && cutAtSpace(groups, i, j)
              && boundaryBefore(text, groups.get(i).start())
              && boundaryAfter(text, groups.get(j).end())
              && rule.accepts(text, groups, i, j)) {
            accepted = j;
            break;
          }
        }
        if (accepted >= 0) {
          spans.add(new Span(groups.get(i).start(), groups.get(accepted).end()));
          i = accepted + 1;
        } else {
          i++;
        }
      }
    }
    return spans;
  }

  /** Splits the chain {@code text[start, end)} into groups. */
  static List<Group> groups(String text, int start, int end) {
    List<Group> groups = new ArrayList<>();
    Matcher g = GROUP.matcher(text).region(start, end);
    int previousEnd = -1;
    boolean previousParen = false;
    while (g.find()) {
      boolean open = g.group(2) != null;
      boolean close = g.group(4) != null;
      boolean paren = open && close;
      // A parenthesis without its partner stays outside the group, and breaks the chain there.
      boolean strayOpen = open && !close;
      int groupStart = strayOpen ? g.start(3) : g.start();
      int groupEnd = close && !open ? g.end(3) : g.end();
      boolean plus = g.group(1) != null && !strayOpen;
      char separator = previousEnd < 0
          ? START
          : separator(text.substring(previousEnd, groupStart), previousParen);
      groups.add(new Group(groupStart, groupEnd, g.group(3), plus, paren, separator));
      previousEnd = groupEnd;
      previousParen = paren;
    }
    return groups;
  }

  private static char separator(String between, boolean afterParen) {
    if (between.isEmpty()) {
      return afterParen ? JOINED : BROKEN;
    }
    char punctuation = 0;
    for (int k = 0; k < between.length(); k++) {
      char c = between.charAt(k);
      if (c == ' ' || c == '\u00A0') {
        continue;
      }
      if (punctuation != 0 || "-./".indexOf(c) < 0) {
        return BROKEN;
      }
      punctuation = c;
    }
    return punctuation == 0 ? ' ' : punctuation;
  }

  private static boolean connected(List<Group> groups, int from, int to) {
    for (int k = from + 1; k <= to; k++) {
      if (groups.get(k).separator() == BROKEN) {
        return false;
      }
    }
    return true;
  }

  /**
   * A range inside a longer chain must be cut at a space or slash, never inside a dashed or
   * dotted run such as {@code 2026-10-03-0012345}.
   */
  private static boolean cutAtSpace(List<Group> groups, int from, int to) {
    boolean startOk = from == 0 || isCut(groups.get(from).separator());
    boolean endOk = to == groups.size() - 1 || isCut(groups.get(to + 1).separator());
    return startOk && endOk;
  }

  private static boolean isCut(char separator) {
    return separator == ' ' || separator == '/';
  }

  /** The character before {@code start} does not continue a word or a decimal number. */
  static boolean boundaryBefore(String text, int start) {
    if (start == 0) {
      return true;
    }
    char c = text.charAt(start - 1);
    if (gluesToNumber(c)) {
      return false;
    }
    // A thousands group has exactly 3 digits: a comma before 4+ digits separates fields
    // ("R-1,4111 1111 ..." in a CSV row), it does not continue a number; nor does a comma before
    // an international "+".
    if (c == ',' && (text.charAt(start) == '+' || digitsFrom(text, start) >= 4)) {
      return true;
    }
    boolean numberPunctuation = c == '.' || c == ',';
    return !(numberPunctuation && start >= 2 && isAsciiDigit(text.charAt(start - 2)));
  }

  private static int digitsFrom(String text, int start) {
    int i = start;
    while (i < text.length() && isAsciiDigit(text.charAt(i))) {
      i++;
    }
    return i - start;
  }

  private static int digitsBefore(String text, int end) {
    int i = end;
    while (i > 0 && isAsciiDigit(text.charAt(i - 1))) {
      i--;
    }
    return end - i;
  }

  /** The text after {@code end} does not continue a word, a decimal number or a percentage. */
  static boolean boundaryAfter(String text, int end) {
    if (end == text.length()) {
      return true;
    }
    char c = text.charAt(end);
    if (gluesToNumber(c) || c == '%') {
      return false;
    }
    if (c == ',' && digitsBefore(text, end) >= 4) {
      return true;
    }
    boolean numberPunctuation = c == '.' || c == ',';
    return !(numberPunctuation && end + 1 < text.length() && isAsciiDigit(text.charAt(end + 1)));
  }

  /**
   * A letter, digit or underscore continues a number's word, except Chinese, Japanese and Korean
   * script, which is written without spaces around numbers ({@code 电话13812345678}).
   */
  static boolean gluesToNumber(char c) {
    if (!(Character.isLetterOrDigit(c) || c == '_')) {
      return false;
    }
    Character.UnicodeScript script = Character.UnicodeScript.of(c);
    return script != Character.UnicodeScript.HAN && script != Character.UnicodeScript.HIRAGANA
        && script != Character.UnicodeScript.KATAKANA && script != Character.UnicodeScript.HANGUL;
  }

  /** Letters in a lookbehind: all but Chinese, Japanese and Korean script (see above). */
  static final String GLUING_LETTER = "\\p{L}&&[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}]";

  static boolean isAsciiDigit(char c) {
    return c >= '0' && c <= '9';
  }

  /** Digits of groups {@code from..to} concatenated. */
  static String digits(List<Group> groups, int from, int to) {
    StringBuilder sb = new StringBuilder();
    for (int k = from; k <= to; k++) {
      sb.append(groups.get(k).digits());
    }
    return sb.toString();
  }
}
