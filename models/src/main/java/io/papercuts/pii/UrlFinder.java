package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * URLs ({@code http}, {@code https}, {@code ftp}, {@code ws}, {@code wss} or starting with
 * {@code www.}) that carry a credential. A URL is reported whole when it has
 * <ul>
 *   <li>user info ({@code https://user:pass@host/}, {@code ftp://user@host/});
 *   <li>a query or fragment parameter with a non-empty value whose name is a credential:
 *       {@code token}, {@code key}, {@code sig}, {@code signature}, {@code auth}, {@code session},
 *       {@code code}, {@code password}, {@code secret}, {@code otp}, ..., or ends in one
 *       ({@code access_token}, {@code X-Amz-Signature}, {@code apiKey}, {@code client_secret});
 *   <li>or a random-looking path segment or parameter value: a UUID, or a run of 16+ ASCII
 *       letters and digits with at least two of each (signed links, reset links, share links).
 * </ul>
 * Plain URLs such as {@code https://example.com/help} are left for the other finders, so an
 * address or e-mail inside them is still redacted. Trailing sentence punctuation and an
 * unbalanced closing bracket are not part of the URL. Stateless and thread-safe.
 */
final class UrlFinder implements PiiFinder {

  private static final Pattern CANDIDATE = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_])(?:(?:https?|ftp|wss?)://|www\\.)"
          + "[^\\s\\p{Z}<>\"'`{}|\\\\^\\p{So}\\p{Cs}\\u201C\\u201D\\u2018\\u2019]++");
  private static final Pattern UUID = Pattern.compile(
      "(?i)[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  private static final Pattern NAME_PARTS = Pattern.compile("[-_.\\s]+");
  private static final Pattern NOT_ALNUM = Pattern.compile("[^a-z0-9]");
  private static final Set<String> SECRET_NAMES = Set.of(
      "token", "key", "sig", "signature", "auth", "session", "code", "password", "passwd", "pass",
      "pwd", "secret", "sid", "otp", "jwt", "apikey", "credential", "credentials", "verifier",
      "hash", "hmac");
  private static final List<String> SECRET_SUFFIXES = List.of(
      "token", "secret", "signature", "password", "passwd", "sessionid", "credential",
      "apikey", "accesskey", "privatekey", "authkey");
  /** Short parameter names that carry tokens in tracking and API links ({@code ?t=}, {@code ak=}). */
  private static final Set<String> SHORT_SECRET_NAMES = Set.of(
      "t", "ak", "sk", "tk", "at", "st", "k", "s", "u", "uid", "tok", "key_id", "kid", "h");
  private static final int SHORT_SECRET_MIN = 6;
  private static final String TRAILING = ".,;:!?'\"*)]}";
  private static final int RANDOM_RUN = 16;

  @Override
  public PiiType type() {
    return PiiType.URL;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = CANDIDATE.matcher(text);
    while (m.find()) {
      int end = trimmedEnd(text, m.start(), m.end());
      if (end > m.start() && carriesCredential(text.substring(m.start(), end))) {
        spans.add(new Span(m.start(), end));
      }
    }
    return spans;
  }

  private static int trimmedEnd(String text, int start, int end) {
    int parens = 0;
    int brackets = 0;
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      parens += c == '(' ? 1 : c == ')' ? -1 : 0;
      brackets += c == '[' ? 1 : c == ']' ? -1 : 0;
    }
    // A closing bracket belongs to the URL only while it balances one opened inside the URL.
    while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
      char c = text.charAt(end - 1);
      if ((c == ')' && parens >= 0) || (c == ']' && brackets >= 0)) {
        break;
      }
      parens += c == ')' ? 1 : 0;
      brackets += c == ']' ? 1 : 0;
      end--;
    }
    return end;
  }

  static boolean carriesCredential(String url) {
    int schemeEnd = url.indexOf("://");
    String rest = schemeEnd >= 0 ? url.substring(schemeEnd + 3) : url;
    int authorityEnd = indexOfAny(rest, "/?#", 0);
    String authority = rest.substring(0, authorityEnd);
    if (authority.indexOf('@') >= 0) {
      return true;
    }
    int queryStart = indexOfAny(rest, "?#", authorityEnd);
    String path = rest.substring(authorityEnd, queryStart);
    for (String segment : path.split("/")) {
      if (looksRandom(segment)) {
        return true;
      }
    }
    if (queryStart < rest.length()) {
      for (String parameter : rest.substring(queryStart + 1).split("[&;?#]")) {
        int eq = parameter.indexOf('=');
        String name = eq >= 0 ? parameter.substring(0, eq) : "";
        String value = eq >= 0 ? parameter.substring(eq + 1) : parameter;
        if ((!value.isEmpty() && isSecretName(name)) || looksRandom(value)
            || (SHORT_SECRET_NAMES.contains(name.toLowerCase(Locale.ROOT)) && tokenLike(value))) {
          return true;
        }
      }
    }
    return false;
  }

  static boolean isSecretName(String name) {
    String lower = name.toLowerCase(Locale.ROOT);
    String[] parts = NAME_PARTS.split(lower);
    if (parts.length > 0 && SECRET_NAMES.contains(parts[parts.length - 1])) {
      return true;
    }
    String compact = NOT_ALNUM.matcher(lower).replaceAll("");
    if (SECRET_NAMES.contains(compact)) {
      return true;
    }
    for (String suffix : SECRET_SUFFIXES) {
      if (compact.endsWith(suffix)) {
        return true;
      }
    }
    return false;
  }

  /** A UUID, or a run of 16+ ASCII letters and digits holding at least two of each. */
  static boolean looksRandom(String s) {
    if (s.length() < RANDOM_RUN) {
      return false;
    }
    if (UUID.matcher(s).find()) {
      return true;
    }
    int run = 0;
    int letters = 0;
    int digits = 0;
    for (int i = 0; i <= s.length(); i++) {
      char c = i < s.length() ? s.charAt(i) : ' ';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      boolean digit = c >= '0' && c <= '9';
      if (letter || digit) {
        run++;
        letters += letter ? 1 : 0;
        digits += digit ? 1 : 0;
      } else {
        if (run >= RANDOM_RUN && letters >= 2 && digits >= 2) {
          return true;
        }
        run = 0;
        letters = 0;
        digits = 0;
      }
    }
    return false;
  }

  /** 6+ letters and digits with both: a token, not a timestamp such as {@code 42s}. */
  private static boolean tokenLike(String value) {
    return value.length() >= SHORT_SECRET_MIN
        && value.chars().allMatch(c -> c < 128 && Character.isLetterOrDigit(c) || c == '-' || c == '_')
        && value.chars().anyMatch(Character::isDigit)
        && value.chars().anyMatch(Character::isLetter);
  }

  private static int indexOfAny(String s, String chars, int from) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return s.length();
  }
}
