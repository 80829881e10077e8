package io.papercuts.jobs;

import io.papercuts.jobs.Tables.AnalysedSentenceRow;
import io.papercuts.jobs.Tables.TokenRow;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts CoreNLP results to and from their cached form ({@link AnalysedSentenceRow}, inside
 * {@code sentence_cache}), so the rules can run again over cached analyses without CoreNLP.
 * Stateless.
 */
public final class AnalysisRows {

  private AnalysisRows() {
  }

  public static AnalysedSentenceRow toRow(AnalyzedSentence s) {
    List<TokenRow> tokens = new ArrayList<>(s.tokens().size());
    for (Token t : s.tokens()) {
      tokens.add(new TokenRow(t.word(), t.lemma(), t.pos(), t.begin(), t.end()));
    }
    return new AnalysedSentenceRow(s.index(), s.text(), s.sentiment().ordinal(),
        s.sentimentScore(), s.parsed(), s.keyphrases(), tokens, packPhrases(s.phrases()),
        s.analysisFailed());
  }

  /**
   * The analysis in {@code r}. An older model version's row has no phrases and no failure
   * reason (null): it reads as a sentence without phrase sentiments, fully analysed.
   */
  public static AnalyzedSentence fromRow(AnalysedSentenceRow r) {
    List<Token> tokens = new ArrayList<>(r.tokens().size());
    for (TokenRow t : r.tokens()) {
      tokens.add(new Token(t.word(), t.lemma(), t.pos(), t.begin(), t.end()));
    }
    List<PhraseSentiment> phrases = r.phrases() == null ? List.of() : unpackPhrases(r.phrases());
    return new AnalyzedSentence(r.sentenceIdx(), r.text(), tokens,
        Sentiment.ofClass(r.sentimentClass()), r.sentimentScore(), r.parsed(), r.keyphrases(),
        phrases, r.analysisFailed());
  }

  /**
   * Phrase sentiments as one int each, {@code start << 16 | (end - start) << 3 | class}: a flat
   * int array is far smaller in Parquet than an array of structs. Spans over 65,535 tokens or
   * phrases over 8,191 tokens cannot occur (the parser stops at {@value
   * io.papercuts.nlp.CoreNlpAnalyzer#MAX_PARSE_TOKENS} tokens), so nothing is lost.
   */
  static List<Integer> packPhrases(List<PhraseSentiment> phrases) {
    List<Integer> out = new ArrayList<>(phrases.size());
    for (PhraseSentiment p : phrases) {
      out.add(p.start() << 16 | p.length() << 3 | p.sentiment().ordinal());
    }
    return out;
  }

  static List<PhraseSentiment> unpackPhrases(List<Integer> packed) {
    List<PhraseSentiment> out = new ArrayList<>(packed.size());
    for (int v : packed) {
      int start = v >>> 16;
      int length = (v >>> 3) & 0x1FFF;
      out.add(new PhraseSentiment(start, start + length, Sentiment.ofClass(v & 7)));
    }
    return out;
  }
}
