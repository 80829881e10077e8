package io.papercuts.themes;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the taxonomy theme a discovered group is a piece of: the sentences no rule took of an
 * issue the taxonomy already names ("Kept pushing offers" when cancelling, "Install appointment
 * was skipped"). Such a group is folded into that theme, so one paper cut stays one theme and its
 * unmatched wordings add to it instead of ranking beside it.
 *
 * <p>A group belongs to a theme when one of the theme's aspects (the keyphrases it covers, in the
 * taxonomy) occurs among the group's distinctive terms, every word of the aspect matching a word
 * of a term (equal, or one a prefix of the other, both at least {@value #MIN_STEM} letters after
 * a plural "s" or a final "e" is dropped: "cancel" / "cancellation", "install" /
 * "installation"). Each match counts 1 / (1 + the term's rank), so a group is folded into the
 * theme its most distinctive terms name; no match, no fold. Stateless.
 */
public final class TaxonomyFolding {

  static final int MIN_STEM = 4;

  private TaxonomyFolding() {
  }

  /** The id of the taxonomy theme {@code terms} (best first) are a piece of, if any. */
  public static Optional<String> themeFor(List<String> terms, List<ThemeDefinition> taxonomy) {
    String best = null;
    double bestScore = 0;
    for (ThemeDefinition theme : taxonomy) {
      double score = 0;
      for (String aspect : theme.aspects()) {
        for (int rank = 0; rank < terms.size(); rank++) {
          if (covers(terms.get(rank), aspect)) {
            score += 1.0 / (1 + rank);
            break;
          }
        }
      }
      if (score > bestScore + 1e-12) {
        bestScore = score;
        best = theme.id();
      }
    }
    return Optional.ofNullable(best);
  }

  /** True when every word of the aspect matches a word of the term. */
  static boolean covers(String term, String aspect) {
    String[] termWords = term.toLowerCase(Locale.ROOT).split("[ \\-]+");
    for (String a : aspect.toLowerCase(Locale.ROOT).split("[ \\-]+")) {
      boolean found = false;
      for (String t : termWords) {
        if (sameWord(t, a)) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  static boolean sameWord(String a, String b) {
    if (a.equals(b)) {
      return true;
    }
    String x = stem(a);
    String y = stem(b);
    if (x.length() < MIN_STEM || y.length() < MIN_STEM) {
      return x.equals(y);
    }
    return x.startsWith(y) || y.startsWith(x);
  }

  private static String stem(String w) {
    String s = w.endsWith("s") && w.length() > 3 ? w.substring(0, w.length() - 1) : w;
    return s.endsWith("e") && s.length() > 3 ? s.substring(0, s.length() - 1) : s;
  }
}
