package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * US Social Security numbers: {@code AAA-GG-SSSS} anywhere, and {@code AAA GG SSSS} or nine
 * solid digits only after a cue ({@code SSN}, {@code social security}, {@code social}). The
 * number must be one the SSA can issue: area not 000, 666 or 9xx, group not 00, serial not 0000.
 * Stateless and thread-safe.
 */
final class SsnFinder implements PiiFinder {

  private static final Pattern NUMBER = Pattern.compile(
      "(?<![\\p{L}\\p{N}_\\-./,])(\\d{3})([- ]?)(\\d{2})\\2(\\d{4})(?![\\p{N}\\-%]|[.,]\\d)");
  private static final Pattern CUE = Pattern.compile(
      "(?i)(?:ssn|ss#|social security|social sec|social)(?: number| no\\.?| num| #)?"
          + "(?: is| was|:|#| =)?[ ]?$");

  @Override
  public PiiType type() {
    return PiiType.SSN;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      if (!valid(m.group(1), m.group(3), m.group(4))) {
        continue;
      }
      boolean dashed = m.group(2).equals("-");
      if (dashed || cued(text, m.start())) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }

  private static boolean cued(String text, int start) {
    String before = text.substring(Math.max(0, start - 40), start);
    return CUE.matcher(before).find();
  }

  private static boolean valid(String area, String group, String serial) {
    return !area.equals("000") && !area.equals("666") && area.charAt(0) != '9'
        && !group.equals("00") && !serial.equals("0000");
  }
}
