package io.papercuts.evaluate;

import io.papercuts.cues.ComplaintClassifier;
import io.papercuts.cues.Cue;
import io.papercuts.cues.CueType;
import io.papercuts.cues.DocumentContext;
import io.papercuts.cues.SentenceVerdict;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.CoreNlpAnalyzer;
import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The pipeline's own annotation of a unit: {@link CoreNlpAnalyzer#shared()} then
 * {@link ComplaintClassifier} with a neutral review context (ABSA sentences carry no rating), so
 * the numbers describe exactly what the annotate stage would write.
 *
 * <p>A unit CoreNLP splits into several sentences is a complaint when any sentence is; it is mixed
 * when any sentence is mixed or when the sentences disagree: one is a complaint and another is a
 * positive non-complaint (CoreNLP positive or very positive, or an un-negated praise cue). The
 * baseline is negative when any sentence is CoreNLP negative or very negative.
 *
 * <p>Thread-safe: the analyzer and the classifier are.
 */
public final class CoreNlpUnitAnnotator implements UnitAnnotator {

  private final Function<String, List<AnalyzedSentence>> analysis;
  private final ComplaintClassifier classifier;

  /** The JVM-wide analyzer (loads the CoreNLP models on first use) and the default rules. */
  public CoreNlpUnitAnnotator() {
    this(CoreNlpAnalyzer.shared(), new ComplaintClassifier());
  }

  public CoreNlpUnitAnnotator(CoreNlpAnalyzer analyzer, ComplaintClassifier classifier) {
    this(analyzer::analyze, classifier);
  }

  /**
   * Sentences from {@code analysis} (CoreNLP, or an {@link AnalysisCache} in front of it) and
   * the rules of {@code classifier}; {@code analysis} must be thread-safe.
   */
  public CoreNlpUnitAnnotator(Function<String, List<AnalyzedSentence>> analysis,
      ComplaintClassifier classifier) {
    this.analysis = Objects.requireNonNull(analysis, "analysis");
    this.classifier = Objects.requireNonNull(classifier, "classifier");
  }

  @Override
  public UnitPrediction annotate(String text) {
    return predict(text, analysis.apply(text), classifier);
  }

  /** Combines already analysed sentences of {@code text} into a unit prediction. */
  public static UnitPrediction predict(String text, List<AnalyzedSentence> sentences,
      ComplaintClassifier classifier) {
    DocumentContext context = DocumentContext.neutral("review");
    boolean complaint = false;
    boolean mixed = false;
    boolean positiveOther = false;
    boolean baseline = false;
    Set<String> keyphrases = new LinkedHashSet<>();
    List<Token> tokens = new ArrayList<>();
    List<String> evidence = new ArrayList<>();
    int cursor = 0;
    for (AnalyzedSentence s : sentences) {
      SentenceVerdict v = classifier.classify(s, context);
      complaint |= v.complaint();
      mixed |= v.mixed();
      positiveOther |= !v.complaint() && (s.sentiment().isPositive() || hasPraise(v.cues()));
      baseline |= s.sentiment().isNegative();
      keyphrases.addAll(s.keyphrases());
      int offset = text.indexOf(s.text(), cursor);
      if (offset >= 0) {
        cursor = offset + s.text().length();
        for (Token t : s.tokens()) {
          tokens.add(new Token(t.word(), t.lemma(), t.pos(), t.begin() + offset, t.end() + offset));
        }
      }
      evidence.add(s.sentiment().label() + (v.complaint() ? " complaint" : "")
          + (v.mixed() ? " mixed" : "") + " " + v.evidence());
    }
    boolean disagree = complaint && positiveOther && sentences.size() > 1;
    return new UnitPrediction(sentences.size(), complaint, mixed || disagree, baseline,
        List.copyOf(keyphrases), tokens, evidence);
  }

  private static boolean hasPraise(List<Cue> cues) {
    return cues.stream().anyMatch(c -> c.type() == CueType.PRAISE && !c.negated());
  }
}
