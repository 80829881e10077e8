package io.papercuts.jobs;

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
 * taxonomy themes that match it, each with the rule that fired. {@link SentenceRows} turns these
 * into {@code sentences} rows; {@code papercuts explain} prints them, so both show the same
 * judgement. Immutable.
 */
public record JudgedSentence(AnalyzedSentence sentence, SentenceVerdict verdict,
    List<ThemeMatch> themes) {

  public JudgedSentence {
    themes = List.copyOf(themes);
  }

  /**
   * Judges every sentence of one unit in the unit's context ({@link DocumentContext#of}: its
   * source, rating, NPS and the mean sentiment of {@code sentences}), with the JVM-wide complaint
   * classifier ({@link SentenceRules}) and the run's taxonomy.
   */
  public static List<JudgedSentence> ofUnit(List<AnalyzedSentence> sentences, String source,
      Integer rating, Integer nps, ThemeMatcher taxonomy) {
    DocumentContext context = DocumentContext.of(source, rating, nps, sentences);
    List<JudgedSentence> out = new ArrayList<>(sentences.size());
    for (AnalyzedSentence s : sentences) {
      out.add(new JudgedSentence(s, SentenceRules.classifier().classify(s, context),
          taxonomy.match(s)));
    }
    return out;
  }
}
