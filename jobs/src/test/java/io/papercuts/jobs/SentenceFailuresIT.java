package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalysisFaults;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One text never ends the night. A night whose reviews hold a 5,000-token sentence without
 * punctuation (it overflowed the stack in CoreNLP's sentiment binarizer: exit 50), a
 * 50,000-emoji review (the tokenizer alone took minutes) and a sentence on which CoreNLP fails
 * (a {@link StackOverflowError} injected inside its call) completes with exit 0; each of these
 * sentences is marked with its reason in {@code sentences.analysis_failed}, the other sentences
 * are analysed as usual, and the counts reconcile. Fixtures are generated into a temp folder.
 */
class SentenceFailuresIT {

  static final String RUN_DATE = "2026-10-31";
  static final String MARKER = "ZZFAULTZZ";

  @TempDir
  static Path work;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void runTheNight() throws Exception {
    Path input = work.resolve("input");
    Files.createDirectories(input.resolve("reviews"));
    String longSentence = "the router drops ".repeat(1667).strip();
    String emoji = "😀👍🏽🇫🇷".repeat(16_667);
    Files.writeString(input.resolve("reviews/reviews.csv"),
        "review_id,customer_id,product,rating,title,body,review_date\n"
            + "V-1,C-1,Mobile Plan M,2,Meh,\"The app logs me out every week. Support was kind "
            + "but slow.\",2026-10-02\n"
            + "V-2,C-2,Mobile Plan M,1,Router,\"" + longSentence + "\",2026-10-03\n"
            + "V-3,C-3,Mobile Plan M,5,Wow,\"" + emoji + "\",2026-10-04\n"
            + "V-4,C-4,Mobile Plan M,3,Ok,\"" + MARKER + " the router keeps dropping. The hold "
            + "times are long.\",2026-10-05\n",
        StandardCharsets.UTF_8);
    // Long texts are quarantined at 20,000 chars by default; these must reach CoreNLP.
    Path config = work.resolve("papercuts.properties");
    Files.writeString(config, "ingest.max_text_chars=200000\n");
    out = work.resolve("out");
    AnalysisFaults.set(MARKER, true);
    try {
      run = CliRun.nightly(input, out, RUN_DATE, "--config", config.toString());
    } finally {
      AnalysisFaults.set(null, false);
    }
  }

  @Test
  void theNightCompletes() {
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.stdout().contains("3 sentences not fully analysed"), run::toString);
  }

  @Test
  void eachBadSentenceIsMarkedWithItsReasonAndTheOthersAreNot() throws Exception {
    // Per review: its sentences (the title is the first), the failed ones with their reason.
    Map<String, List<String>> failed = new TreeMap<>();
    Map<String, Long> sentences = new TreeMap<>();
    try (DuckDb db = new DuckDb(out)) {
      for (List<Object> r : db.rows("SELECT f.doc_id, s.analysis_failed, s.sentiment, s.text FROM "
          + db.table("sentences") + " s JOIN " + db.table("feedback") + " f USING (unit_id) "
          + "ORDER BY f.doc_id, s.sentence_idx")) {
        String doc = (String) r.get(0);
        sentences.merge(doc, 1L, Long::sum);
        failed.computeIfAbsent(doc, k -> new java.util.ArrayList<>());
        if (r.get(1) != null) {
          failed.get(doc).add((String) r.get(1));
          assertEquals("neutral", r.get(2), "no sentiment for a marked sentence of " + doc);
        }
      }
      assertEquals(Map.of("V-1", 3L, "V-2", 2L, "V-3", 2L, "V-4", 3L), sentences);
      assertEquals(List.of(), failed.get("V-1"));
      assertEquals(List.of("too_long: 5,001 tokens, over 500: tokens only, not tagged, parsed "
          + "or given a sentiment"), failed.get("V-2"));
      assertEquals(1, failed.get("V-3").size(), failed::toString);
      assertTrue(failed.get("V-3").get(0).matches("too_long: 50,00\\d tokens, over 500: .*"),
          failed::toString);
      assertEquals(1, failed.get("V-4").size(), failed::toString);
      assertTrue(failed.get("V-4").get(0).startsWith("corenlp_error: StackOverflowError"),
          failed::toString);
      // The texts are kept whole, so the marked sentences can be read and looked into.
      // DuckDB counts code points: 5 per "😀👍🏽🇫🇷".
      assertEquals(16_667L * 5, db.scalarLong("SELECT max(length(s.text)) FROM "
          + db.table("sentences") + " s JOIN " + db.table("feedback")
          + " f USING (unit_id) WHERE f.doc_id = 'V-3'"));
      // Beside the failed sentence, its unit's other sentences are analysed as usual.
      assertEquals(List.of(true), db.rows("SELECT parsed FROM " + db.table("sentences")
          + " WHERE text = 'The hold times are long.' AND analysis_failed IS NULL").get(0));
      // The failed sentence keeps the tagger's tokens, so the rules still see its words.
      assertTrue(db.scalarLong("SELECT len(keyphrases) FROM " + db.table("sentences")
          + " WHERE text LIKE '" + MARKER + "%'") > 0, "keyphrases of the failed sentence");
    }
  }

  @Test
  void countsReconcile() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      List<Object> r = db.rows("SELECT records_read, records_accepted, records_quarantined, "
          + "records_skipped, units, sentences, sentences_failed, status FROM "
          + db.table("runs")).get(0);
      assertEquals(List.of(4L, 4L, 0L, 0L, 4L, 10L, 3L, "succeeded"), r, "runs row");
      assertEquals(3, db.scalarLong("SELECT count(*) FROM " + db.table("sentences")
          + " WHERE analysis_failed IS NOT NULL"));
      assertEquals(4, db.scalarLong("SELECT count(DISTINCT unit_id) FROM "
          + db.table("sentences")), "every unit has its sentences");
      assertEquals(3, db.scalarLong("SELECT count(*) FROM " + db.table("sentence_cache")
          + " WHERE analysis.analysis_failed IS NOT NULL"), "the cache keeps the reason");
    }
  }
}
