package io.papercuts.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvFileSource;

/**
 * The complaint rules on real CoreNLP output: hand-written sentences covering negation, "still",
 * "but", hedges, contrast, effort, breach, friction, loud versus quiet, positive documents, thanks
 * and questions. The cases live in {@code ComplaintClassifierIT/sentences.csv}.
 */
class ComplaintClassifierIT {

  private static final CoreNlpAnalyzer ANALYZER = CoreNlpAnalyzer.shared();
  private final ComplaintClassifier classifier = new ComplaintClassifier();

  @ParameterizedTest(name = "{0}")
  @CsvFileSource(resources = "/ComplaintClassifierIT/sentences.csv", numLinesToSkip = 1)
  void classifiesTheLastSentence(String name, String text, Integer rating, Integer nps,
      String complaint, String quiet, String mixed) {
    List<AnalyzedSentence> sentences = ANALYZER.analyze(text);
    assertFalse(sentences.isEmpty(), name);
    DocumentContext context = DocumentContext.of("review", rating, nps, sentences);
    AnalyzedSentence last = sentences.get(sentences.size() - 1);
    SentenceVerdict v = classifier.classify(last, context);
    String why = name + ": " + last.text() + " [" + last.sentiment() + " "
        + String.format("%.2f", last.sentimentScore()) + "] cues=" + v.cues().stream()
        .map(c -> c.key() + (c.negated() ? "(negated)" : "")).toList()
        + " evidence=" + v.evidence();
    expect(complaint, v.complaint(), "complaint", why);
    expect(quiet, v.quiet(), "quiet", why);
    expect(mixed, v.mixed(), "mixed", why);
    if (v.complaint()) {
      assertFalse(v.evidence().isEmpty(), why);
    }
  }

  private static void expect(String expected, boolean actual, String what, String why) {
    if (expected == null || expected.isBlank()) {
      return;
    }
    assertTrue(expected.equals("y") || expected.equals("n"), "bad fixture value " + expected);
    assertEquals(expected.equals("y"), actual, () -> what + " wrong for " + why);
  }
}
