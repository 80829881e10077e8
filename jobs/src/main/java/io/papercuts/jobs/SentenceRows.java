package io.papercuts.jobs;

import io.papercuts.cues.Cue;
import io.papercuts.cues.SentenceVerdict;
import io.papercuts.jobs.Tables.AnalysedSentenceRow;
import io.papercuts.jobs.Tables.CueRow;
import io.papercuts.jobs.Tables.SentenceRow;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.themes.ThemeMatch;
import io.papercuts.themes.ThemeMatcher;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.apache.spark.sql.Row;

/**
 * Turns one feedback unit joined with its cached analyses into {@code sentences} rows: the
 * CoreNLP fields plus the rules' verdict (cues, complaint, quiet, mixed, evidence) and the
 * taxonomy themes, as {@link JudgedSentence} decides them. Stateless.
 */
final class SentenceRows {

  /**
   * What the rows of a unit are made of: its feedback columns and its sentences' analyses in
   * sentence order ({@link UnitFingerprints} hashes the same columns).
   */
  record AnalysedUnit(String unitId, String source, String docId, String customerId,
      LocalDate eventDate, Integer rating, Integer nps, List<AnalysedSentenceRow> sentences) {
  }

  static final RowCodec<AnalysedUnit> UNITS = RowCodec.of(AnalysedUnit.class);

  private SentenceRows() {
  }

  /** The sentence rows of a unit row (feedback columns and {@code sentences}, read by name). */
  static List<Row> expand(Row unitRow, ThemeMatcher taxonomy) {
    AnalysedUnit unit = UNITS.read(unitRow);
    List<AnalyzedSentence> analysed = new ArrayList<>(unit.sentences().size());
    unit.sentences().forEach(s -> analysed.add(AnalysisRows.fromRow(s)));
    List<JudgedSentence> judged = JudgedSentence.ofUnit(analysed, unit.source(), unit.rating(),
        unit.nps(), taxonomy);
    List<Row> out = new ArrayList<>(judged.size());
    for (JudgedSentence j : judged) {
      AnalyzedSentence s = j.sentence();
      SentenceVerdict v = j.verdict();
      Set<String> themes = new LinkedHashSet<>();
      for (ThemeMatch m : j.themes()) {
        themes.add(m.themeId());
      }
      List<CueRow> cues = new ArrayList<>(v.cues().size());
      for (Cue c : v.cues()) {
        cues.add(new CueRow(c.type().name().toLowerCase(Locale.ROOT), c.phrase(), c.negated()));
      }
      out.add(Tables.SENTENCES.row(new SentenceRow(unit.unitId(), s.index(), unit.source(),
          unit.docId(), unit.customerId(), unit.eventDate(), unit.rating(), unit.nps(), s.text(),
          s.sentiment().label(), s.sentimentScore(), s.parsed(), s.keyphrases(),
          List.copyOf(themes), cues, v.complaint(), v.quiet(), v.mixed(), v.evidence(),
          s.analysisFailed())));
    }
    return out;
  }
}
