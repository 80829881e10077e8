package io.papercuts.themes;

import io.papercuts.nlp.KeyphraseExtractor;
import io.papercuts.nlp.WordLists;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Chooses discovered themes from complaint keyphrases: frequent phrases that no taxonomy theme
 * covers, with near-duplicates folded together.
 *
 * <p>Needs, per lemmatised keyphrase, the number of distinct customers who used it in a complaint
 * sentence. Best counted only over complaint sentences that matched no taxonomy theme; {@link
 * ThemeMatcher#covers} is a second guard for phrases counted elsewhere. Steps:
 * <ol>
 *   <li>Normalise ({@link DiscoveredTheme#normalise}: "the app" -> "app") and fold spellings that
 *       differ only in spaces or hyphens ("wi-fi", "wifi"); the folded count is the largest of
 *       the variants', a lower bound, because the same customers often use several variants.
 *   <li>Drop stop-ish phrases, made only of generic words ({@code discovery-stop-words.txt}:
 *       "problem", "customer service", "time") and opinion or quantity words shared with
 *       keyphrase extraction ("big problem", "last time"), words under 3 letters, or digits.
 *   <li>Drop phrases a taxonomy theme covers, and phrases used by fewer than {@code
 *       minCustomers} customers.
 *   <li>Take phrases by customers (descending; ties: more words first, then alphabetical). A
 *       phrase whose words contain a chosen phrase's, or are contained in them ("remote" and
 *       "remote control"), or are the same words in another order ("reset password", "password
 *       reset"), is folded into the chosen one instead of becoming a theme of its own.
 * </ol>
 * Deterministic for the same counts, whatever the map's iteration order. Stateless and
 * thread-safe.
 */
public final class ThemeDiscovery {

  private static final Set<String> STOP_WORDS =
      WordLists.load(ThemeDiscovery.class, "discovery-stop-words.txt");
  /** Opinion and quantity words ("big", "last"), shared with keyphrase extraction. */
  private static final Set<String> EVALUATIVE = WordLists.load(KeyphraseExtractor.class,
      "evaluative-adjectives.txt");

  private ThemeDiscovery() {
  }

  /**
   * At most {@code max} discovered themes, most customers first.
   *
   * @param complaintKeyphraseCustomers lemmatised keyphrase -> distinct customers
   * @param covered the taxonomy matcher; covered phrases are not rediscovered
   * @param minCustomers least customers for a theme, at least 1
   */
  public static List<DiscoveredTheme> select(Map<String, Long> complaintKeyphraseCustomers,
      ThemeMatcher covered, long minCustomers, int max) {
    if (minCustomers < 1 || max < 0) {
      throw new IllegalArgumentException("minCustomers must be >= 1 and max >= 0");
    }
    // Sorted input: which spelling names a folded theme must not depend on the map's order.
    Map<String, Long> sorted = new TreeMap<>();
    complaintKeyphraseCustomers.forEach((k, v) -> {
      if (k != null) {
        sorted.put(k, v);
      }
    });
    Map<String, Candidate> byKey = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : sorted.entrySet()) {
      String phrase = DiscoveredTheme.normalise(e.getKey());
      long customers = e.getValue() == null ? 0 : e.getValue();
      if (phrase.isEmpty() || customers <= 0 || isStopish(phrase)) {
        continue;
      }
      String key = phrase.replaceAll("[\\s\\-]+", "");
      Candidate c = byKey.get(key);
      if (c == null) {
        byKey.put(key, new Candidate(phrase, customers));
      } else {
        c.absorbVariant(phrase, customers);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (Candidate c : byKey.values()) {
      if (c.customers >= minCustomers && !covered.covers(c.phrase)) {
        candidates.add(c);
      }
    }
    candidates.sort(Comparator.comparingLong((Candidate c) -> -c.customers)
        .thenComparingInt(c -> -c.words.size())
        .thenComparing(c -> c.phrase));
    List<Candidate> chosen = new ArrayList<>();
    for (Candidate c : candidates) {
      Candidate home = null;
      for (Candidate k : chosen) {
        if (nearDuplicate(k, c)) {
          home = k;
          break;
        }
      }
      if (home != null) {
        home.merged.add(c.phrase);
        home.merged.addAll(c.merged);
      } else if (chosen.size() < max) {
        chosen.add(c);
      }
    }
    List<DiscoveredTheme> out = new ArrayList<>(chosen.size());
    for (Candidate c : chosen) {
      out.add(DiscoveredTheme.of(c.phrase, c.customers, List.copyOf(c.merged)));
    }
    return List.copyOf(out);
  }

  /** True when the phrase is only generic words, short words or numbers. */
  static boolean isStopish(String phrase) {
    for (String w : phrase.split(" ")) {
      boolean generic = STOP_WORDS.contains(w) || EVALUATIVE.contains(w) || w.length() < 3
          || !w.matches(".*\\p{L}.*");
      if (!generic) {
        return false;
      }
    }
    return true;
  }

  private static boolean nearDuplicate(Candidate a, Candidate b) {
    return containsRun(a.words, b.words) || containsRun(b.words, a.words)
        || new TreeSet<>(a.words).equals(new TreeSet<>(b.words));
  }

  /** True when {@code part} occurs in {@code whole} as consecutive words. */
  private static boolean containsRun(List<String> whole, List<String> part) {
    return Collections.indexOfSubList(whole, part) >= 0;
  }

  /** A keyphrase being considered, with the variants folded into it. */
  private static final class Candidate {
    private String phrase;
    private List<String> words;
    private long customers;
    private final List<String> merged = new ArrayList<>();

    Candidate(String phrase, long customers) {
      this.phrase = phrase;
      this.words = List.of(phrase.split(" "));
      this.customers = customers;
    }

    /** The most used spelling names the theme; the others are listed as merged. */
    void absorbVariant(String variant, long variantCustomers) {
      if (variantCustomers > customers) {
        if (!variant.equals(phrase)) {
          merged.add(phrase);
        }
        phrase = variant;
        words = List.of(variant.split(" "));
        customers = variantCustomers;
      } else if (!variant.equals(phrase)) {
        merged.add(variant);
      }
    }
  }
}
