package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Sentiment;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a complaint is quiet or loud. A complaint is quiet when any of these hold (each
 * is recorded):
 * <ul>
 *   <li>hedged: it has a hedge cue that is not negated ({@code hedged:<cue>}): "a bit",
 *       "not a big deal", "only thing", "I guess";
 *   <li>mild ({@code mild}): stated calmly: CoreNLP called the sentence neutral or positive (the
 *       complaint was found by cues) and it has no loud cue. A sentence CoreNLP calls negative
 *       is not mild by itself: CoreNLP rarely says "very negative", so "not very negative" would
 *       make nearly every complaint quiet and the quiet share would rank nothing. Nor is any
 *       sentence of a 1-2 star review ({@code negative_document:rating=1}): calm wording inside a
 *       rant is part of a loud review. A loud cue ({@code loud:<cue>}) is an intensifier
 *       ("absolutely", "worst", "unacceptable", "at all") that is not negated and does not sit
 *       within {@value #INTENSIFIER_REACH} tokens of a positive cue ("absolutely love" is not
 *       loud); a very negative CoreNLP verdict is also loud ({@code loud:very_negative});
 *   <li>positive document, the "promoter with a grievance": rating
 *       {@value DocumentContext#POSITIVE_RATING} or more ({@code positive_document:rating=5}), NPS
 *       {@value DocumentContext#PROMOTER_NPS} or more ({@code positive_document:nps=9}), or a mean
 *       sentence score of the unit of at least {@value DocumentContext#POSITIVE_DOCUMENT_SENTIMENT}
 *       ({@code positive_document:tone}).
 * </ul>
 * So "absolutely unacceptable, worst service ever" in a 1-star review is a loud, not quiet,
 * complaint; the same sentence in a 5-star review is quiet.
 *
 * <p>Immutable and thread-safe.
 */
final class QuietnessRules {

  /** Tokens either side of an intensifier within which a positive cue makes it not loud. */
  static final int INTENSIFIER_REACH = 2;

  /**
   * How quiet a complaint is.
   *
   * @param quiet the complaint is hedged, mild or in a positive document
   * @param evidence the hedges, the loud, negative-document or mild finding, then the
   *     positive-document findings, in that order
   */
  record Quietness(boolean quiet, List<Evidence> evidence) {
    Quietness {
      evidence = List.copyOf(evidence);
    }
  }

  /** Judges a sentence already found to be a complaint. */
  Quietness judge(AnalyzedSentence s, List<Cue> cues, DocumentContext ctx) {
    List<Evidence> evidence = new ArrayList<>();
    boolean quiet = false;
    for (Cue c : cues) {
      if (c.type().isHedge() && !c.negated()) {
        evidence.add(Evidence.of(Evidence.Kind.HEDGED, c));
        quiet = true;
      }
    }
    Evidence loud = loudness(s, cues);
    if (loud != null) {
      evidence.add(loud);
    } else if (ctx.hasNegativeRating()) {
      // A calm sentence inside a 1-2 star review is part of a loud review, not a quiet complaint.
      evidence.add(Evidence.rating(Evidence.Kind.NEGATIVE_DOCUMENT, ctx.rating()));
    } else if (!s.sentiment().isNegative()) {
      evidence.add(Evidence.of(Evidence.Kind.MILD));
      quiet = true;
    }
    if (ctx.hasPositiveRating()) {
      evidence.add(Evidence.rating(Evidence.Kind.POSITIVE_DOCUMENT, ctx.rating()));
      quiet = true;
    }
    if (ctx.isPromoter()) {
      evidence.add(Evidence.of(Evidence.Kind.POSITIVE_DOCUMENT, "nps=" + ctx.nps()));
      quiet = true;
    }
    if (ctx.hasPositiveTone()) {
      evidence.add(Evidence.of(Evidence.Kind.POSITIVE_DOCUMENT, Evidence.TONE));
      quiet = true;
    }
    return new Quietness(quiet, evidence);
  }

  /** {@code loud:<cue>} for the first loud cue, {@code loud:very_negative}, or null. */
  private static Evidence loudness(AnalyzedSentence s, List<Cue> cues) {
    for (Cue c : cues) {
      if (c.type().isLoud() && !c.negated() && !nextToPositive(c, cues)) {
        return Evidence.of(Evidence.Kind.LOUD, c);
      }
    }
    return s.sentiment() == Sentiment.VERY_NEGATIVE
        ? Evidence.of(Evidence.Kind.LOUD, Evidence.VERY_NEGATIVE) : null;
  }

  private static boolean nextToPositive(Cue intensifier, List<Cue> cues) {
    for (Cue c : cues) {
      if (c.polarity() == Polarity.POSITIVE
          && c.tokenStart() < intensifier.tokenEnd() + INTENSIFIER_REACH
          && intensifier.tokenStart() < c.tokenEnd() + INTENSIFIER_REACH) {
        return true;
      }
    }
    return false;
  }
}
