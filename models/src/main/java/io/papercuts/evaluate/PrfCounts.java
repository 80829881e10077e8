package io.papercuts.evaluate;

/**
 * True positives, false positives and false negatives of one binary decision or one set-matching
 * task, with precision, recall and F1.
 *
 * <p>Zero divisions are 0: precision is 0 when nothing was predicted, recall is 0 when there is
 * nothing to find, F1 is 0 when precision and recall are both 0. (scikit-learn's
 * {@code zero_division=0}.)
 */
public record PrfCounts(long tp, long fp, long fn) {

  public static final PrfCounts ZERO = new PrfCounts(0, 0, 0);

  public PrfCounts {
    if (tp < 0 || fp < 0 || fn < 0) {
      throw new IllegalArgumentException("negative count " + tp + "/" + fp + "/" + fn);
    }
  }

  /** Adds one binary decision. */
  public PrfCounts add(boolean gold, boolean predicted) {
    if (gold && predicted) {
      return new PrfCounts(tp + 1, fp, fn);
    } else if (predicted) {
      return new PrfCounts(tp, fp + 1, fn);
    } else if (gold) {
      return new PrfCounts(tp, fp, fn + 1);
    }
    return this;
  }

  public PrfCounts plus(PrfCounts o) {
    return new PrfCounts(tp + o.tp, fp + o.fp, fn + o.fn);
  }

  /** Gold positives: tp + fn. */
  public long gold() {
    return tp + fn;
  }

  /** Predicted positives: tp + fp. */
  public long predicted() {
    return tp + fp;
  }

  public double precision() {
    return tp + fp == 0 ? 0.0 : (double) tp / (tp + fp);
  }

  public double recall() {
    return tp + fn == 0 ? 0.0 : (double) tp / (tp + fn);
  }

  public double f1() {
    double p = precision();
    double r = recall();
    return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
  }
}
