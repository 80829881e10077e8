package io.papercuts.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * papercuts against the "CoreNLP says negative" baseline on real restaurant-review sentences
 * (MAMS validation split), with the real CoreNLP models. The data is not part of the project: it
 * is read from {@code -Dpapercuts.eval.mams=DIR}, else from {@code ../../shared/eval/mams} beside
 * the checkout, and the test is skipped when it is absent.
 */
class AbsaEvaluationIT {

  @Test
  void papercutsBeatsTheSentimentBaselineAndFindsMixedSentencesOnMamsValidation() throws Exception {
    String dir = System.getProperty("papercuts.eval.mams");
    Path file = (dir == null ? Path.of("..", "..", "shared", "eval", "mams") : Path.of(dir))
        .resolve("validation.xml");
    assumeTrue(Files.isRegularFile(file), "MAMS validation split not found at " + file);

    AbsaDataset data = new AbsaXmlReader().read(file);
    AbsaEvaluation e = new AbsaEvaluator(new CoreNlpUnitAnnotator(), AbsaEvaluator.DEFAULT_THREADS)
        .evaluate(data);
    System.out.print(EvaluationReport.table(e));

    assertEquals(data.sentences().size(), e.units());
    String table = EvaluationReport.table(e);
    // The targets of the evaluation issue: 10 points of F1 over the baseline, and mixed
    // sentences found with precision and recall of at least 0.6.
    assertTrue(e.complaint().f1() >= e.baseline().f1() + 0.10, table);
    assertTrue(e.mixed().precision() >= 0.6, table);
    assertTrue(e.mixed().recall() >= 0.6, table);
  }
}
