package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Token;
import java.util.List;
import java.util.Set;

/**
 * Decides whether a sentence is mixed (praise and a grievance) and whether a contrast turns it
 * from praise to a grievance the lexicon does not know, from its cues, CoreNLP's sentence and
 * phrase sentiments and the document.
 *
 * <p>Here a grievance is a negative cue other than effort ({@link Cue#isGrievance()}). An effort
 * cue says what the customer had to do, and praise next to it mostly concedes it ("we had to wait
 * at the bar, but the food was worth it"); such a sentence is a complaint, not mixed. Three ways,
 * the first that applies is recorded:
 * <ol>
 *   <li>A sentence with a contrast cue that is not negated and with both a positive cue and a
 *       grievance, wherever they sit ("While the app looks great the sync keeps failing").
 *   <li>The sides of a contrast have opposite polarity. The contrast cue splits the sentence into
 *       before and after it ("Love the product, <em>but</em> renewal was a pain"); when the cue
 *       opens the sentence ("Although the food was great, service was slow") or closes it ("great
 *       food, slow service though") the other part is split at its first (or last) comma
 *       instead. A side is positive when it holds a positive cue and no grievance, negative
 *       the other way round. A side with no such cue but a minimiser, against a positive side, is
 *       negative: hedges soften grievances ("the service can be a bit brusque at times, but the
 *       food is good"). When only one side has cues and they are praise, the other side is
 *       negative; when the cued side is negative, the other side is positive only if CoreNLP calls
 *       the sentence positive, because the clause before a grievance is often neutral
 *       scene-setting ("I expected professionals, but was met with errors"). Either inference
 *       needs CoreNLP to find an opinion in the uncued side: its phrase sentiment
 *       ({@link SpanPolarity#ofPhrases}) is not neutral. A side CoreNLP reads as neutral is mostly a
 *       fact ("we had to wait at the bar, but the atmosphere is great"); such a sentence after praise
 *       is only turned ({@code contrast:<cue>}), not mixed. An uncued side whose phrase
 *       sentiment is opposite to the cued side is opposite whatever the sentence's verdict ("The
 *       place is hip and the decorations funky, but the food is lacking"). When the cue opens the
 *       sentence and has no comma after it ("But the renewal was a pain."), the other side is the
 *       previous text: the sentence is mixed when its own side is negative and the document is
 *       positive ({@link DocumentContext#isPositive()}). An exceptive cue ("except", "apart from",
 *       "aside from", "other than") after a positive side makes the side after it negative unless
 *       it holds praise: "the service was good except the check came before we asked".
 *   <li>Without a contrast word: one clause (between commas, semicolons, dashes and colons) is
 *       positive and another negative by their cues, each confirmed by CoreNLP's sentiment of that
 *       clause ({@code mixed:clauses}): "Great price, terrible battery". Cues alone are not
 *       enough: praise and grievances in separate clauses are as often a list of facts.
 * </ol>
 * A sentence that is not mixed is <em>turned</em> ({@code contrast:<cue>}) when its contrast
 * would be mixed if the uncued side needed no opinion of CoreNLP's and effort counted as negative:
 * "the staff were lovely, but the wait was longer than we expected" turns to a grievance in words
 * the lexicon does not know.
 *
 * <p>Immutable and thread-safe.
 */
final class MixedSentenceRules {

  private static final Set<String> EXCEPTIVE = Set.of("except", "except for", "apart from",
      "aside from", "other than");

  /**
   * What a contrast or opposite clauses make of a sentence.
   *
   * @param mixed the sentence is mixed ({@link Evidence.Kind#MIXED})
   * @param evidence {@code mixed:<contrast>}, {@code mixed:clauses}, {@code contrast:<contrast>}
   *     for a sentence only turned by a contrast, or null for neither
   */
  record Turn(boolean mixed, Evidence evidence) {
    static final Turn NONE = new Turn(false, null);

    /** Mixed or turned: the sentence turns towards a grievance. */
    boolean turns() {
      return evidence != null;
    }
  }

  /** Whether the sentence is mixed, else whether a contrast turns it (see the class comment). */
  Turn turn(AnalyzedSentence s, List<Cue> cues, DocumentContext ctx) {
    Cue contrast = mixedContrast(s, cues, ctx, true);
    if (contrast != null) {
      return new Turn(true, Evidence.of(Evidence.Kind.MIXED, contrast));
    }
    if (oppositeClauses(s, cues)) {
      return new Turn(true, Evidence.of(Evidence.Kind.MIXED, Evidence.CLAUSES));
    }
    Cue turn = mixedContrast(s, cues, ctx, false);
    return turn == null ? Turn.NONE : new Turn(false, Evidence.of(Evidence.Kind.CONTRAST, turn));
  }

  /**
   * The contrast cue that makes the sentence mixed, or null. With {@code opinionatedSides}, the
   * negative side must hold a grievance and an uncued side an opinion of CoreNLP's; without, it
   * is the looser test for a turned sentence.
   */
  private static Cue mixedContrast(AnalyzedSentence s, List<Cue> cues, DocumentContext ctx,
      boolean opinionatedSides) {
    Cue firstContrast = null;
    boolean anyPositive = false;
    boolean anyNegative = false;
    for (Cue c : cues) {
      if (isContrast(c)) {
        firstContrast = firstContrast == null ? c : firstContrast;
      }
      anyPositive |= c.polarity() == Polarity.POSITIVE;
      anyNegative |= opinionatedSides ? c.isGrievance() : c.polarity() == Polarity.NEGATIVE;
    }
    if (firstContrast == null) {
      return null;
    }
    if (anyPositive && anyNegative) {
      // Praise and a grievance in a sentence that turns on a contrast, wherever they sit.
      return firstContrast;
    }
    List<Token> tokens = s.tokens();
    for (Cue c : cues) {
      if (!isContrast(c)) {
        continue;
      }
      int[] left;
      int[] right;
      boolean opens = !hasWords(tokens, 0, c.tokenStart());
      if (!opens && hasWords(tokens, c.tokenEnd(), tokens.size())) {
        left = new int[] {0, c.tokenStart()};
        right = new int[] {c.tokenEnd(), tokens.size()};
      } else if (!opens) {
        int comma = lastComma(tokens, 0, c.tokenStart());
        if (comma < 0) {
          continue;
        }
        left = new int[] {0, comma};
        right = new int[] {comma + 1, c.tokenStart()};
      } else {
        int comma = firstComma(tokens, c.tokenEnd(), tokens.size());
        if (comma < 0 || !hasWords(tokens, c.tokenEnd(), comma)) {
          // "But the renewal was a pain.": the other side is the text before this sentence.
          int from = comma < 0 ? c.tokenEnd() : comma + 1;
          if (SpanPolarity.ofCues(cues, from, tokens.size(), c, opinionatedSides) < 0
              && ctx.isPositive()) {
            return c;
          }
          continue;
        }
        left = new int[] {c.tokenEnd(), comma};
        right = new int[] {comma + 1, tokens.size()};
      }
      int l = SpanPolarity.ofCues(cues, left[0], left[1], c, opinionatedSides);
      int r = SpanPolarity.ofCues(cues, right[0], right[1], c, opinionatedSides);
      if (EXCEPTIVE.contains(c.normalizedPhrase()) && r == 0 && l > 0) {
        // "Service was good except the check came early": the exception to praise is the gripe.
        r = -1;
      }
      int sentencePolarity = s.sentiment().isNegative() ? -1 : s.sentiment().isPositive() ? 1 : 0;
      if (opinionatedSides) {
        // A hedged side against praise is the mild half of a mixed verdict ("the service can be
        // a bit brusque at times, but the food is good"): minimisers soften grievances.
        if (l == 0 && r > 0 && hasHedge(cues, left[0], left[1])) {
          l = -1;
        } else if (r == 0 && l > 0 && hasHedge(cues, right[0], right[1])) {
          r = -1;
        }
      }
      if (l == 0) {
        l = uncuedSide(s, left, r, sentencePolarity, opinionatedSides);
      } else if (r == 0) {
        r = uncuedSide(s, right, l, sentencePolarity, opinionatedSides);
      }
      if (l * r < 0) {
        return c;
      }
    }
    return null;
  }

  private static boolean isContrast(Cue c) {
    return c.type() == CueType.CONTRAST && !c.negated();
  }

  /**
   * The polarity a side without cues takes across a contrast from a side of polarity
   * {@code cued} (0: none). The contrast implies the opposite after praise, or when CoreNLP's
   * sentence verdict is opposite to the cued side. For a mixed verdict ({@code opinionatedSides})
   * CoreNLP must also find an opinion in the uncued side: a side it reads as neutral is mostly
   * scene-setting ("we had to wait at the bar, but ...") or a fact. And a side CoreNLP reads as
   * opposite to the cued side is opposite whatever the sentence verdict ("The place is hip and
   * the decorations funky, but the food is lacking", which CoreNLP calls negative as a whole).
   */
  private static int uncuedSide(AnalyzedSentence s, int[] side, int cued, int sentencePolarity,
      boolean opinionatedSides) {
    boolean implied = cued > 0 || sentencePolarity == -cued;
    if (!opinionatedSides) {
      return implied ? -cued : 0;
    }
    int own = SpanPolarity.ofPhrases(s, side[0], side[1]);
    return own == -cued || own != 0 && implied ? -cued : 0;
  }

  /**
   * Praise in one clause and a grievance in another, without a contrast word ("The atmosphere is
   * bland and the service is fine."): clauses are the parts between commas, semicolons, dashes and
   * colons. A clause counts only when CoreNLP's sentiment of the clause agrees with its cues, so
   * praise in a clause CoreNLP reads as neutral or negative ("if it was outstanding") does not.
   */
  private static boolean oppositeClauses(AnalyzedSentence s, List<Cue> cues) {
    List<Token> tokens = s.tokens();
    boolean positive = false;
    boolean negative = false;
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i < tokens.size() && !isClauseBoundary(tokens.get(i), i, cues)) {
        continue;
      }
      if (hasWords(tokens, from, i)) {
        int cued = SpanPolarity.ofCues(cues, from, i, null, true);
        if (cued != 0 && cued == SpanPolarity.ofPhrases(s, from, i)) {
          positive |= cued > 0;
          negative |= cued < 0;
        }
      }
      from = i + 1;
    }
    return positive && negative;
  }

  private static boolean isClauseBoundary(Token t, int index, List<Cue> cues) {
    if (isClauseMark(t) || t.word().equals(":") || t.word().equals("-")) {
      return true;
    }
    for (Cue c : cues) {
      if (isContrast(c) && c.tokenStart() <= index && index < c.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasHedge(List<Cue> cues, int from, int to) {
    for (Cue c : cues) {
      if (c.type().isHedge() && !c.negated() && c.tokenStart() >= from && c.tokenStart() < to) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasWords(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!Units.isPunct(t.word()) && !t.pos().equals("CC")) {
        return true;
      }
    }
    return false;
  }

  private static int firstComma(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isClauseMark(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastComma(List<Token> tokens, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isClauseMark(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isClauseMark(Token t) {
    return t.word().equals(",") || t.word().equals(";") || t.word().equals("--");
  }
}
