package io.papercuts.cues;

/**
 * Which way a cue leans: towards praise, towards a grievance, or neither (hedges, contrasts,
 * intensifiers). Immutable.
 */
public enum Polarity {
  POSITIVE(1),
  NEGATIVE(-1),
  NONE(0);

  private final int sign;

  Polarity(int sign) {
    this.sign = sign;
  }

  /** +1, -1 or 0, so the sides of a contrast can be compared by multiplying. */
  public int sign() {
    return sign;
  }
}
