package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * IPv4 addresses (four octets 0..255, no leading zeros) and IPv6 addresses (full, compressed with
 * {@code ::}, or ending in an IPv4 address). IPv6 candidates are validated in code: eight groups,
 * or fewer with exactly one {@code ::}, and at least one digit, so times such as
 * {@code 10:30:45} and words such as {@code std::vector} stay. A dotted quad right after
 * "version", "build", "release" or "firmware" is taken for a version number. A port or prefix
 * length after the address ({@code :8080}, {@code /24}) is kept. Stateless and thread-safe.
 */
final class IpFinder implements PiiFinder {

  private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
  private static final String IPV4 = OCTET + "(?:\\." + OCTET + "){3}";
  private static final Pattern IPV4_CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}_.])" + IPV4 + "(?![\\p{L}\\p{N}_]|\\.\\d)");
  private static final Pattern IPV4_EXACT = Pattern.compile(IPV4);
  private static final Pattern IPV6_CANDIDATE = Pattern.compile(
      "(?<![\\p{L}\\p{N}_:.])(?:[0-9A-Fa-f]{0,4}:){2,7}+(?:" + IPV4 + "|[0-9A-Fa-f]{1,4})?");
  private static final Pattern HEX_GROUP = Pattern.compile("[0-9A-Fa-f]{1,4}");
  private static final Set<String> VERSION_WORDS = Set.of(
      "version", "ver", "build", "release", "firmware");

  @Override
  public PiiType type() {
    return PiiType.IP;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher v6 = IPV6_CANDIDATE.matcher(text);
    while (v6.find()) {
      int end = v6.end();
      if (text.charAt(end - 1) == ':' && text.charAt(end - 2) != ':') {
        end--;
      }
      boolean boundary = end == text.length()
          || !(Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_'
              || text.charAt(end) == ':');
      if (boundary && isIpv6(text.substring(v6.start(), end))) {
        spans.add(new Span(v6.start(), end));
      }
    }
    List<Span> merged = new ArrayList<>(spans.size());
    int next = 0;
    Matcher v4 = IPV4_CANDIDATE.matcher(text);
    while (v4.find()) {
      while (next < spans.size() && spans.get(next).end() <= v4.start()) {
        merged.add(spans.get(next++));
      }
      boolean insideV6 = next < spans.size() && spans.get(next).start() <= v4.start();
      if (!insideV6 && !afterVersionWord(text, v4.start())) {
        merged.add(new Span(v4.start(), v4.end()));
      }
    }
    merged.addAll(spans.subList(next, spans.size()));
    return merged;
  }

  static boolean isIpv6(String s) {
    int compressed = s.indexOf("::");
    if (compressed >= 0 && s.indexOf("::", compressed + 1) >= 0) {
      return false;
    }
    List<String> groups = new ArrayList<>();
    if (compressed >= 0) {
      split(s.substring(0, compressed), groups);
      split(s.substring(compressed + 2), groups);
    } else {
      split(s, groups);
    }
    if (groups.isEmpty() || groups.contains("")) {
      return false;
    }
    int size = 0;
    for (int k = 0; k < groups.size(); k++) {
      String group = groups.get(k);
      boolean last = k == groups.size() - 1;
      if (last && group.indexOf('.') >= 0) {
        if (!IPV4_EXACT.matcher(group).matches()) {
          return false;
        }
        size += 2;
      } else if (HEX_GROUP.matcher(group).matches()) {
        size += 1;
      } else {
        return false;
      }
    }
    boolean shapeOk = compressed >= 0 ? size <= 7 : size == 8;
    boolean hasDigit = s.chars().anyMatch(Character::isDigit);
    boolean enoughGroups = groups.size() >= 2 || s.startsWith("::");
    return shapeOk && hasDigit && enoughGroups;
  }

  private static void split(String part, List<String> into) {
    if (part.isEmpty()) {
      return;
    }
    for (String group : part.split(":", -1)) {
      into.add(group);
    }
  }

  private static boolean afterVersionWord(String text, int start) {
    int i = start;
    while (i > 0 && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == ':')) {
      i--;
    }
    int end = i;
    while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
      i--;
    }
    return VERSION_WORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT));
  }
}
