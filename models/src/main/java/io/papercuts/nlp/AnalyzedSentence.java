package io.papercuts.nlp;

import java.util.List;

/**
 * One sentence after CoreNLP: tokens, the sentiment class and its expected score in -1..1
 * (probability-weighted mean of the five classes mapped to -1, -0.5, 0, 0.5, 1), whether the
 * parser really parsed it (false when it was over {@code parse.maxlen} or timed out and a flat
 * fallback tree was used, which makes the sentiment less reliable), lemmatised keyphrases, and
 * the sentiment CoreNLP gives to phrases inside the sentence (non-neutral ones only, in the order
 * of the tree's post-order walk; empty for hand-built sentences and when CoreNLP's tree does not
 * match the tokens), and why the analysis is incomplete ({@code analysisFailed}: null when it is
 * complete; otherwise a {@code code: detail} reason such as {@code too_long: ...} or
 * {@code corenlp_error: ...}, with neutral sentiment, score 0 and whatever tokens could still be
 * found).
 */
public record AnalyzedSentence(
    int index,
    String text,
    List<Token> tokens,
    Sentiment sentiment,
    double sentimentScore,
    boolean parsed,
    List<String> keyphrases,
    List<PhraseSentiment> phrases,
    String analysisFailed) {

  public AnalyzedSentence {
    tokens = List.copyOf(tokens);
    keyphrases = List.copyOf(keyphrases);
    phrases = List.copyOf(phrases);
  }

  /** A complete analysis (no failure). */
  public AnalyzedSentence(int index, String text, List<Token> tokens, Sentiment sentiment,
      double sentimentScore, boolean parsed, List<String> keyphrases,
      List<PhraseSentiment> phrases) {
    this(index, text, tokens, sentiment, sentimentScore, parsed, keyphrases, phrases, null);
  }

  /** True when some step of the analysis failed or was skipped ({@link #analysisFailed}). */
  public boolean failed() {
    return analysisFailed != null;
  }

  /** A sentence without phrase sentiments (hand-built sentences, caches from before them). */
  public AnalyzedSentence(int index, String text, List<Token> tokens, Sentiment sentiment,
      double sentimentScore, boolean parsed, List<String> keyphrases) {
    this(index, text, tokens, sentiment, sentimentScore, parsed, keyphrases, List.of());
  }
}
