package io.papercuts.cues;

import java.util.Locale;
import java.util.Objects;

/**
 * One cue found in a sentence.
 *
 * @param type what kind of cue it is
 * @param phrase the sentence text the cue covers, as written ("didn't work", "Third time")
 * @param tokenStart index of its first token in the sentence
 * @param tokenEnd index after its last token (exclusive)
 * @param charBegin offset of its first character in the sentence text
 * @param charEnd offset after its last character in the sentence text
 * @param negated true when a negation governs it ("no complaints", "not great"): a negated
 *     friction cue is not a complaint, a negated praise cue is one
 */
public record Cue(
    CueType type,
    String phrase,
    int tokenStart,
    int tokenEnd,
    int charBegin,
    int charEnd,
    boolean negated) {

  public Cue {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(phrase, "phrase");
    if (tokenStart < 0 || tokenEnd <= tokenStart || charBegin < 0 || charEnd < charBegin) {
      throw new IllegalArgumentException("bad cue span " + tokenStart + ".." + tokenEnd
          + " / " + charBegin + ".." + charEnd);
    }
  }

  /** Lower-cased phrase with runs of white space collapsed: stable across capitalisation. */
  public String normalizedPhrase() {
    return phrase.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  /** Its type's polarity, or the negated polarity when a negation governs it ("not great"). */
  public Polarity polarity() {
    return negated ? type.negatedPolarity() : type.polarity();
  }

  /**
   * A negative opinion, the negative half of a mixed sentence: a grievance cue that is not negated
   * ("overcharged", "never heard back"), or a negated cue that turns negative ("not great").
   * Effort is negative but no grievance ({@link CueType#EFFORT}).
   */
  public boolean isGrievance() {
    return polarity() == Polarity.NEGATIVE && (negated || type.isGrievance());
  }

  /** "type:phrase", e.g. {@code breach:never heard back}; used in evidence strings. */
  public String key() {
    return type.label() + ":" + normalizedPhrase();
  }

  boolean overlaps(int start, int end) {
    return tokenStart < end && start < tokenEnd;
  }
}
