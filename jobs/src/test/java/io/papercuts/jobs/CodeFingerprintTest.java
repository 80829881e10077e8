package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class CodeFingerprintTest {

  @Test
  void theRulesAndTheRowBuildersCountNotTheRest() {
    assertTrue(CodeFingerprint.counts("io/papercuts/cues/ComplaintRules.class"));
    assertTrue(CodeFingerprint.counts("io/papercuts/cues/cue-lexicon.csv"));
    assertTrue(CodeFingerprint.counts("io/papercuts/themes/taxonomy.csv"));
    assertTrue(CodeFingerprint.counts("io/papercuts/nlp/CoreNlpAnalyzer.class"));
    assertTrue(CodeFingerprint.counts("io/papercuts/jobs/SentenceRows.class"));
    assertTrue(CodeFingerprint.counts("io/papercuts/jobs/SentenceRows$AnalysedUnit.class"));
    assertTrue(CodeFingerprint.counts("io/papercuts/jobs/Rules.class"));
    // Editing the report, ingest, the CLI or another job recomputes no sentence.
    assertFalse(CodeFingerprint.counts("io/papercuts/report/HtmlReportWriter.class"));
    assertFalse(CodeFingerprint.counts("io/papercuts/ingest/ReviewCsvParser.class"));
    assertFalse(CodeFingerprint.counts("io/papercuts/cli/PapercutsCli.class"));
    assertFalse(CodeFingerprint.counts("io/papercuts/jobs/SummarizeJob.class"));
    assertFalse(CodeFingerprint.counts("io/papercuts/jobs/RulesOfThumb.class"));
  }

  @Test
  void theValueIsStableInOneJvmAndReadFromTheCode() {
    assertEquals(CodeFingerprint.value(), CodeFingerprint.value());
    assertFalse(CodeFingerprint.value().startsWith("unknown-"), CodeFingerprint.value());
    assertEquals(32, CodeFingerprint.value().length());
  }
}
