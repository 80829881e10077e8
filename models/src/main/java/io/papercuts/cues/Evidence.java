package io.papercuts.cues;

import java.util.Objects;

/**
 * One rule that fired on a sentence, and what it fired on: a {@link Kind} and, for most kinds, a
 * detail (the cue's normalised phrase, {@code rating=5}, {@code tone}...). {@link #text()} is the
 * string written to {@code sentences.evidence} ({@code breach:never heard back},
 * {@code hedged:not a big deal}, {@code mild}): an output contract analysts filter on, so a
 * kind's label never changes. Immutable.
 *
 * @param kind which rule fired
 * @param detail what it fired on; null exactly when the kind takes no detail
 */
public record Evidence(Kind kind, String detail) {

  /**
   * The rules that leave evidence, grouped by the decision they belong to. Each label is written
   * as is; a kind that takes a detail is written {@code label:detail}.
   */
  public enum Kind {
    // Not a complaint, and why (ComplaintRules#dismissal): the only evidence such a sentence has.
    /** A question that asks for something rather than complains. */
    QUESTION("question", false),
    /** A thank-you without a negative cue. */
    THANKS("thanks", false),

    // Complaint reasons (ComplaintRules#decide), in the order they are recorded.
    /** CoreNLP called the sentence negative. */
    NEGATIVE_SENTIMENT("negative_sentiment", false),
    /** CoreNLP called the sentence very negative. */
    VERY_NEGATIVE_SENTIMENT("very_negative_sentiment", false),
    /** A friction cue, not negated; detail: its phrase. */
    FRICTION(CueType.FRICTION.label(), true),
    /** A praise cue under negation ("not great"); detail: its phrase. */
    NEGATED_PRAISE("negated_praise", true),
    /** A breach cue; detail: its phrase. */
    BREACH(CueType.BREACH.label(), true),
    /** An effort cue in a sentence with an aspect; detail: its phrase. */
    EFFORT(CueType.EFFORT.label(), true),
    /** A mixed sentence; detail: the contrast cue's phrase, or {@code clauses}. */
    MIXED("mixed", true),
    /** A contrast turning from praise to an uncued side; detail: the contrast cue's phrase. */
    CONTRAST(CueType.CONTRAST.label(), true),

    // Why a complaint signal did not count (ComplaintRules#decide), after the reasons.
    /** CoreNLP's negative verdict negated away ("no complaints"); detail: the negated cue. */
    NEGATED("negated", true),
    /** CoreNLP's negative verdict outweighed by praise; detail: the praise cue. */
    PRAISE_OUTWEIGHS("praise_outweighs", true),
    /** CoreNLP's negative verdict without a cue in a 4-5 star review; detail: {@code rating=N}. */
    UNCUED_IN_POSITIVE_REVIEW("uncued_in_positive_review", true),
    /** Breach or effort cues in a sentence CoreNLP calls positive. */
    POSITIVE_SENTENCE("positive_sentence", false),

    // Quiet and loud (QuietnessRules), last, only for complaints.
    /** A minimiser, not negated; detail: its phrase. */
    HEDGED("hedged", true),
    /** Loud; detail: the intensifier's phrase, or {@code very_negative}. */
    LOUD("loud", true),
    /** A calm sentence in a 1-2 star review: not mild; detail: {@code rating=N}. */
    NEGATIVE_DOCUMENT("negative_document", true),
    /** Stated calmly. */
    MILD("mild", false),
    /** In a positive document; detail: {@code rating=N}, {@code nps=N} or {@code tone}. */
    POSITIVE_DOCUMENT("positive_document", true);

    private final String label;
    private final boolean detailed;

    Kind(String label, boolean detailed) {
      this.label = label;
      this.detailed = detailed;
    }

    /** The string written for this kind, before the detail. */
    public String label() {
      return label;
    }

    /** Whether evidence of this kind carries a detail ({@code label:detail}). */
    public boolean detailed() {
      return detailed;
    }
  }

  /** Detail of {@link Kind#MIXED} for opposite clauses without a contrast word. */
  static final String CLAUSES = "clauses";
  /** Detail of {@link Kind#LOUD} for CoreNLP's very negative verdict. */
  static final String VERY_NEGATIVE = "very_negative";
  /** Detail of {@link Kind#POSITIVE_DOCUMENT} for a unit whose mean tone is positive. */
  static final String TONE = "tone";

  public Evidence {
    Objects.requireNonNull(kind, "kind");
    if (kind.detailed() != (detail != null)) {
      throw new IllegalArgumentException(kind + (kind.detailed() ? " needs" : " takes no")
          + " detail: " + detail);
    }
  }

  static Evidence of(Kind kind) {
    return new Evidence(kind, null);
  }

  static Evidence of(Kind kind, String detail) {
    return new Evidence(kind, Objects.requireNonNull(detail, "detail"));
  }

  /** Evidence naming a cue by its normalised phrase ({@code hedged:a bit}). */
  static Evidence of(Kind kind, Cue cue) {
    return of(kind, cue.normalizedPhrase());
  }

  /** Evidence naming a star rating ({@code positive_document:rating=5}). */
  static Evidence rating(Kind kind, int rating) {
    return of(kind, "rating=" + rating);
  }

  /** The string written to {@code sentences.evidence}: {@code label} or {@code label:detail}. */
  public String text() {
    return detail == null ? kind.label() : kind.label() + ":" + detail;
  }

  @Override
  public String toString() {
    return text();
  }
}
