package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * UK National Insurance numbers: two prefix letters, six digits (optionally in pairs) and a
 * suffix A..D, e.g. {@code QQ 12 34 56 C}. Prefix letters follow HMRC's rules (no D, F, I, Q, U,
 * V; no O second; not BG, GB, KN, NK, NT, TN, ZZ). Written in capitals anywhere; in lower or
 * mixed case only after a cue ({@code national insurance}, {@code NI}, {@code NINO}). Stateless
 * and thread-safe.
 */
final class NationalIdFinder implements PiiFinder {

  private static final Pattern NUMBER = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_])([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]) ?(\\d{2}) ?(\\d{2}) ?(\\d{2})"
          + " ?([A-D])(?![\\p{L}\\p{N}_])");
  private static final Pattern CUE = Pattern.compile(
      "(?i)(?:national insurance|\\bni|\\bnino|insurance)(?: number| no\\.?| #)?"
          + "(?: is| was|:|#)?[ ]?$");
  private static final Set<String> BAD_PREFIXES = Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  @Override
  public PiiType type() {
    return PiiType.NATIONAL_ID;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = NUMBER.matcher(text);
    while (m.find()) {
      String prefix = m.group(1).toUpperCase(Locale.ROOT);
      if (BAD_PREFIXES.contains(prefix)) {
        continue;
      }
      String found = m.group();
      boolean capitals = found.equals(found.toUpperCase(Locale.ROOT));
      if (capitals || CUE.matcher(text.substring(Math.max(0, m.start() - 40), m.start())).find()) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }
}
