package io.papercuts.annotate;

import io.papercuts.cues.ComplaintClassifier;
import io.papercuts.cues.DocumentContext;
import io.papercuts.cues.SentenceVerdict;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.themes.ThemeMatch;
import io.papercuts.themes.ThemeMatcher;
import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a feedback unit as the annotate stage judges it: CoreNLP's analysis, the
 * complaint rules' verdict in the unit's context (cues, complaint, quiet, mixed, evidence) and the
 * taxonomy themes that match it, each with the rule that fired. The jobs' {@code SentenceRows}
 * turns these into {@code sentences} rows; {@code papercuts explain} prints them, so both show
 * the same judgement. Immutable.
 */
public record JudgedSentence(AnalyzedSentence sentence, SentenceVerdict verdict,
    List<ThemeMatch> themes) {

  public JudgedSentence {
    themes = List.copyOf(themes);
  }

  /** The ids of the matched themes, in match order, each once. */
  public List<String> themeIds() {
    return themes.stream().map(ThemeMatch::themeId).distinct().toList();
  }

  /**
   * Judges every sentence of one unit in the unit's context ({@link DocumentContext#of}: its
   * source, rating, NPS and the mean sentiment of {@code sentences}).
   */
  static List<JudgedSentence> ofUnit(List<AnalyzedSentence> sentences, UnitContext unit,
      ComplaintClassifier classifier, ThemeMatcher taxonomy) {
    DocumentContext context = DocumentContext.of(unit.source(), unit.rating(), unit.nps(),
        sentences);
    List<JudgedSentence> out = new ArrayList<>(sentences.size());
    for (AnalyzedSentence s : sentences) {
      out.add(new JudgedSentence(s, classifier.classify(s, context), taxonomy.match(s)));
    }
    return out;
  }
}
