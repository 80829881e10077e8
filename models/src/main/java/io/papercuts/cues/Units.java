package io.papercuts.cues;

import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A sentence's tokens cut into matchable units: a hyphenated token ("no-show", "auto-renew") gives
 * one unit per part, so lexicon phrases match whether customers hyphenate or not; any other token
 * gives one unit. Built per sentence; not shared.
 */
final class Units {

  /** One matchable unit: a whole token or one part of a hyphenated token. */
  record Unit(int token, boolean firstPart, boolean lastPart, String word, String lemma, String pos,
      boolean punct) {

    boolean hasForm(String form) {
      return word.equals(form) || lemma.equals(form);
    }
  }

  private final List<Unit> units;
  private final int firstWordUnit;

  Units(List<Token> tokens) {
    List<Unit> out = new ArrayList<>(tokens.size() + 4);
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String word = normalize(t.word().toLowerCase(Locale.ROOT));
      String lemma = normalize(t.lemma().toLowerCase(Locale.ROOT));
      String[] wordParts = splitHyphens(word);
      String[] lemmaParts = splitHyphens(lemma);
      if (lemmaParts.length != wordParts.length) {
        lemmaParts = wordParts;
      }
      for (int p = 0; p < wordParts.length; p++) {
        out.add(new Unit(i, p == 0, p == wordParts.length - 1, wordParts[p], lemmaParts[p],
            t.pos(), isPunct(wordParts[p])));
      }
    }
    this.units = List.copyOf(out);
    int first = 0;
    while (first < units.size() && units.get(first).punct()) {
      first++;
    }
    this.firstWordUnit = first;
  }

  int size() {
    return units.size();
  }

  Unit get(int i) {
    return units.get(i);
  }

  /** Index of the first unit that is not punctuation (for phrases anchored at sentence start). */
  int firstWordUnit() {
    return firstWordUnit;
  }

  /** "n't" and its apostrophe-less spelling are both "not", so one lexicon form covers all. */
  static String normalize(String s) {
    String t = s.replace('\u2019', '\'');
    return switch (t) {
      case "n't", "nt" -> "not";
      default -> t;
    };
  }

  static boolean isPunct(String s) {
    for (int k = 0; k < s.length(); k++) {
      if (Character.isLetterOrDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  /** "no-show" -> [no, show]; a lone or edge hyphen ("-", "-lrb-") is not split. */
  private static String[] splitHyphens(String s) {
    if (s.length() < 3 || s.indexOf('-') <= 0 || s.endsWith("-") || isPunct(s)) {
      return new String[] {s};
    }
    return s.split("-+");
  }
}
