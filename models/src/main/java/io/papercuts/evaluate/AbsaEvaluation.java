package io.papercuts.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * The scores of one ABSA file.
 *
 * @param file the file name
 * @param units gold sentences evaluated (one ABSA {@code <sentence>} each)
 * @param sentences CoreNLP sentences they were split into
 * @param complaint papercuts' {@code is_complaint} against gold "at least one negative aspect"
 * @param baseline CoreNLP sentence sentiment negative or very negative, same gold, same run
 * @param mixed papercuts' mixed evidence against gold "positive and negative aspects"
 * @param aspectTerms keyphrases against gold aspect terms, or null when the file has no
 *     {@code <aspectTerms>}
 * @param threads analysis threads used
 * @param seconds wall-clock time of the analysis and scoring
 * @param results every unit with its prediction, in file order (for error listings)
 */
public record AbsaEvaluation(String file, int units, int sentences, PrfCounts complaint,
    PrfCounts baseline, PrfCounts mixed, PrfCounts aspectTerms, int threads, double seconds,
    List<UnitResult> results) {

  public AbsaEvaluation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(mixed, "mixed");
    results = List.copyOf(results);
  }

  /** Scores already annotated units; {@code aspectTerms} is scored when {@code scoreTerms}. */
  public static AbsaEvaluation score(String file, List<UnitResult> results, boolean scoreTerms,
      int threads, double seconds) {
    PrfCounts complaint = PrfCounts.ZERO;
    PrfCounts baseline = PrfCounts.ZERO;
    PrfCounts mixed = PrfCounts.ZERO;
    PrfCounts terms = PrfCounts.ZERO;
    int sentences = 0;
    for (UnitResult u : results) {
      AbsaSentence g = u.gold();
      UnitPrediction p = u.predicted();
      sentences += p.sentences();
      complaint = complaint.add(g.goldComplaint(), p.complaint());
      baseline = baseline.add(g.goldComplaint(), p.baselineNegative());
      mixed = mixed.add(g.goldMixed(), p.mixed());
      if (scoreTerms) {
        terms = terms.plus(AspectTermMatcher.score(g.terms(), p.keyphrases(), p.tokens()));
      }
    }
    return new AbsaEvaluation(file, results.size(), sentences, complaint, baseline, mixed,
        scoreTerms ? terms : null, threads, seconds, results);
  }
}
