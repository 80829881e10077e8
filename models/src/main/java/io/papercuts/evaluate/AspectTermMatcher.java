package io.papercuts.evaluate;

import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Scores keyphrases against gold aspect terms as in SemEval-2014 Task 4 subtask 1: per sentence,
 * the distinct predicted terms against the distinct gold terms, exact match after normalisation;
 * true positives are terms in both, false positives predicted only, false negatives gold only,
 * summed over all sentences (micro average). A sentence without gold terms still counts its
 * predictions as false positives.
 *
 * <p>Normalisation, so that a gold term and a keyphrase naming the same words compare equal:
 * keyphrases are already lower-cased lemmas of letter-only words joined by one space ("wine
 * list", "price"). A gold term with a span is normalised the same way from the tokens that
 * overlap its span: their lower-cased lemmas, words that are not letters (numbers, punctuation,
 * "'s") left out ("the Prices" -> "the price"; articles are kept, so gold "the menu" does not
 * match keyphrase "menu", as in the official exact match). Without a span or covering tokens,
 * the gold term is lower-cased and split on white space and punctuation other than inner hyphens
 * and apostrophes.
 *
 * <p>Stateless and thread-safe.
 */
public final class AspectTermMatcher {

  private AspectTermMatcher() {
  }

  /** Counts for one sentence. */
  public static PrfCounts score(List<AspectLabel> goldTerms, List<String> keyphrases,
      List<Token> tokens) {
    Set<String> gold = new LinkedHashSet<>();
    for (AspectLabel a : goldTerms) {
      String n = normalize(a, tokens);
      if (!n.isEmpty()) {
        gold.add(n);
      }
    }
    Set<String> predicted = new LinkedHashSet<>();
    for (String k : keyphrases) {
      predicted.add(k.toLowerCase(Locale.ROOT));
    }
    long tp = predicted.stream().filter(gold::contains).count();
    return new PrfCounts(tp, predicted.size() - tp, gold.size() - tp);
  }

  /** A gold term's normal form (see the class comment). */
  public static String normalize(AspectLabel term, List<Token> tokens) {
    if (term.hasSpan()) {
      List<String> words = new ArrayList<>();
      boolean covered = false;
      for (Token t : tokens) {
        if (t.begin() < term.to() && term.from() < t.end()) {
          covered = true;
          String lemma = t.lemma().toLowerCase(Locale.ROOT);
          if (isLetters(lemma)) {
            words.add(lemma);
          }
        }
      }
      if (covered) {
        return String.join(" ", words);
      }
    }
    List<String> words = new ArrayList<>();
    for (String w : term.term().toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}'-]+")) {
      String s = w.replaceAll("^['-]+|['-]+$", "");
      if (isLetters(s)) {
        words.add(s);
      }
    }
    return String.join(" ", words);
  }

  /** Same rule as the keyphrase extractor: letters with inner hyphens or apostrophes. */
  static boolean isLetters(String s) {
    if (s.isEmpty() || !Character.isLetter(s.charAt(0))) {
      return false;
    }
    for (int k = 0; k < s.length(); k++) {
      char c = s.charAt(k);
      if (!Character.isLetter(c) && c != '-' && c != '\'') {
        return false;
      }
    }
    return true;
  }
}
