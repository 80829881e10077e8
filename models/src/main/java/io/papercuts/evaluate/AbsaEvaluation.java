package io.papercuts.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * The scores of one ABSA file: on all its sentences, and on the {@linkplain AbsaSentence#labelled
 * labelled} ones only, with the sentences that carry no aspect label counted apart.
 *
 * @param file the file name
 * @param units gold sentences evaluated (one ABSA {@code <sentence>} each)
 * @param sentences CoreNLP sentences they were split into
 * @param complaint papercuts' {@code is_complaint} against gold "at least one negative aspect"
 * @param baseline CoreNLP sentence sentiment negative or very negative, same gold, same run
 * @param mixed papercuts' mixed evidence against gold "positive and negative aspects"
 * @param aspectTerms keyphrases against gold aspect terms, or null when the file has no
 *     {@code <aspectTerms>}
 * @param labelled the same complaint, baseline and mixed scores on the sentences with at least
 *     one aspect label: the figures to compare across files
 * @param unlabelled the sentences without any aspect label, and how many of them each side
 *     flags (no gold, so no score)
 * @param threads analysis threads used
 * @param seconds wall-clock time of the analysis and scoring
 * @param results every unit with its prediction, in file order (for error listings)
 */
public record AbsaEvaluation(String file, int units, int sentences, PrfCounts complaint,
    PrfCounts baseline, PrfCounts mixed, PrfCounts aspectTerms, Labelled labelled,
    Unlabelled unlabelled, int threads, double seconds, List<UnitResult> results) {

  /**
   * Scores on the sentences that carry at least one aspect label.
   *
   * @param units how many sentences carry a label
   */
  public record Labelled(int units, PrfCounts complaint, PrfCounts baseline, PrfCounts mixed) {
    public Labelled {
      Objects.requireNonNull(complaint, "complaint");
      Objects.requireNonNull(baseline, "baseline");
      Objects.requireNonNull(mixed, "mixed");
    }

    static final Labelled NONE = new Labelled(0, PrfCounts.ZERO, PrfCounts.ZERO, PrfCounts.ZERO);

    Labelled add(AbsaSentence g, UnitPrediction p) {
      return new Labelled(units + 1, complaint.add(g.goldComplaint(), p.complaint()),
          baseline.add(g.goldComplaint(), p.baselineNegative()), mixed.add(g.goldMixed(),
          p.mixed()));
    }
  }

  /**
   * The sentences without any aspect label.
   *
   * @param units how many there are
   * @param complaints how many papercuts calls a complaint
   * @param baselineNegative how many the baseline calls negative
   * @param mixed how many papercuts calls mixed
   */
  public record Unlabelled(int units, int complaints, int baselineNegative, int mixed) {
    static final Unlabelled NONE = new Unlabelled(0, 0, 0, 0);

    Unlabelled add(UnitPrediction p) {
      return new Unlabelled(units + 1, complaints + (p.complaint() ? 1 : 0),
          baselineNegative + (p.baselineNegative() ? 1 : 0), mixed + (p.mixed() ? 1 : 0));
    }
  }

  public AbsaEvaluation {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(complaint, "complaint");
    Objects.requireNonNull(baseline, "baseline");
    Objects.requireNonNull(mixed, "mixed");
    Objects.requireNonNull(labelled, "labelled");
    Objects.requireNonNull(unlabelled, "unlabelled");
    results = List.copyOf(results);
  }

  /** Scores already annotated units; {@code aspectTerms} is scored when {@code scoreTerms}. */
  public static AbsaEvaluation score(String file, List<UnitResult> results, boolean scoreTerms,
      int threads, double seconds) {
    PrfCounts complaint = PrfCounts.ZERO;
    PrfCounts baseline = PrfCounts.ZERO;
    PrfCounts mixed = PrfCounts.ZERO;
    PrfCounts terms = PrfCounts.ZERO;
    Labelled labelled = Labelled.NONE;
    Unlabelled unlabelled = Unlabelled.NONE;
    int sentences = 0;
    for (UnitResult u : results) {
      AbsaSentence g = u.gold();
      UnitPrediction p = u.predicted();
      sentences += p.sentences();
      complaint = complaint.add(g.goldComplaint(), p.complaint());
      baseline = baseline.add(g.goldComplaint(), p.baselineNegative());
      mixed = mixed.add(g.goldMixed(), p.mixed());
      if (g.labelled()) {
        labelled = labelled.add(g, p);
      } else {
        unlabelled = unlabelled.add(p);
      }
      if (scoreTerms) {
        terms = terms.plus(AspectTermMatcher.score(g.terms(), p.keyphrases(), p.tokens()));
      }
    }
    return new AbsaEvaluation(file, results.size(), sentences, complaint, baseline, mixed,
        scoreTerms ? terms : null, labelled, unlabelled, threads, seconds, results);
  }
}
