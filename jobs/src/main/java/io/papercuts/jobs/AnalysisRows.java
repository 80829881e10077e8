package io.papercuts.jobs;

import io.papercuts.nlp.AnalyzedSentence;
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
          s.parsed(), s.keyphrases().toArray(new String[0]), tokens);
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
      out.add(new AnalyzedSentence(r.getInt(0), r.getString(1), tokens,
          Sentiment.ofClass(r.getInt(2)), r.getDouble(3), r.getBoolean(4), r.<String>getList(5)));
    }
    return out;
  }
}
