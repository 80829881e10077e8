package io.papercuts.themes;

import io.papercuts.embed.Vectors;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names a group of sentences the way an analyst would: by what is distinctive about it.
 *
 * <p>Each term ({@link ThemeTerms}) is scored class-based TF-IDF style (as BERTopic's c-TF-IDF):
 * the share of the group's customers whose sentence has it, times {@code ln(1 + N / df)} with df
 * the number of sentences of the whole window that have it, complaint or not. So a word everyone
 * uses everywhere scores low however often the group uses it; generic words
 * ({@link ThemeTerms#isGeneric}) and the corpus's own subject words (<em>ubiquitous</em> terms:
 * in at least 5% of the window's sentences or of one product's, such as "app", "order", the
 * brand) score nothing, so they neither name nor hold a group ("Use grubhub").
 *
 * <p>The label is the best short run of words (2-{@value #MAX_LABEL_WORDS}) in one of the
 * sentences nearest the centroid: it starts and ends on a scored word and maximises the scores of
 * the distinct words it holds minus a cost per word ("chat bubble covers the pay button" ->
 * "Chat bubble covers pay button", articles and possessives dropped). A group whose best run
 * holds fewer than two scored words is not named (it is not a concrete issue), nor is one whose
 * label's words occur in the sentences of under {@value #MIN_COVERAGE} of its customers (the
 * group shares no wording, only a vague mood), nor one where no keyphrase (noun phrase) is shared
 * by {@value #MIN_WHAT_SHARE} of its customers (a complaint about nothing in particular: "stay
 * away", "very frustrating"). Stateless.
 */
public final class ClusterNamer {

  static final int MAX_LABEL_WORDS = 6;
  /**
   * Least share of the group's customers whose sentence shares one keyphrase (a noun phrase: what
   * the complaint is about); "stay away", "very frustrating" are about nothing in particular.
   */
  static final double MIN_WHAT_SHARE = 0.2;
  /** Least share of the group's customers whose sentence has one of the label's words. */
  static final double MIN_COVERAGE = 0.4;
  private static final int LABEL_CANDIDATES = 15;
  private static final int TOP_PHRASES = 5;
  /** Cost per word of a label, as a share of the best term's score. */
  private static final double WORD_COST = 0.12;
  private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'\\-]*");
  /**
   * Where a label may not cross: punctuation and the words that join clauses ("the chat bubble
   * covers the pay button because ..." is named from one side).
   */
  private static final Pattern CLAUSE_BREAK = Pattern.compile(
      "[,.;:!?()\\[\\]\"\u2013\u2014]+|\\s-+\\s|(?i)\\b(?:because|but|and|so|although|though|"
          + "while|since|unless|until|whereas|however|if|when|then|or)\\b");
  private static final Set<String> DROPPED_IN_LABEL = Set.of("the", "a", "an", "my", "your",
      "our", "their", "his", "her", "its", "this", "that", "these", "those", "some");

  /** A sentence to name from: text, keyphrases, vector, customers who wrote it. */
  public record Member(String text, List<String> keyphrases, float[] vector, double customers) {
  }

  /** The name of a group. */
  public record Name(String label, List<String> topPhrases, String representative,
      List<String> terms) {
  }

  private final Map<String, Long> documentFrequency;
  private final long sentences;
  private final Set<String> ubiquitous;

  /**
   * @param documentFrequency term -&gt; sentences of the window that have it (terms missing count
   *     as 1)
   * @param sentences sentences in the window
   */
  public ClusterNamer(Map<String, Long> documentFrequency, long sentences) {
    this(documentFrequency, sentences, Set.of());
  }

  /**
   * @param ubiquitous the corpus's subject words (see the class comment): a term all of whose
   *     words are ubiquitous or generic scores nothing
   */
  public ClusterNamer(Map<String, Long> documentFrequency, long sentences,
      Set<String> ubiquitous) {
    this.documentFrequency = documentFrequency;
    this.sentences = Math.max(1, sentences);
    this.ubiquitous = Set.copyOf(ubiquitous);
  }

  /** Share of the window's (or one product's) sentences from which a term is ubiquitous. */
  public static final double UBIQUITOUS_SHARE = 0.05;

  /** True when every word of the term is ubiquitous or generic ("app", "grubhub order"). */
  boolean isSubjectOrGeneric(String term) {
    if (ubiquitous.contains(term)) {
      return true;
    }
    for (String w : term.split(" ")) {
      String singular = w.endsWith("s") ? w.substring(0, w.length() - 1) : w;
      if (!ubiquitous.contains(w) && !ubiquitous.contains(singular) && !ThemeTerms.isGeneric(w)) {
        return false;
      }
    }
    return true;
  }

  /** The name, or null when the group has no distinctive run of two or more words. */
  public Name name(List<Member> members, float[] centroid) {
    Map<String, Double> score = scores(members);
    if (score.isEmpty() || whatShare(members) < MIN_WHAT_SHARE) {
      return null;
    }
    List<Member> nearest = new ArrayList<>(members);
    nearest.sort(Comparator.comparingDouble((Member m) -> -Vectors.dot(m.vector(), centroid))
        .thenComparing(Member::text));
    double best = score.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
    String label = null;
    double labelValue = Double.NEGATIVE_INFINITY;
    for (Member m : nearest.subList(0, Math.min(LABEL_CANDIDATES, nearest.size()))) {
      Span s = bestRun(m.text(), score, best * WORD_COST);
      if (s != null && s.value > labelValue + 1e-12) {
        labelValue = s.value;
        label = s.label;
      }
    }
    if (label == null || coverage(members, label, score) < MIN_COVERAGE) {
      return null;
    }
    return new Name(label, topPhrases(score), representative(nearest), topTerms(score));
  }

  /**
   * The share of the members' customers whose sentence has a scored word of the label: a label
   * from one odd sentence ("happened 3 times") speaks for few and is no name for the group.
   */
  private static double coverage(List<Member> members, String label, Map<String, Double> score) {
    Set<String> words = new java.util.HashSet<>();
    for (String w : label.split(" ")) {
      String c = ThemeTerms.clean(w);
      if (score.containsKey(c)) {
        words.add(c);
      }
    }
    double covered = 0;
    double total = 0;
    for (Member m : members) {
      total += m.customers();
      for (String w : ThemeTerms.words(m.text())) {
        if (words.contains(w)) {
          covered += m.customers();
          break;
        }
      }
    }
    return total == 0 ? 0 : covered / total;
  }

  /** The largest share of the members' customers that one non-generic keyphrase reaches. */
  private static double whatShare(List<Member> members) {
    Map<String, Double> weight = new HashMap<>();
    double total = 0;
    for (Member m : members) {
      total += m.customers();
      Set<String> seen = new java.util.HashSet<>();
      for (String k : m.keyphrases()) {
        String n = DiscoveredTheme.normalise(k);
        if (!n.isEmpty() && !ThemeTerms.isGeneric(n) && seen.add(n)) {
          weight.merge(n, m.customers(), Double::sum);
        }
      }
    }
    double best = 0;
    for (double w : weight.values()) {
      best = Math.max(best, w);
    }
    return total == 0 ? 0 : best / total;
  }

  /** c-TF-IDF per term of the members, generic and ubiquitous terms left out. */
  Map<String, Double> scores(List<Member> members) {
    Map<String, Double> weight = new HashMap<>();
    double total = 0;
    for (Member m : members) {
      total += m.customers();
      for (String t : ThemeTerms.of(m.text(), m.keyphrases())) {
        weight.merge(t, m.customers(), Double::sum);
      }
    }
    Map<String, Double> out = new HashMap<>();
    for (Map.Entry<String, Double> e : weight.entrySet()) {
      if (isSubjectOrGeneric(e.getKey())) {
        continue;
      }
      long df = Math.max(1, documentFrequency.getOrDefault(e.getKey(), 1L));
      out.put(e.getKey(), e.getValue() / total * Math.log(1.0 + (double) sentences / df));
    }
    return out;
  }

  /** The {@value DiscoveredTheme#TERMS} best terms, best first (what {@link DiscoveredTheme#matches} uses). */
  private static List<String> topTerms(Map<String, Double> score) {
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (int i = 0; i < Math.min(DiscoveredTheme.TERMS, ranked.size()); i++) {
      out.add(ranked.get(i).getKey());
    }
    return List.copyOf(out);
  }

  private static List<String> topPhrases(Map<String, Double> score) {
    List<Map.Entry<String, Double>> ranked = new ArrayList<>(score.entrySet());
    ranked.sort(Map.Entry.<String, Double>comparingByValue().reversed()
        .thenComparing(Map.Entry.comparingByKey()));
    List<String> out = new ArrayList<>();
    for (Map.Entry<String, Double> e : ranked) {
      String t = e.getKey();
      boolean covered = false;
      for (String chosen : out) {
        if ((" " + chosen + " ").contains(" " + t + " ") || (" " + t + " ").contains(" " + chosen + " ")) {
          covered = true;
          break;
        }
      }
      if (!covered) {
        out.add(t);
      }
      if (out.size() == TOP_PHRASES) {
        break;
      }
    }
    return List.copyOf(out);
  }

  /** The nearest member of readable length, else the nearest. */
  private static String representative(List<Member> nearest) {
    for (Member m : nearest) {
      if (m.text().length() >= 20 && m.text().length() <= 240) {
        return m.text();
      }
    }
    return nearest.get(0).text();
  }

  private record Span(String label, double value) {
  }

  /** The best 2..MAX_LABEL_WORDS-word run within one clause of the text, or null. */
  private static Span bestRun(String text, Map<String, Double> score, double wordCost) {
    Span best = null;
    for (String clause : CLAUSE_BREAK.split(text)) {
      Span s = bestRunInClause(clause, score, wordCost);
      if (s != null && (best == null || s.value > best.value + 1e-12)) {
        best = s;
      }
    }
    return best;
  }

  private static Span bestRunInClause(String clause, Map<String, Double> score,
      double wordCost) {
    List<String> words = new ArrayList<>();
    Matcher m = TOKEN.matcher(clause);
    while (m.find()) {
      words.add(m.group());
    }
    double[] s = new double[words.size()];
    for (int i = 0; i < s.length; i++) {
      s[i] = score.getOrDefault(ThemeTerms.clean(words.get(i)), 0.0);
    }
    Span best = null;
    for (int i = 0; i < s.length; i++) {
      if (s[i] <= 0) {
        continue;
      }
      for (int j = i + 1; j < Math.min(s.length, i + MAX_LABEL_WORDS); j++) {
        if (s[j] <= 0) {
          continue;
        }
        Set<String> distinct = new LinkedHashSet<>();
        double value = 0;
        for (int k = i; k <= j; k++) {
          String w = ThemeTerms.clean(words.get(k));
          if (s[k] > 0 && distinct.add(w)) {
            value += s[k];
          }
        }
        // Two-word keyphrases inside the run count again: "pay button" is more than its words.
        for (int k = i; k < j; k++) {
          value += score.getOrDefault(ThemeTerms.clean(words.get(k)) + " "
              + ThemeTerms.clean(words.get(k + 1)), 0.0);
        }
        value -= wordCost * (j - i + 1);
        if (distinct.size() >= 2 && (best == null || value > best.value + 1e-12)) {
          best = new Span(label(words.subList(i, j + 1)), value);
        }
      }
    }
    return best;
  }

  private static String label(List<String> run) {
    List<String> kept = new ArrayList<>();
    for (String w : run) {
      if (!DROPPED_IN_LABEL.contains(w.toLowerCase(Locale.ROOT))) {
        kept.add(w.equals(w.toUpperCase(Locale.ROOT)) && w.length() > 1 ? w
            : w.toLowerCase(Locale.ROOT));
      }
    }
    String l = String.join(" ", kept);
    return l.substring(0, 1).toUpperCase(Locale.ROOT) + l.substring(1);
  }
}
