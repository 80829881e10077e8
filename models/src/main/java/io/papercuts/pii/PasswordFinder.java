package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passwords, passcodes and PINs that a customer types into a message: the word after
 * {@code password is|was|:|=} ({@code passcode}, {@code pin}, {@code pin code}, {@code pwd}
 * alike). Only the value is replaced; the cue stays so the sentence still reads. A value that is
 * an ordinary word describing the password ("my password is wrong", "the password was reset",
 * "is case sensitive") is not one, and a PIN must hold a digit. Trailing sentence punctuation
 * other than {@code !} is left out of the value. Stateless and thread-safe.
 */
final class PasswordFinder implements PiiFinder {

  private static final Pattern CUE = Pattern.compile(
      "(?i)(?<![\\p{L}\\p{N}_])(password|passwort|passcode|pass code|pin code|pin number|pin|pwd|pw)"
          + "(?:[ ]?[:=][ ]?|[ ](?:is now|was set to|is still|is|was)(?:[ ]?[:=])?[ ])"
          + "[\"'\\u201C\\u2018]?([^\\s\"'\\u201D\\u2019]{1,64}+)");
  private static final String TRAILING = ".,;:)?";
  private static final Set<String> NOT_SECRETS = Set.of(
      "not", "wrong", "incorrect", "invalid", "expired", "reset", "changed", "correct", "right",
      "required", "the", "a", "an", "too", "still", "now", "no", "never", "always", "being",
      "case", "fine", "ok", "okay", "accepted", "rejected", "same", "different", "long", "short",
      "weak", "strong", "my", "your", "their", "his", "her", "it", "that", "this", "what",
      "which", "and", "or", "but", "so", "very", "also", "just", "only", "sent", "updated",
      "forgotten", "lost", "locked", "blocked", "saved", "stored", "displayed", "shown",
      "visible", "mandatory", "needed", "asked", "requested", "empty", "blank", "emailed",
      "texted", "useless", "impossible", "hard", "easy", "simple", "complicated", "unknown",
      "there", "here", "in", "on", "for", "to", "of", "at", "by", "with", "from", "working",
      "broken", "gone", "set", "new", "old", "because", "when", "if", "why", "how", "all", "any",
      "none", "ignored", "wiped", "deleted", "removed", "leaked", "compromised", "stolen",
      "hacked", "mine", "yours", "one", "two", "secure", "insecure", "safe");

  @Override
  public PiiType type() {
    return PiiType.PASSWORD;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = CUE.matcher(text);
    while (m.find()) {
      int start = m.start(2);
      int end = m.end(2);
      while (end > start && TRAILING.indexOf(text.charAt(end - 1)) >= 0) {
        end--;
      }
      String value = text.substring(start, end);
      if (isSecret(m.group(1).toLowerCase(Locale.ROOT), value)) {
        spans.add(new Span(start, end));
      }
    }
    return spans;
  }

  private static boolean isSecret(String cue, String value) {
    if (value.isEmpty() || value.startsWith("[")) {
      return false;
    }
    boolean hasDigit = value.chars().anyMatch(Character::isDigit);
    if (cue.startsWith("pin") && !hasDigit) {
      return false;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    boolean plainWord = lower.chars().allMatch(Character::isLetter);
    if (plainWord && (NOT_SECRETS.contains(lower)
        || (lower.length() > 4 && (lower.endsWith("ed") || lower.endsWith("ing"))))) {
      return false;
    }
    return true;
  }
}
