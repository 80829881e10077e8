package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides whether a sentence is a complaint, from CoreNLP's sentence sentiment, its cues, the
 * document and what {@link MixedSentenceRules} make of it.
 *
 * <p>Words used below. A <em>negative cue</em> is one of {@link Polarity#NEGATIVE} polarity
 * ({@link Cue#polarity()}): a friction, breach or effort cue that is not negated, or a praise
 * cue that is negated ("not great"). A <em>positive cue</em> is a praise cue that is not negated,
 * or a friction cue that is negated ("no complaints"). Checked in this order:
 * <ol>
 *   <li>A question is not a complaint ({@code question}) unless it asks "why"/"how come" or holds
 *       a breach or effort cue ("why was I charged twice?", "can I stop calling every time?").
 *   <li>A thank-you ("thanks for the help", "I appreciate it") without any negative cue is not a
 *       complaint ({@code thanks}).
 *   <li>CoreNLP negative or very negative makes a complaint ({@code negative_sentiment},
 *       {@code very_negative_sentiment}), unless it was negated away: no negative cue, and a
 *       friction or effort cue under negation ("not bad at all", "no complaints", "never had a
 *       problem", "didn't have to call again"), recorded as {@code negated:<cue>}; or outweighed:
 *       no negative cue and a praise cue ({@code praise_outweighs:<cue>}). The sentiment model
 *       misreads long descriptive sentences; a sentence whose only cues are praise is rarely a
 *       grievance on its own (when it turns on a contrast, the mixed rule still applies).
 *       Nor does it count alone inside a review of 4-5 stars, where CoreNLP often misreads short
 *       praise as negative: there a complaint needs a cue ({@code uncued_in_positive_review}).
 *   <li>Each friction cue and negated praise cue makes a complaint ({@code friction:<cue>},
 *       {@code negated_praise:<cue>}); the friction word names the aspect itself ("overcharged",
 *       "on hold", "cold food").
 *   <li>Each breach cue makes a complaint ({@code breach:<cue>}): a broken promise is always about
 *       something ("never heard back", "didn't work", "no one called").
 *   <li>An effort cue makes a complaint ({@code effort:<cue>}) only when the sentence has an
 *       aspect: a keyphrase, a friction cue, or a verb outside the cue naming what had to be done
 *       ("had to <em>call</em> three times"). Effort words are common in harmless sentences
 *       ("again", "had to").
 *   <li>A sentence CoreNLP calls positive or very positive, with no friction or negated praise
 *       cue and not turned by a contrast, is not a complaint even with a breach or effort cue
 *       ({@code positive_sentence}): "they promised a call and rang the next morning, great".
 *   <li>A mixed sentence is a complaint ({@code mixed:<contrast>}, {@code mixed:clauses}): its
 *       negative side is a grievance even when CoreNLP averages the whole sentence to neutral or
 *       positive. So is a sentence a contrast turns to a grievance ({@code contrast:<contrast>}).
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
final class ComplaintRules {

  private static final Set<String> THANKS = Set.of("thank", "thanks", "appreciate", "grateful",
      "thx", "ty");
  private static final Set<String> NON_EVENT_VERBS = Set.of("be", "have", "do", "get", "go",
      "will", "would", "can", "could", "shall", "should", "may", "might", "must", "seem", "feel");

  /**
   * Whether a sentence is a complaint.
   *
   * @param complaint a complaint reason fired
   * @param evidence the complaint reasons, then why a signal did not count ({@code negated:},
   *     {@code positive_sentence}...)
   */
  record Decision(boolean complaint, List<Evidence> evidence) {
    Decision {
      evidence = List.copyOf(evidence);
    }
  }

  /**
   * The negative cues by the rule they feed: lexical (the word names what is wrong: friction,
   * negated praise), breaches and efforts.
   */
  private record NegativeCues(List<Cue> lexical, List<Cue> breaches, List<Cue> efforts) {

    static NegativeCues of(List<Cue> cues) {
      List<Cue> lexical = new ArrayList<>();
      List<Cue> breaches = new ArrayList<>();
      List<Cue> efforts = new ArrayList<>();
      for (Cue c : cues) {
        if (c.polarity() != Polarity.NEGATIVE) {
          continue;
        }
        if (c.type() == CueType.BREACH) {
          breaches.add(c);
        } else if (c.type() == CueType.EFFORT) {
          efforts.add(c);
        } else {
          lexical.add(c);
        }
      }
      return new NegativeCues(lexical, breaches, efforts);
    }

    boolean any() {
      return !lexical.isEmpty() || !breaches.isEmpty() || !efforts.isEmpty();
    }
  }

  /**
   * Why the sentence is no complaint whatever else it holds ({@code question}, {@code thanks}),
   * or empty: rules 1 and 2, checked before anything else.
   */
  Optional<Evidence> dismissal(AnalyzedSentence s, List<Cue> cues) {
    NegativeCues negative = NegativeCues.of(cues);
    if (isQuestion(s) && !isRhetorical(s) && negative.breaches().isEmpty()
        && negative.efforts().isEmpty()) {
      return Optional.of(Evidence.of(Evidence.Kind.QUESTION));
    }
    if (!negative.any() && isThanks(s)) {
      return Optional.of(Evidence.of(Evidence.Kind.THANKS));
    }
    return Optional.empty();
  }

  /** Rules 3 to 8, for a sentence without a {@link #dismissal}. */
  Decision decide(AnalyzedSentence s, List<Cue> cues, DocumentContext ctx,
      MixedSentenceRules.Turn turn) {
    NegativeCues negative = NegativeCues.of(cues);
    List<Evidence> reasons = new ArrayList<>();
    List<Evidence> notes = new ArrayList<>();
    Sentiment sentiment = s.sentiment();
    if (sentiment.isNegative()) {
      Cue negatedAway = negative.any() ? null : negatedNegative(cues);
      Cue praise = negative.any() ? null : firstPositive(cues);
      if (negatedAway != null) {
        notes.add(Evidence.of(Evidence.Kind.NEGATED, negatedAway));
      } else if (praise != null) {
        notes.add(Evidence.of(Evidence.Kind.PRAISE_OUTWEIGHS, praise));
      } else if (!negative.any() && ctx.hasPositiveRating()) {
        // Inside a 4-5 star review CoreNLP often misreads short praise ("Cheap and cheerful.",
        // "zero downtime") as negative; there a complaint needs a cue of its own.
        notes.add(Evidence.rating(Evidence.Kind.UNCUED_IN_POSITIVE_REVIEW, ctx.rating()));
      } else {
        reasons.add(Evidence.of(sentiment == Sentiment.VERY_NEGATIVE
            ? Evidence.Kind.VERY_NEGATIVE_SENTIMENT : Evidence.Kind.NEGATIVE_SENTIMENT));
      }
    }
    for (Cue c : negative.lexical()) {
      reasons.add(reason(c));
    }
    List<Evidence> events = new ArrayList<>();
    for (Cue c : negative.breaches()) {
      events.add(reason(c));
    }
    if (!negative.efforts().isEmpty() && hasAspect(s, cues, negative.lexical())) {
      for (Cue c : negative.efforts()) {
        events.add(reason(c));
      }
    }
    if (sentiment.isPositive() && negative.lexical().isEmpty() && !turn.turns()
        && !events.isEmpty()) {
      notes.add(Evidence.of(Evidence.Kind.POSITIVE_SENTENCE));
      events.clear();
    }
    reasons.addAll(events);
    if (turn.turns()) {
      reasons.add(turn.evidence());
    }
    boolean complaint = !reasons.isEmpty();
    reasons.addAll(notes);
    return new Decision(complaint, reasons);
  }

  /**
   * The complaint reason a negative cue gives ({@code friction:overcharged}). No default branch:
   * a new cue type does not compile until it says what it writes as a reason.
   */
  private static Evidence reason(Cue c) {
    Evidence.Kind kind = switch (c.type()) {
      case FRICTION -> Evidence.Kind.FRICTION;
      case PRAISE -> Evidence.Kind.NEGATED_PRAISE;
      case BREACH -> Evidence.Kind.BREACH;
      case EFFORT -> Evidence.Kind.EFFORT;
      case MINIMIZER, CONTRAST, INTENSIFIER ->
          throw new IllegalArgumentException("not a negative cue: " + c);
    };
    return Evidence.of(kind, c);
  }

  /** A friction or effort cue under negation: what "not bad", "no complaints" turn positive. */
  private static Cue negatedNegative(List<Cue> cues) {
    for (Cue c : cues) {
      if (c.negated() && (c.type() == CueType.FRICTION || c.type() == CueType.EFFORT)) {
        return c;
      }
    }
    return null;
  }

  private static Cue firstPositive(List<Cue> cues) {
    for (Cue c : cues) {
      if (c.polarity() == Polarity.POSITIVE) {
        return c;
      }
    }
    return null;
  }

  /** A keyphrase, a lexical negative cue, or a verb outside every effort/breach cue. */
  private static boolean hasAspect(AnalyzedSentence s, List<Cue> cues, List<Cue> lexical) {
    if (!s.keyphrases().isEmpty() || !lexical.isEmpty()) {
      return true;
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("VB") && !NON_EVENT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
          && !insideEventCue(i, cues)) {
        return true;
      }
    }
    return false;
  }

  /** Inside an effort or breach cue, whose own verb ("had to", "didn't work") is no aspect. */
  private static boolean insideEventCue(int token, List<Cue> cues) {
    for (Cue c : cues) {
      if ((c.type() == CueType.EFFORT || c.type() == CueType.BREACH)
          && c.tokenStart() <= token && token < c.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  private static boolean isQuestion(AnalyzedSentence s) {
    return s.text().strip().endsWith("?");
  }

  /** "Why ...?" and "How come ...?" in feedback are grievances, not requests. */
  private static boolean isRhetorical(AnalyzedSentence s) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size() && (Units.isPunct(t.get(i).word()) || t.get(i).pos().equals("CC")
        || t.get(i).pos().equals("UH"))) {
      i++;
    }
    if (i >= t.size()) {
      return false;
    }
    String first = t.get(i).lemma().toLowerCase(Locale.ROOT);
    return first.equals("why")
        || first.equals("how") && i + 1 < t.size() && t.get(i + 1).lemma().equalsIgnoreCase("come");
  }

  private static boolean isThanks(AnalyzedSentence s) {
    for (Token t : s.tokens()) {
      if (THANKS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
