package io.papercuts.jobs;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Converts CoreNLP results to and from the cached Spark row form ({@link Tables#ANALYSED_SENTENCE}),
 * so the rules can run again over cached analyses without CoreNLP. Stateless.
 */
public final class AnalysisRows {

  private AnalysisRows() {
  }

  public static Row[] toRows(List<AnalyzedSentence> sentences) {
    Row[] out = new Row[sentences.size()];
    for (int i = 0; i < out.length; i++) {
      AnalyzedSentence s = sentences.get(i);
      Row[] tokens = new Row[s.tokens().size()];
      for (int k = 0; k < tokens.length; k++) {
        Token t = s.tokens().get(k);
        tokens[k] = RowFactory.create(t.word(), t.lemma(), t.pos(), t.begin(), t.end());
      }
      out[i] = RowFactory.create(s.index(), s.text(), s.sentiment().ordinal(), s.sentimentScore(),
          s.parsed(), s.keyphrases().toArray(new String[0]), tokens, packPhrases(s.phrases()),
          s.analysisFailed());
    }
    return out;
  }

  public static List<AnalyzedSentence> fromRows(List<Row> rows) {
    List<AnalyzedSentence> out = new ArrayList<>(rows.size());
    for (Row r : rows) {
      List<Row> tokenRows = r.getList(6);
      List<Token> tokens = new ArrayList<>(tokenRows.size());
      for (Row t : tokenRows) {
        tokens.add(new Token(t.getString(0), t.getString(1), t.getString(2), t.getInt(3), t.getInt(4)));
      }
      List<PhraseSentiment> phrases = r.size() > 7 && !r.isNullAt(7)
          ? unpackPhrases(r.<Integer>getList(7)) : List.of();
      String failed = r.size() > 8 && !r.isNullAt(8) ? r.getString(8) : null;
      out.add(new AnalyzedSentence(r.getInt(0), r.getString(1), tokens,
          Sentiment.ofClass(r.getInt(2)), r.getDouble(3), r.getBoolean(4), r.<String>getList(5),
          phrases, failed));
    }
    return out;
  }

  /**
   * Phrase sentiments as one int each, {@code start << 16 | (end - start) << 3 | class}: a flat
   * int array is far smaller in Parquet than an array of structs. Spans over 65,535 tokens or
   * phrases over 8,191 tokens cannot occur (the parser stops at {@value
   * io.papercuts.nlp.CoreNlpAnalyzer#MAX_PARSE_TOKENS} tokens), so nothing is lost.
   */
  static Integer[] packPhrases(List<PhraseSentiment> phrases) {
    Integer[] out = new Integer[phrases.size()];
    for (int i = 0; i < out.length; i++) {
      PhraseSentiment p = phrases.get(i);
      out[i] = p.start() << 16 | p.length() << 3 | p.sentiment().ordinal();
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
