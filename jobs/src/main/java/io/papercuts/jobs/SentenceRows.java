package io.papercuts.jobs;

import io.papercuts.cues.Cue;
import io.papercuts.cues.SentenceVerdict;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.themes.ThemeMatch;
import io.papercuts.themes.ThemeMatcher;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;

/**
 * Turns one feedback unit joined with its cached analysis into {@code sentences} rows
 * ({@link Tables#SENTENCES_SCHEMA} without run_date): the CoreNLP fields plus the rules' verdict
 * (cues, complaint, quiet, mixed, evidence) and the taxonomy themes ({@link JudgedSentence}).
 * Stateless.
 */
final class SentenceRows {

  private SentenceRows() {
  }

  static List<Row> expand(Row unit, ThemeMatcher taxonomy) {
    List<AnalyzedSentence> analysed =
        AnalysisRows.fromRows(unit.getList(unit.fieldIndex("sentences")));
    List<JudgedSentence> judged = JudgedSentence.ofUnit(analysed, unit.getAs("source"),
        unit.getAs("rating"), unit.getAs("nps"), taxonomy);
    List<Row> out = new ArrayList<>(judged.size());
    for (JudgedSentence j : judged) {
      AnalyzedSentence s = j.sentence();
      SentenceVerdict v = j.verdict();
      Set<String> themes = new LinkedHashSet<>();
      for (ThemeMatch m : j.themes()) {
        themes.add(m.themeId());
      }
      Row[] cues = new Row[v.cues().size()];
      for (int i = 0; i < cues.length; i++) {
        Cue c = v.cues().get(i);
        cues[i] = RowFactory.create(c.type().name().toLowerCase(Locale.ROOT), c.phrase(),
            c.negated());
      }
      out.add(RowFactory.create(
          unit.getAs("unit_id"), s.index(), unit.getAs("source"), unit.getAs("doc_id"),
          unit.getAs("customer_id"), unit.getAs("event_date"), unit.getAs("rating"),
          unit.getAs("nps"), s.text(), s.sentiment().label(), s.sentimentScore(), s.parsed(),
          s.keyphrases().toArray(new String[0]), themes.toArray(new String[0]), cues,
          v.complaint(), v.quiet(), v.mixed(), v.evidence().toArray(new String[0]),
          s.analysisFailed()));
    }
    return out;
  }
}
