package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * E-mail addresses written to dodge filters: {@code john at gmail dot com},
 * {@code john.smith (at) example (dot) org}, {@code jane [at] mail [dot] co [dot] uk},
 * {@code john dot smith at gmail dot com}. At least one of {@code @} and the dots must be spelled
 * out (plain addresses are {@link EmailFinder}'s). When only the {@code at} is spelled and the
 * dots are real ({@code john at gmail.com}), the domain must be a well-known mail provider, so
 * "I looked at amazon.com" stays; a pronoun before {@code at} ("email us at ...") is never the
 * local part. Patterns are possessive with bounded repeats (linear time). Stateless and
 * thread-safe.
 */
final class SpelledEmailFinder implements PiiFinder {

  private static final String WORD = "[\\p{L}\\p{N}_%+\\-]{1,64}+";
  private static final String DOT = "(?:[ ]?[(\\[{<]dot[)\\]}>][ ]?|[ ]dot[ ]|\\.)";
  private static final String AT = "(?:[ ]?[(\\[{<]at[)\\]}>][ ]?|[ ]at[ ]|[ ]?@[ ]?)";
  private static final Pattern SPELLED = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_%+.\\-])(" + WORD + "(?:" + DOT + WORD + "){0,3})" + AT
          + "((?:[\\p{L}\\p{N}\\-]{1,63}+" + DOT + "){1,4})([a-z]{2,6})(?![\\p{L}\\p{N}\\-])");
  private static final Set<String> PROVIDERS = Set.of(
      "gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "icloud", "me", "aol",
      "proton", "protonmail", "gmx", "mail", "yandex", "msn", "comcast", "btinternet", "web",
      "t-online", "orange", "free", "qq", "163", "zoho", "fastmail", "hey", "mac");
  private static final Set<String> NOT_LOCAL = Set.of(
      "me", "us", "him", "her", "them", "it", "you", "look", "looked", "looking", "arrived",
      "email", "mail", "reach", "contact", "write", "is", "was", "or", "and", "here", "there");

  @Override
  public PiiType type() {
    return PiiType.EMAIL;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    String lower = text.toLowerCase(Locale.ROOT);
    if (!lower.contains("at") && lower.indexOf('@') < 0) {
      return spans;
    }
    Matcher m = SPELLED.matcher(text);
    while (m.find()) {
      String match = m.group().toLowerCase(Locale.ROOT);
      String local = m.group(1).toLowerCase(Locale.ROOT);
      boolean spelledDot = match.contains(" dot ") || match.contains("dot)")
          || match.contains("dot]") || match.contains("dot}") || match.contains("dot>");
      boolean spelledAt = match.indexOf('@') < 0;
      if (NOT_LOCAL.contains(local) || (!spelledAt && !spelledDot)) {
        continue;
      }
      String domain = m.group(2).toLowerCase(Locale.ROOT);
      String firstLabel = domain.split("[ .(\\[{<]", 2)[0];
      if (spelledDot || !match.contains(" at ") || PROVIDERS.contains(firstLabel)) {
        spans.add(new Span(m.start(), m.end()));
      }
    }
    return spans;
  }
}
