package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.util.List;

/**
 * The polarity of a token span of a sentence, as +1, -1 or 0 so the two sides of a contrast
 * compare by multiplying: by the cues in it, or by CoreNLP's phrase sentiments. Stateless.
 */
final class SpanPolarity {

  private SpanPolarity() {
  }

  /**
   * CoreNLP's sentiment of tokens [from, to): +1 or -1 from the longest non-neutral phrase inside
   * them that covers at least half their words (leading conjunctions and punctuation left out),
   * 0 when there is none (neutral, or no phrase sentiments, as for hand-built sentences).
   */
  static int ofPhrases(AnalyzedSentence s, int from, int to) {
    List<Token> tokens = s.tokens();
    int a = from;
    int b = to;
    while (a < b && (Units.isPunct(tokens.get(a).word()) || tokens.get(a).pos().equals("CC"))) {
      a++;
    }
    while (b > a && Units.isPunct(tokens.get(b - 1).word())) {
      b--;
    }
    if (b <= a) {
      return 0;
    }
    PhraseSentiment best = null;
    for (PhraseSentiment p : s.phrases()) {
      if (p.start() >= from && p.end() <= to && 2 * p.length() >= b - a
          && p.sentiment() != Sentiment.NEUTRAL
          && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best == null ? 0 : best.sentiment().isPositive() ? 1 : -1;
  }

  /**
   * +1 positive cues only, -1 negative cues only, 0 none or both, among the cues other than
   * {@code contrast} that start in tokens [from, to); with {@code grievances}, negative means a
   * grievance (effort cues left out).
   */
  static int ofCues(List<Cue> cues, int from, int to, Cue contrast, boolean grievances) {
    boolean pos = false;
    boolean neg = false;
    for (Cue c : cues) {
      if (c == contrast || c.tokenStart() < from || c.tokenStart() >= to) {
        continue;
      }
      pos |= c.polarity() == Polarity.POSITIVE;
      neg |= grievances ? c.isGrievance() : c.polarity() == Polarity.NEGATIVE;
    }
    return pos == neg ? 0 : pos ? 1 : -1;
  }
}
