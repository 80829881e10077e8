package io.papercuts.nlp;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Extracts lemmatised keyphrases from a POS-tagged sentence: noun phrases ("hold time",
 * "marketing email", "invoice") and phrasal-verb friction events ("call back", "log in").
 *
 * <p>A noun phrase is a run of nouns, optionally preceded by descriptive adjectives or participles,
 * capped at {@link #MAX_WORDS} words. Evaluative and quantity adjectives ("great", "long",
 * "other") are dropped from the front because they describe the speaker's opinion, not the aspect:
 * "terrible customer service" and "great customer service" are both about "customer service".
 * Single generic nouns ("thing", "lot") are dropped. Word lists are resources, editable without code.
 *
 * <p>Immutable and thread-safe.
 */
public final class KeyphraseExtractor {

  public static final int MAX_WORDS = 4;

  /** Identifies the extraction rules and word lists; bump it when either changes. */
  public static final String VERSION = "kp1";

  private final Set<String> evaluativeAdjectives;
  private final Set<String> genericNouns;
  private final Set<String> mistaggedNouns;

  public KeyphraseExtractor() {
    this.evaluativeAdjectives =
        WordLists.load(KeyphraseExtractor.class, "evaluative-adjectives.txt");
    this.genericNouns = WordLists.load(KeyphraseExtractor.class, "generic-nouns.txt");
    this.mistaggedNouns = WordLists.load(KeyphraseExtractor.class, "mistagged-nouns.txt");
  }

  /** Keyphrases in order of first appearance, without duplicates. */
  public List<String> extract(List<Token> tokens) {
    Set<String> phrases = new LinkedHashSet<>();
    int i = 0;
    while (i < tokens.size()) {
      int end = nounPhraseEnd(tokens, i);
      if (end > i) {
        addNounPhrase(tokens, i, end, phrases);
        i = end;
      } else {
        addPhrasalVerb(tokens, i, phrases);
        i++;
      }
    }
    return List.copyOf(phrases);
  }

  /** End (exclusive) of a noun phrase starting at {@code start}, or {@code start} if none. */
  private int nounPhraseEnd(List<Token> tokens, int start) {
    int i = start;
    while (i < tokens.size() && isModifier(tokens.get(i).pos())) {
      i++;
    }
    int nounStart = i;
    while (i < tokens.size() && isNoun(tokens.get(i))) {
      i++;
    }
    return i > nounStart ? i : start;
  }

  /** Tagger errors on words such as "inside" or "today" would glue them onto real nouns. */
  private boolean isNoun(Token t) {
    return isNoun(t.pos()) && !mistaggedNouns.contains(t.lemma());
  }

  private void addNounPhrase(List<Token> tokens, int start, int end, Set<String> out) {
    int from = start;
    // Opinion and quantity words in front are not part of the aspect.
    while (from < end && !isNoun(tokens.get(from))
        && (evaluativeAdjectives.contains(tokens.get(from).lemma())
            || !isLetters(tokens.get(from).lemma()))) {
      from++;
    }
    // Keep the last MAX_WORDS words: the head noun is last in English noun phrases.
    from = Math.max(from, end - MAX_WORDS);
    List<String> words = new ArrayList<>(end - from);
    for (int k = from; k < end; k++) {
      String lemma = tokens.get(k).lemma();
      if (isLetters(lemma)) {
        words.add(lemma);
      }
    }
    if (words.isEmpty()) {
      return;
    }
    if (words.size() == 1 && (genericNouns.contains(words.get(0)) || words.get(0).length() < 3)) {
      return;
    }
    out.add(String.join(" ", words));
  }

  /** "call back", "log in", "sign up": a verb directly followed by a particle. */
  private void addPhrasalVerb(List<Token> tokens, int i, Set<String> out) {
    if (i + 1 < tokens.size() && tokens.get(i).pos().startsWith("VB")
        && "RP".equals(tokens.get(i + 1).pos()) && isLetters(tokens.get(i).lemma())) {
      out.add(tokens.get(i).lemma() + " " + tokens.get(i + 1).lemma());
    }
  }

  private static boolean isNoun(String pos) {
    return pos.startsWith("NN");
  }

  /** Adjectives and participles ("damaged box"); not gerunds, which are mostly verbs here. */
  private static boolean isModifier(String pos) {
    return pos.startsWith("JJ") || "VBN".equals(pos);
  }

  /** Letters with inner hyphens or apostrophes ("wi-fi"); rejects numbers, symbols and URLs. */
  private static boolean isLetters(String s) {
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
