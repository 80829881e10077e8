package io.papercuts.cues;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A lexicon phrase compiled for matching against {@link Units}. Written as plain words
 * ("never heard back"), each word matches a unit whose lower-cased word or lemma equals it, so
 * "heard" matches only "heard" while "hear" matches every form of the verb. Punctuation between
 * words in the text is skipped. Extras: {@code <num>} is a number above one ("3", "three");
 * {@code ...} skips up to three words; a leading {@code ^} anchors at the sentence start;
 * {@code word/TAG} also requires the Penn tag to start with TAG, and an asterisk in place of the
 * word is any word with that tag ("keep", asterisk, "/VBG" matches "keeps crashing"). Contractions in a phrase are split
 * the way CoreNLP splits them ("didn't" = "did" + "not"). Immutable.
 */
final class PhrasePattern {

  static final int GAP_WORDS = 3;

  private static final Set<String> NUMBER_WORDS = Set.of("two", "three", "four", "five", "six",
      "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen", "twenty", "dozen");
  private static final Map<String, String> CLITICS = Map.of(
      "'m", "be", "'re", "be", "'ve", "have", "'ll", "will");
  private static final Map<String, String> NEGATED_STEMS = Map.of(
      "ca", "can", "wo", "will", "sha", "shall");

  private enum Kind { WORD, PUNCT, NUMBER, GAP, ANY }

  private record Element(Kind kind, String form, String tag) {
  }

  private final List<Element> elements;
  private final boolean anchored;

  private PhrasePattern(List<Element> elements, boolean anchored) {
    this.elements = List.copyOf(elements);
    this.anchored = anchored;
  }

  /** Compiles a phrase; throws IllegalArgumentException when it has no word to match. */
  static PhrasePattern compile(String phrase) {
    List<Element> out = new ArrayList<>();
    boolean anchored = false;
    String[] words = phrase.strip().toLowerCase(Locale.ROOT).replace('\u2019', '\'').split("\\s+");
    for (int i = 0; i < words.length; i++) {
      String w = words[i];
      if (w.isEmpty()) {
        continue;
      }
      if (i == 0 && w.equals("^")) {
        anchored = true;
      } else if (w.equals("...")) {
        out.add(new Element(Kind.GAP, "", ""));
      } else if (w.equals("<num>")) {
        out.add(new Element(Kind.NUMBER, "", ""));
      } else {
        addWord(w, out);
      }
    }
    if (out.isEmpty() || out.get(0).kind() == Kind.GAP || out.get(out.size() - 1).kind() == Kind.GAP) {
      throw new IllegalArgumentException("phrase needs a word at both ends: '" + phrase + "'");
    }
    return new PhrasePattern(out, anchored);
  }

  private static void addWord(String raw, List<Element> out) {
    String w = raw;
    String tag = "";
    int slash = w.lastIndexOf('/');
    if (slash > 0 && slash < w.length() - 1 && w.substring(slash + 1).chars().allMatch(Character::isLetter)) {
      tag = w.substring(slash + 1).toUpperCase(Locale.ROOT);
      w = w.substring(0, slash);
    }
    if (w.equals("*")) {
      out.add(new Element(Kind.ANY, "", tag));
      return;
    }
    if (Units.isPunct(w)) {
      out.add(new Element(Kind.PUNCT, w, ""));
      return;
    }
    List<Element> trailing = new ArrayList<>();
    while (w.length() > 1 && Units.isPunct(w.substring(w.length() - 1))
        && w.charAt(w.length() - 1) != '\'') {
      trailing.add(0, new Element(Kind.PUNCT, w.substring(w.length() - 1), ""));
      w = w.substring(0, w.length() - 1);
    }
    if (w.endsWith("n't") && w.length() > 3) {
      String stem = w.substring(0, w.length() - 3);
      out.add(new Element(Kind.WORD, NEGATED_STEMS.getOrDefault(stem, stem), tag));
      out.add(new Element(Kind.WORD, "not", ""));
    } else if (w.indexOf('\'') > 0 && CLITICS.containsKey(w.substring(w.indexOf('\'')))) {
      out.add(new Element(Kind.WORD, w.substring(0, w.indexOf('\'')), tag));
      out.add(new Element(Kind.WORD, CLITICS.get(w.substring(w.indexOf('\''))), ""));
    } else if (w.indexOf('-') > 0 && !w.endsWith("-")) {
      for (String part : w.split("-+")) {
        out.add(new Element(Kind.WORD, part, tag));
      }
    } else {
      out.add(new Element(Kind.WORD, Units.normalize(w), tag));
    }
    out.addAll(trailing);
  }

  /** The form the first element needs, or null when it is a number (matched by any unit). */
  String firstForm() {
    Element e = elements.get(0);
    return e.kind() == Kind.WORD || e.kind() == Kind.PUNCT ? e.form() : null;
  }

  /**
   * Tries to match starting exactly at unit {@code start}; returns the unit index after the match
   * (exclusive), or -1. A match must start and end on token boundaries, so "hassle" does not match
   * inside "hassle-free".
   */
  int matchAt(Units units, int start) {
    if (anchored && start != units.firstWordUnit()) {
      return -1;
    }
    if (!units.get(start).firstPart()) {
      return -1;
    }
    int end = match(units, 0, start, true);
    return end > 0 && units.get(end - 1).lastPart() ? end : -1;
  }

  private int match(Units units, int el, int pos, boolean first) {
    if (el == elements.size()) {
      return pos;
    }
    Element e = elements.get(el);
    if (e.kind() == Kind.GAP) {
      int p = pos;
      for (int skipped = 0; skipped <= GAP_WORDS && p <= units.size(); skipped++) {
        int end = match(units, el + 1, p, false);
        if (end > 0) {
          return end;
        }
        p = nextWord(units, p);
        if (p < 0) {
          return -1;
        }
        p++;
      }
      return -1;
    }
    int p = pos;
    if (!first && e.kind() != Kind.PUNCT) {
      while (p < units.size() && units.get(p).punct()) {
        p++;
      }
    }
    if (p >= units.size() || !accepts(e, units.get(p))) {
      return -1;
    }
    return match(units, el + 1, p + 1, false);
  }

  private static int nextWord(Units units, int from) {
    int p = from;
    while (p < units.size() && units.get(p).punct()) {
      p++;
    }
    return p < units.size() ? p : -1;
  }

  private static boolean accepts(Element e, Units.Unit u) {
    if (!e.tag().isEmpty() && !u.pos().startsWith(e.tag())) {
      return false;
    }
    return switch (e.kind()) {
      case WORD, PUNCT -> u.hasForm(e.form());
      case NUMBER -> !u.punct() && !u.word().equals("1") && !u.word().equals("one")
          && (u.pos().equals("CD") || NUMBER_WORDS.contains(u.word()));
      case ANY -> !u.punct();
      case GAP -> false;
    };
  }
}
