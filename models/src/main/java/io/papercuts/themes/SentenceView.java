package io.papercuts.themes;

import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The tokens a {@link MatchRule} sees: lemmas and lower-cased words, with hyphen tokens removed so
 * that "auto-renewed" (tokenised "auto", "-", "renewed") and "auto renewed" look alike. Keeps the
 * character offsets of each remaining token for the evidence text. Contractions typed without
 * an apostrophe ("cant", "didnt") are split into the verb and "not", as CoreNLP does for "can't".
 */
final class SentenceView {

  /** Contractions typed without an apostrophe stay one token ("cant"); rules expect "not". */
  private static final Map<String, String> BARE_NEGATIONS = Map.ofEntries(
      Map.entry("cant", "can"), Map.entry("wont", "will"), Map.entry("couldnt", "could"),
      Map.entry("wouldnt", "would"), Map.entry("shouldnt", "should"), Map.entry("isnt", "be"),
      Map.entry("wasnt", "be"), Map.entry("arent", "be"), Map.entry("werent", "be"),
      Map.entry("doesnt", "do"), Map.entry("didnt", "do"), Map.entry("dont", "do"),
      Map.entry("hasnt", "have"), Map.entry("havent", "have"), Map.entry("hadnt", "have"),
      Map.entry("aint", "be"));

  private final String text;
  private final String[] lemmas;
  private final String[] words;
  private final int[] begins;
  private final int[] ends;
  private Set<String> vocabulary;

  SentenceView(String text, List<Token> tokens) {
    List<Token> kept = new ArrayList<>(tokens.size());
    for (Token t : tokens) {
      String bare = BARE_NEGATIONS.get(t.word().toLowerCase(Locale.ROOT));
      if (bare != null) {
        // Both halves keep the offsets of the whole word, so evidence text stays exact.
        kept.add(new Token(t.word(), bare, t.pos(), t.begin(), t.end()));
        kept.add(new Token(t.word(), "not", "RB", t.begin(), t.end()));
      } else if (!"HYPH".equals(t.pos())) {
        kept.add(t);
      }
    }
    this.text = text;
    this.lemmas = new String[kept.size()];
    this.words = new String[kept.size()];
    this.begins = new int[kept.size()];
    this.ends = new int[kept.size()];
    for (int i = 0; i < kept.size(); i++) {
      Token t = kept.get(i);
      lemmas[i] = t.lemma().toLowerCase(Locale.ROOT);
      words[i] = t.word().toLowerCase(Locale.ROOT);
      begins[i] = t.begin();
      ends[i] = t.end();
    }
  }

  int size() {
    return lemmas.length;
  }

  String lemma(int i) {
    return lemmas[i];
  }

  String word(int i) {
    return words[i];
  }

  /** Whether some token's lemma or word is {@code w}: most rules are ruled out by one lookup. */
  boolean has(String w) {
    if (vocabulary == null) {
      vocabulary = new HashSet<>(lemmas.length * 4);
      vocabulary.addAll(Arrays.asList(lemmas));
      vocabulary.addAll(Arrays.asList(words));
    }
    return vocabulary.contains(w);
  }

  /**
   * Sentence text from token {@code first} to token {@code last}, inclusive, widened to whole
   * words: a match starting at "n't" shows as "can't", not "n't".
   */
  String text(int first, int last) {
    int f = first;
    while (f > 0 && ends[f - 1] == begins[f] && startsWordy(words[f - 1])) {
      f--;
    }
    int l = last;
    while (l + 1 < size() && begins[l + 1] == ends[l] && startsWordy(words[l + 1])) {
      l++;
    }
    int b = Math.max(0, Math.min(begins[f], text.length()));
    int e = Math.max(b, Math.min(ends[l], text.length()));
    return text.substring(b, e);
  }

  private static boolean startsWordy(String word) {
    return !word.isEmpty() && (Character.isLetterOrDigit(word.charAt(0)) || word.charAt(0) == '\'');
  }
}
