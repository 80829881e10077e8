package io.papercuts.nlp;

/** CoreNLP's five sentiment classes, in the order of its class indices 0..4. */
public enum Sentiment {
  VERY_NEGATIVE, NEGATIVE, NEUTRAL, POSITIVE, VERY_POSITIVE;

  /** snake_case label written to Parquet ("very_negative"). */
  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Sentiment ofClass(int cls) {
    return values()[cls];
  }

  public boolean isNegative() {
    return this == VERY_NEGATIVE || this == NEGATIVE;
  }

  public boolean isPositive() {
    return this == POSITIVE || this == VERY_POSITIVE;
  }
}
