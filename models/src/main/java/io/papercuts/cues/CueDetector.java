package io.papercuts.cues;

import io.papercuts.cues.CueLexicon.EntryType;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Finds cues in one analysed sentence: minimisers, contrast, effort, breach, friction, praise and
 * intensifiers, each with its span and whether a negation governs it.
 *
 * <p>How it works, in order:
 * <ol>
 *   <li>Every lexicon phrase is matched on lower-cased words or lemmas ({@link PhrasePattern}).
 *   <li>Idioms of type {@code ignore} ("not only", "nothing but", "have to say", "can't wait")
 *       switch off every other match that touches their words.
 *   <li>Where matches of one type overlap, the longest wins ("keep having to" over "having to").
 *   <li>Negation: each negator ("not", "n't", "never", "no", "no one", "nothing", "without",
 *       "hardly"...) governs the next {@value #NEGATION_WINDOW} tokens, stopping early at
 *       punctuation, at "and"/"but" (not at "or"/"nor"), at a subordinating word ("because",
 *       "although", "if"...), at a wh-word ("why", "which"), at a contrast cue, or at the second
 *       main verb ("didn't offer to comp the wasted glass" does not negate "wasted"). A cue whose first
 *       token lies in that scope is negated, so "not bad at all", "no complaints", "never had a
 *       problem", "nothing to complain about" and "wasn't an issue" negate their friction cue and
 *       "not great", "not happy" negate their praise cue. Negators that are part of a minimiser
 *       ("not a big deal") or of a breach phrase ("never heard back") open no scope, and a negator
 *       never negates the cue it belongs to.
 *   <li>Exceptions: a praise cue in the comparative stays positive under "could not"/"can't" or
 *       "never" ("couldn't be happier", "never been better"), and so does praise in a scope that
 *       contains "enough" ("can't recommend them enough"). A friction cue directly followed by
 *       "free" is negated ("problem free"); hyphenated "hassle-free" never matches "hassle".
 *   <li>An {@code unmet} entry ("work", "arrive", "call back", "show up") becomes a breach cue only
 *       when negated, spanning from the negator (and the auxiliary before "not": "didn't work",
 *       "never arrived", "no one called", "still not fixed"); otherwise it is dropped.
 *   <li>A contrast cue that is part of a negator ("anything but") is dropped; friction and praise
 *       cues inside a longer minimiser ("small thing", "could be better") are dropped, because the
 *       minimiser already says what they say.
 * </ol>
 *
 * <p>Immutable and thread-safe: the lexicon is read-only and each call works on its own state.
 */
public final class CueDetector {

  /** Tokens after a negator that it can govern. */
  public static final int NEGATION_WINDOW = 5;

  private static final Set<String> SUBORDINATORS = Set.of("because", "since", "although",
      "though", "while", "whereas", "if", "unless", "until", "after", "before", "so", "cause",
      "whether");
  private static final Set<String> NON_BOUNDARY_CONJUNCTIONS = Set.of("or", "nor");
  private static final Set<String> AUXILIARIES = Set.of("do", "be", "have", "can", "could",
      "will", "would", "shall", "should", "may", "might", "must");

  private final CueLexicon lexicon;

  /** A detector on the default lexicon. */
  public CueDetector() {
    this(CueLexicon.defaults());
  }

  public CueDetector(CueLexicon lexicon) {
    this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
  }

  /** The lexicon this detector matches. */
  public CueLexicon lexicon() {
    return lexicon;
  }

  /** Cues in order of position (then type); empty for a sentence without tokens. */
  public List<Cue> detect(AnalyzedSentence sentence) {
    List<Token> tokens = sentence.tokens();
    if (tokens.isEmpty()) {
      return List.of();
    }
    List<Match> matches = longestPerType(withoutIgnored(match(new Units(tokens))));
    List<Match> negators = activeNegators(matches);
    boolean[] boundary = boundaries(tokens, matches);

    List<Cue> cues = new ArrayList<>();
    for (Match m : matches) {
      CueType type = m.type().cueType();
      if (m.type() == EntryType.UNMET) {
        Match n = governingNegator(m, negators, tokens, boundary);
        if (n != null) {
          int start = negationStart(n, tokens);
          cues.add(cue(sentence, CueType.BREACH, start, m.end(), false));
        }
      } else if (type != null) {
        if (type == CueType.CONTRAST && overlapsAny(m, negators)) {
          continue;
        }
        Match n = governingNegator(m, negators, tokens, boundary);
        boolean negated = n != null && !exempt(m, n, tokens, boundary);
        if (type == CueType.FRICTION && followedByFree(m, tokens)) {
          negated = true;
        }
        cues.add(cue(sentence, type, m.start(), m.end(), negated));
      }
    }
    return finish(cues);
  }

  /** A matched lexicon entry, in token positions. */
  private record Match(EntryType type, int start, int end) {
    int length() {
      return end - start;
    }

    boolean inside(Match other) {
      return start >= other.start && end <= other.end;
    }
  }

  private List<Match> match(Units units) {
    List<Match> out = new ArrayList<>();
    for (int i = 0; i < units.size(); i++) {
      Units.Unit u = units.get(i);
      if (!u.firstPart()) {
        continue;
      }
      tryAll(lexicon.candidates(u.word()), units, i, out);
      if (!u.lemma().equals(u.word())) {
        tryAll(lexicon.candidates(u.lemma()), units, i, out);
      }
      tryAll(lexicon.anyStart(), units, i, out);
    }
    return out;
  }

  private static void tryAll(List<CueLexicon.Compiled> candidates, Units units, int start,
      List<Match> out) {
    for (CueLexicon.Compiled c : candidates) {
      int end = c.pattern().matchAt(units, start);
      if (end > 0) {
        Match m = new Match(c.entry().type(), units.get(start).token(),
            units.get(end - 1).token() + 1);
        if (!out.contains(m)) {
          out.add(m);
        }
      }
    }
  }

  private static List<Match> withoutIgnored(List<Match> matches) {
    List<Match> ignored = matches.stream().filter(m -> m.type() == EntryType.IGNORE).toList();
    return matches.stream()
        .filter(m -> m.type() != EntryType.IGNORE && !overlapsAny(m, ignored))
        .toList();
  }

  private static List<Match> longestPerType(List<Match> matches) {
    List<Match> sorted = new ArrayList<>(matches);
    sorted.sort(Comparator.comparingInt(Match::length).reversed()
        .thenComparingInt(Match::start));
    List<Match> kept = new ArrayList<>();
    for (Match m : sorted) {
      boolean clash = kept.stream().anyMatch(k -> k.type() == m.type()
          && k.start() < m.end() && m.start() < k.end());
      if (!clash) {
        kept.add(m);
      }
    }
    kept.sort(Comparator.comparingInt(Match::start).thenComparing(Match::type));
    return kept;
  }

  /** Negators outside minimiser and breach idioms ("not a big deal", "never heard back"). */
  private static List<Match> activeNegators(List<Match> matches) {
    List<Match> idioms = matches.stream()
        .filter(m -> m.type() == EntryType.MINIMIZER || m.type() == EntryType.BREACH)
        .toList();
    return matches.stream()
        .filter(m -> m.type() == EntryType.NEGATOR)
        .filter(n -> idioms.stream().noneMatch(n::inside))
        .toList();
  }

  private static boolean[] boundaries(List<Token> tokens, List<Match> matches) {
    boolean[] b = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      String lemma = t.lemma().toLowerCase(Locale.ROOT);
      String pos = t.pos();
      b[i] = Units.isPunct(t.word()) || pos.startsWith("-")
          || (pos.equals("CC") && !NON_BOUNDARY_CONJUNCTIONS.contains(lemma))
          || (pos.equals("IN") && SUBORDINATORS.contains(lemma))
          || pos.startsWith("W");
    }
    for (Match m : matches) {
      if (m.type() == EntryType.CONTRAST) {
        b[m.start()] = true;
      }
    }
    return b;
  }

  /** The nearest negator before {@code m} whose scope reaches m's first token, or null. */
  private static Match governingNegator(Match m, List<Match> negators, List<Token> tokens,
      boolean[] boundary) {
    Match best = null;
    for (Match n : negators) {
      if (n.end() <= m.start() && m.start() < scopeEnd(n, tokens, boundary)
          && (best == null || n.end() > best.end())) {
        best = n;
      }
    }
    return best;
  }

  private static int scopeEnd(Match n, List<Token> tokens, boolean[] boundary) {
    int limit = Math.min(tokens.size(), n.end() + NEGATION_WINDOW);
    int verbs = 0;
    for (int i = n.end(); i < limit; i++) {
      if (boundary[i]) {
        return i;
      }
      // "didn't offer to comp the wasted glass": the second verb starts a new event.
      if (isMainVerb(tokens.get(i)) && ++verbs == 2) {
        return i;
      }
    }
    return limit;
  }

  private static boolean isMainVerb(Token t) {
    return t.pos().startsWith("VB") && !AUXILIARIES.contains(t.lemma().toLowerCase(Locale.ROOT));
  }

  /** "couldn't be happier", "never been better", "can't recommend them enough". */
  private static boolean exempt(Match m, Match n, List<Token> tokens, boolean[] boundary) {
    if (m.type() != EntryType.PRAISE) {
      return false;
    }
    for (int i = n.end(); i < scopeEnd(n, tokens, boundary); i++) {
      if (tokens.get(i).lemma().equalsIgnoreCase("enough")) {
        return true;
      }
    }
    String pos = tokens.get(m.start()).pos();
    if (!pos.equals("JJR") && !pos.equals("RBR")) {
      return false;
    }
    String negator = tokens.get(n.start()).lemma().toLowerCase(Locale.ROOT);
    if (negator.equals("never")) {
      return true;
    }
    if (n.start() == 0) {
      return false;
    }
    String before = tokens.get(n.start() - 1).lemma().toLowerCase(Locale.ROOT);
    return before.equals("can") || before.equals("could");
  }

  /** "problem free", "hassle - free" (CoreNLP may split the hyphen off). */
  private static boolean followedByFree(Match m, List<Token> tokens) {
    int i = m.end();
    if (i < tokens.size() && tokens.get(i).word().equals("-")) {
      i++;
    }
    return i < tokens.size() && tokens.get(i).lemma().equalsIgnoreCase("free");
  }

  /** Where a negated phrase starts: the auxiliary of "didn't", else the negator itself. */
  private static int negationStart(Match n, List<Token> tokens) {
    String neg = Units.normalize(tokens.get(n.start()).word().toLowerCase(Locale.ROOT));
    if (neg.equals("not") && n.start() > 0) {
      Token before = tokens.get(n.start() - 1);
      if (before.pos().equals("MD") || AUXILIARIES.contains(before.lemma().toLowerCase(Locale.ROOT))) {
        return n.start() - 1;
      }
    }
    return n.start();
  }

  private static boolean overlapsAny(Match m, List<Match> others) {
    for (Match o : others) {
      if (o != m && o.start() < m.end() && m.start() < o.end()) {
        return true;
      }
    }
    return false;
  }

  private static Cue cue(AnalyzedSentence s, CueType type, int start, int end, boolean negated) {
    int begin = s.tokens().get(start).begin();
    int stop = s.tokens().get(end - 1).end();
    String text = s.text();
    String phrase = begin >= 0 && stop <= text.length() && begin < stop
        ? text.substring(begin, stop)
        : joinWords(s.tokens(), start, end);
    return new Cue(type, phrase, start, end, begin, stop, negated);
  }

  private static String joinWords(List<Token> tokens, int start, int end) {
    StringBuilder b = new StringBuilder();
    for (int i = start; i < end; i++) {
      if (i > start) {
        b.append(' ');
      }
      b.append(tokens.get(i).word());
    }
    return b.toString();
  }

  /** Same-type overlaps again (unmet breaches meet lexicon breaches), minimiser containment, order. */
  private static List<Cue> finish(List<Cue> cues) {
    List<Cue> sorted = new ArrayList<>(cues);
    sorted.sort(Comparator.comparingInt((Cue c) -> c.tokenEnd() - c.tokenStart()).reversed()
        .thenComparingInt(Cue::tokenStart));
    List<Cue> kept = new ArrayList<>();
    for (Cue c : sorted) {
      boolean clash = kept.stream().anyMatch(k -> k.type() == c.type()
          && k.overlaps(c.tokenStart(), c.tokenEnd()));
      boolean insideMinimizer = (c.type() == CueType.FRICTION || c.type() == CueType.PRAISE)
          && cues.stream().anyMatch(k -> k.type() == CueType.MINIMIZER
              && k.tokenStart() <= c.tokenStart() && c.tokenEnd() <= k.tokenEnd()
              && k.tokenEnd() - k.tokenStart() > c.tokenEnd() - c.tokenStart());
      if (!clash && !insideMinimizer) {
        kept.add(c);
      }
    }
    kept.sort(Comparator.comparingInt(Cue::tokenStart).thenComparing(Cue::type));
    return List.copyOf(kept);
  }
}
