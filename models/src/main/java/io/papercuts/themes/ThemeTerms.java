package io.papercuts.themes;

import io.papercuts.nlp.KeyphraseExtractor;
import io.papercuts.nlp.WordLists;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The terms a sentence contributes to naming a discovered theme: its normalised keyphrases and
 * its lower-cased words of three or more letters that are not function words. The Spark job
 * counts the same terms over every sentence of the window (how common a term is everywhere) and
 * the namer over a group's members (how common it is there), so both must come from here.
 * Stateless and thread-safe.
 */
public final class ThemeTerms {

  private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}'\\-]*");
  private static final Set<String> FUNCTION_WORDS =
      WordLists.load(ThemeTerms.class, "function-words.txt");
  /** Words that never name an issue on their own: generic nouns, opinion and quantity words. */
  private static final Set<String> GENERIC = union(
      WordLists.load(ThemeTerms.class, "discovery-stop-words.txt"),
      WordLists.load(KeyphraseExtractor.class, "evaluative-adjectives.txt"),
      WordLists.load(KeyphraseExtractor.class, "generic-nouns.txt"));

  private ThemeTerms() {
  }

  /** The sentence's distinct terms, keyphrases first. */
  public static Set<String> of(String text, List<String> keyphrases) {
    Set<String> out = new LinkedHashSet<>();
    if (keyphrases != null) {
      for (String k : keyphrases) {
        String n = DiscoveredTheme.normalise(k);
        if (!n.isEmpty()) {
          out.add(n);
        }
      }
    }
    out.addAll(words(text));
    return out;
  }

  /** The content words of a text, lower-cased, in order (repeats kept). */
  public static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    if (text == null) {
      return out;
    }
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      String w = clean(m.group());
      if (w.length() >= 3 && !FUNCTION_WORDS.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }

  /** Lower-cased, with apostrophe endings ("app's") and edge hyphens dropped. */
  static String clean(String word) {
    String w = word.toLowerCase(Locale.ROOT).replaceAll("'s$|'$", "").replaceAll("^-+|-+$", "");
    return w.replace('\u2019', '\'');
  }

  /** True for a function word ("the", "was", "because"). */
  static boolean isFunctionWord(String word) {
    return FUNCTION_WORDS.contains(word);
  }

  /** True when every word of the term is generic ("customer service", "big problem", "app"). */
  public static boolean isGeneric(String term) {
    for (String w : term.split(" ")) {
      String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      if (!GENERIC.contains(w) && !GENERIC.contains(singular) && !FUNCTION_WORDS.contains(w)
          && w.length() >= 3 && w.matches(".*\\p{L}.*")) {
        return false;
      }
    }
    return true;
  }

  @SafeVarargs
  private static Set<String> union(Set<String>... sets) {
    Set<String> out = new java.util.HashSet<>();
    for (Set<String> s : sets) {
      out.addAll(s);
    }
    return Set.copyOf(out);
  }
}
