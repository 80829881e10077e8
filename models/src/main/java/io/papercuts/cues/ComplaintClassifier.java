package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The sentence rules' entry point: decides whether a sentence is a complaint, a mixed sentence and
 * a quiet complaint, from CoreNLP's analysis, the cues {@link CueDetector} finds and the document
 * the sentence sits in. Each decision is its own class, composed here in this order:
 * <ol>
 *   <li>{@link ComplaintRules#dismissal}: a question or a thank-you is no complaint, and nothing
 *       else is checked;
 *   <li>{@link MixedSentenceRules}: is the sentence mixed, or turned by a contrast;
 *   <li>{@link ComplaintRules#decide}: is it a complaint (a mixed or turned sentence is one);
 *   <li>{@link QuietnessRules}: for a complaint, is it quiet or loud.
 * </ol>
 * What a cue means to these rules (polarity, grievance, hedge, loudness) is an attribute of its
 * {@link CueType}. The verdict's evidence lists what fired, as {@link Evidence}: complaint reasons,
 * then why a signal did not count, then quietness.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplaintClassifier {

  private final CueDetector detector;
  private final ComplaintRules complaints = new ComplaintRules();
  private final MixedSentenceRules mixedSentences = new MixedSentenceRules();
  private final QuietnessRules quietness = new QuietnessRules();

  /** A classifier on the default lexicon. */
  public ComplaintClassifier() {
    this(new CueDetector());
  }

  public ComplaintClassifier(CueDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** Detects the sentence's cues and classifies it. */
  public SentenceVerdict classify(AnalyzedSentence sentence, DocumentContext context) {
    return classify(sentence, detector.detect(sentence), context);
  }

  /** Classifies a sentence whose cues were already detected. */
  public SentenceVerdict classify(AnalyzedSentence sentence, List<Cue> cues,
      DocumentContext context) {
    Objects.requireNonNull(context, "context");
    Optional<Evidence> dismissal = complaints.dismissal(sentence, cues);
    if (dismissal.isPresent()) {
      return new SentenceVerdict(cues, false, false, false, List.of(dismissal.get()));
    }
    MixedSentenceRules.Turn turn = mixedSentences.turn(sentence, cues, context);
    ComplaintRules.Decision decision = complaints.decide(sentence, cues, context, turn);
    if (!decision.complaint()) {
      return new SentenceVerdict(cues, false, false, turn.mixed(), decision.evidence());
    }
    QuietnessRules.Quietness quiet = quietness.judge(sentence, cues, context);
    List<Evidence> evidence = new ArrayList<>(decision.evidence());
    evidence.addAll(quiet.evidence());
    return new SentenceVerdict(cues, true, quiet.quiet(), turn.mixed(), evidence);
  }
}
