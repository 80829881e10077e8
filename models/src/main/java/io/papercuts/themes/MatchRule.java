package io.papercuts.themes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One theme rule over lemmas: groups of alternatives that must all occur close together in a
 * sentence, and groups that must not occur in it at all.
 *
 * <p>Syntax (one rule; a taxonomy cell holds several separated by {@code ;}):
 * <pre>
 *   rule    := part (" " part)*
 *   part    := "{" phrase ("|" phrase)* "}"     required group: one of the phrases must occur
 *            | "!{" phrase ("|" phrase)* "}"    absent group: none of the phrases may occur
 *            | "~" N                            window, 1..50 tokens (default 8)
 *   phrase  := word (" " word)*                 consecutive tokens
 *   word    := lemma | prefix"*" | "_"          "_" is any one token
 * </pre>
 * Example: {@code {email|newsletter|promo*} {twice|same|duplicate|keep get} !{support} ~8}.
 *
 * <p>A word matches a token when it equals the token's lemma or its lower-cased surface form
 * (a prefix word when either starts with the prefix). Lemmas are CoreNLP's, so pronouns are
 * lemmatised too: write "call i back" for "call me back" and "we" for "our". Hyphen tokens are
 * ignored in the sentence, and a hyphenated rule word ("auto-renew*") also matches its parts as
 * separate tokens. Each required group must match its own tokens (no sharing), and the whole
 * match, from its first to its last token, must span at most the window. Absent groups apply to
 * the whole sentence. Order does not matter.
 *
 * <p>Immutable and thread-safe.
 */
public final class MatchRule implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final int DEFAULT_WINDOW = 8;
  public static final int MAX_WINDOW = 50;

  private static final String ANY = "_";

  private final String source;
  private final List<List<List<String>>> required;
  private final List<List<List<String>>> absent;
  private final int window;

  private MatchRule(String source, List<List<List<String>>> required,
      List<List<List<String>>> absent, int window) {
    this.source = source;
    this.required = required;
    this.absent = absent;
    this.window = window;
  }

  /** Parses one rule; the message of the exception says what is wrong and where. */
  public static MatchRule parse(String text) {
    String src = text.strip();
    List<List<List<String>>> required = new ArrayList<>();
    List<List<List<String>>> absent = new ArrayList<>();
    int window = DEFAULT_WINDOW;
    boolean windowSet = false;
    int i = 0;
    while (i < src.length()) {
      char c = src.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '{' || (c == '!' && i + 1 < src.length() && src.charAt(i + 1) == '{')) {
        int open = c == '{' ? i : i + 1;
        int close = src.indexOf('}', open);
        if (close < 0) {
          throw error(src, "unclosed '{'");
        }
        List<List<String>> group = parseGroup(src, src.substring(open + 1, close));
        (c == '!' ? absent : required).add(group);
        i = close + 1;
      } else if (c == '~') {
        int end = i + 1;
        while (end < src.length() && Character.isDigit(src.charAt(end))) {
          end++;
        }
        if (end == i + 1 || windowSet) {
          throw error(src, windowSet ? "window given twice" : "'~' must be followed by a number");
        }
        window = Integer.parseInt(src.substring(i + 1, end));
        if (window < 1 || window > MAX_WINDOW) {
          throw error(src, "window must be 1.." + MAX_WINDOW);
        }
        windowSet = true;
        i = end;
      } else {
        int end = i;
        while (end < src.length() && !Character.isWhitespace(src.charAt(end))) {
          end++;
        }
        throw error(src, "unexpected '" + src.substring(i, end) + "' (groups are written {a|b})");
      }
    }
    if (required.isEmpty()) {
      throw error(src, "needs at least one required group {..}");
    }
    return new MatchRule(src, List.copyOf(required), List.copyOf(absent), window);
  }

  private static List<List<String>> parseGroup(String src, String body) {
    if (body.contains("{")) {
      throw error(src, "nested '{'");
    }
    List<List<String>> alternatives = new ArrayList<>();
    for (String alt : body.split("\\|", -1)) {
      String phrase = alt.strip().toLowerCase(Locale.ROOT);
      if (phrase.isEmpty()) {
        throw error(src, "empty alternative in {" + body + "}");
      }
      List<String> words = List.of(phrase.split("\\s+"));
      for (String w : words) {
        int star = w.indexOf('*');
        if (star >= 0 && (star != w.length() - 1 || w.length() == 1)) {
          throw error(src, "'*' only ends a word, after at least one letter: '" + w + "'");
        }
        if (w.contains("!") || w.contains("~") || w.contains("}")) {
          throw error(src, "unexpected character in '" + w + "'");
        }
      }
      alternatives.addAll(hyphenVariants(words));
    }
    return List.copyOf(alternatives);
  }

  /** "auto-renew*" is one token in some texts and three ("auto", "-", "renewed") in others. */
  private static List<List<String>> hyphenVariants(List<String> words) {
    List<List<String>> variants = new ArrayList<>();
    variants.add(new ArrayList<>());
    for (String w : words) {
      String[] parts = w.split("-");
      boolean splittable = parts.length > 1 && !w.startsWith("-") && !w.endsWith("-");
      List<List<String>> next = new ArrayList<>();
      for (List<String> v : variants) {
        List<String> joined = new ArrayList<>(v);
        joined.add(w);
        next.add(joined);
        if (splittable) {
          List<String> split = new ArrayList<>(v);
          split.addAll(List.of(parts));
          next.add(split);
        }
      }
      variants = next;
    }
    List<List<String>> out = new ArrayList<>(variants.size());
    for (List<String> v : variants) {
      out.add(List.copyOf(v));
    }
    return out;
  }

  private static IllegalArgumentException error(String src, String what) {
    return new IllegalArgumentException("bad rule '" + src + "': " + what);
  }

  /** The rule as written. */
  public String source() {
    return source;
  }

  public int window() {
    return window;
  }

  /**
   * The tightest match in the sentence as {first, last} view token indices (inclusive), or null
   * when the rule does not match.
   */
  int[] find(SentenceView s) {
    // Required words first: most rules fail there, before the (rarer) exclusions are looked up.
    List<List<int[]>> hits = new ArrayList<>(required.size());
    for (List<List<String>> group : required) {
      List<int[]> occ = occurrences(s, group);
      if (occ.isEmpty()) {
        return null;
      }
      hits.add(occ);
    }
    for (List<List<String>> group : absent) {
      if (!occurrences(s, group).isEmpty()) {
        return null;
      }
    }
    int[] best = {-1, -1};
    search(hits, 0, new boolean[s.size()], Integer.MAX_VALUE, -1, best);
    return best[0] < 0 ? null : best;
  }

  /** Backtracking over one occurrence per group; groups are few and occurrences rare. */
  private void search(List<List<int[]>> hits, int g, boolean[] used, int first, int last,
      int[] best) {
    if (g == hits.size()) {
      if (best[0] < 0 || last - first < best[1] - best[0]) {
        best[0] = first;
        best[1] = last;
      }
      return;
    }
    for (int[] occ : hits.get(g)) {
      int f = Math.min(first, occ[0]);
      int l = Math.max(last, occ[1]);
      if (l - f + 1 > window || overlaps(used, occ)) {
        continue;
      }
      mark(used, occ, true);
      search(hits, g + 1, used, f, l, best);
      mark(used, occ, false);
    }
  }

  private static boolean overlaps(boolean[] used, int[] occ) {
    for (int k = occ[0]; k <= occ[1]; k++) {
      if (used[k]) {
        return true;
      }
    }
    return false;
  }

  private static void mark(boolean[] used, int[] occ, boolean value) {
    for (int k = occ[0]; k <= occ[1]; k++) {
      used[k] = value;
    }
  }

  /** Every {first, last} token span where one of the group's phrases occurs. */
  private static List<int[]> occurrences(SentenceView s, List<List<String>> group) {
    List<int[]> out = new ArrayList<>();
    for (List<String> phrase : group) {
      String anchor = anchor(phrase);
      if (anchor != null && !s.has(anchor)) {
        continue;
      }
      for (int start = 0; start + phrase.size() <= s.size(); start++) {
        if (matchesAt(s, phrase, start)) {
          out.add(new int[] {start, start + phrase.size() - 1});
        }
      }
    }
    return out;
  }

  /** A word of the phrase that must occur verbatim (no wildcard), or null. */
  private static String anchor(List<String> phrase) {
    for (String p : phrase) {
      if (!p.isEmpty() && !ANY.equals(p) && p.charAt(p.length() - 1) != '*') {
        return p;
      }
    }
    return null;
  }

  private static boolean matchesAt(SentenceView s, List<String> phrase, int start) {
    for (int k = 0; k < phrase.size(); k++) {
      if (!wordMatches(phrase.get(k), s.lemma(start + k), s.word(start + k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean wordMatches(String pattern, String lemma, String word) {
    if (ANY.equals(pattern)) {
      return true;
    }
    int last = pattern.length() - 1;
    if (pattern.charAt(last) == '*') {
      return lemma.regionMatches(0, pattern, 0, last) || word.regionMatches(0, pattern, 0, last);
    }
    return pattern.equals(lemma) || pattern.equals(word);
  }

  @Override
  public String toString() {
    return source;
  }
}
