package io.papercuts.jobs;

import io.papercuts.annotate.JudgedSentence;
import io.papercuts.annotate.TextAnnotator;
import io.papercuts.annotate.UnitContext;
import io.papercuts.cues.Cue;
import io.papercuts.cues.SentenceVerdict;
import io.papercuts.jobs.Tables.AnalysedSentenceRow;
import io.papercuts.jobs.Tables.CueRow;
import io.papercuts.jobs.Tables.SentenceRow;
import io.papercuts.nlp.AnalyzedSentence;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;

/**
 * Turns one feedback unit joined with its cached analyses into {@code sentences} rows: the
 * CoreNLP fields plus the rules' verdict (cues, complaint, quiet, mixed, evidence) and the
 * taxonomy themes, as {@link TextAnnotator#judge} decides them. Stateless.
 */
public final class SentenceRows {

  /**
   * What the rows of a unit are made of: its feedback columns and its sentences' analyses in
   * sentence order ({@link UnitFingerprints} hashes the same columns).
   */
  record AnalysedUnit(String unitId, String source, String docId, String customerId,
      LocalDate eventDate, Integer rating, Integer nps, List<AnalysedSentenceRow> sentences) {
  }

  /**
   * One judged sentence's own columns, named as in {@code sentences}: what the spark.ml
   * annotator returns per sentence and what a {@code sentences} row adds to its unit's columns.
   */
  public record JudgedRow(Integer sentenceIdx, String text, String sentiment,
      Double sentimentScore, Boolean parsed, List<String> keyphrases, List<String> themeIds,
      List<CueRow> cues, Boolean isComplaint, Boolean isQuiet, Boolean isMixed,
      List<String> evidence, String analysisFailed) {
  }

  static final RowCodec<AnalysedUnit> UNITS = RowCodec.of(AnalysedUnit.class);

  private SentenceRows() {
  }

  /** The sentence rows of a unit row (feedback columns and {@code sentences}, read by name). */
  static List<Row> expand(Row unitRow, TextAnnotator annotator) {
    AnalysedUnit unit = UNITS.read(unitRow);
    List<AnalyzedSentence> analysed = new ArrayList<>(unit.sentences().size());
    unit.sentences().forEach(s -> analysed.add(AnalysisRows.fromRow(s)));
    List<JudgedSentence> judged = annotator.judge(analysed,
        new UnitContext(unit.source(), unit.rating(), unit.nps()));
    List<Row> out = new ArrayList<>(judged.size());
    for (JudgedSentence j : judged) {
      JudgedRow s = judgedRow(j);
      out.add(Tables.SENTENCES.row(new SentenceRow(unit.unitId(), s.sentenceIdx(),
          unit.source(), unit.docId(), unit.customerId(), unit.eventDate(), unit.rating(),
          unit.nps(), s.text(), s.sentiment(), s.sentimentScore(), s.parsed(), s.keyphrases(),
          s.themeIds(), s.cues(), s.isComplaint(), s.isQuiet(), s.isMixed(), s.evidence(),
          s.analysisFailed())));
    }
    return out;
  }

  /** A judged sentence's own columns. */
  public static JudgedRow judgedRow(JudgedSentence j) {
    AnalyzedSentence s = j.sentence();
    SentenceVerdict v = j.verdict();
    List<CueRow> cues = new ArrayList<>(v.cues().size());
    for (Cue c : v.cues()) {
      cues.add(new CueRow(c.type().name().toLowerCase(Locale.ROOT), c.phrase(), c.negated()));
    }
    return new JudgedRow(s.index(), s.text(), s.sentiment().label(), s.sentimentScore(),
        s.parsed(), s.keyphrases(), j.themeIds(), cues, v.complaint(), v.quiet(), v.mixed(),
        v.evidence(), s.analysisFailed());
  }
}
