package io.papercuts.cues;

import java.util.Locale;

/**
 * Kinds of cue {@link CueDetector} reports. The first five are the ones the method is built on
 * (DESIGN section 5); {@link #PRAISE} and {@link #INTENSIFIER} give polarity and loudness to the
 * complaint rules and are reported too, so an analyst can see why a sentence was judged mixed or
 * loud.
 */
public enum CueType {
  /** Hedges and minimisers: "a bit", "not a big deal", "only thing". */
  MINIMIZER,
  /** Turns from one side to another: "but", "although", "other than that". */
  CONTRAST,
  /** Effort and repetition: "again", "third time", "had to", "still waiting". */
  EFFORT,
  /** Broken expectation: "was supposed to", "never heard back", "didn't work". */
  BREACH,
  /** Domain negatives the general sentiment model misses: "crushed", "overcharged", "on hold". */
  FRICTION,
  /** Positive evaluation: "great", "love", "friendly"; negated ("not great") it counts as negative. */
  PRAISE,
  /** Loudness: "absolutely", "worst", "unacceptable"; makes a complaint loud rather than mild. */
  INTENSIFIER;

  /** snake_case label written to Parquet and used in evidence strings ("breach"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
