package io.papercuts.nlp;

/**
 * CoreNLP's sentiment for one phrase of a sentence: a node of the binarized sentiment tree that
 * covers tokens {@code [start, end)} of the sentence.
 */
public record PhraseSentiment(int start, int end, Sentiment sentiment) {

  public PhraseSentiment {
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("bad phrase span " + start + ".." + end);
    }
    java.util.Objects.requireNonNull(sentiment, "sentiment");
  }

  /** Tokens covered. */
  public int length() {
    return end - start;
  }
}
