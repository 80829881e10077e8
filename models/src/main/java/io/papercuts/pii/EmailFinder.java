package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses: a local part of up to 64 letters, digits and {@code . _ % + -}, an
 * {@code @}, one or more domain labels and a top-level domain of 2+ letters. Letters may be
 * non-ASCII. The local part is matched possessively and labels cannot contain dots, so there is
 * at most one way to match at each position (linear time). Stateless and thread-safe.
 */
final class EmailFinder implements PiiFinder {

  private static final String LOCAL = "[\\p{L}\\p{N}._%+\\-]";
  private static final String LABEL = "[\\p{L}\\p{N}](?:[\\p{L}\\p{N}\\-]{0,61}[\\p{L}\\p{N}])?";
  private static final Pattern EMAIL = Pattern.compile(
      "(?<!" + LOCAL + ")" + LOCAL + "{1,64}+@(?:" + LABEL + "\\.){1,8}\\p{L}{2,24}"
          + "(?![\\p{L}\\p{N}\\-])");

  @Override
  public PiiType type() {
    return PiiType.EMAIL;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    if (text.indexOf('@') < 0) {
      return spans;
    }
    Matcher m = EMAIL.matcher(text);
    while (m.find()) {
      spans.add(new Span(m.start(), m.end()));
    }
    return spans;
  }
}
