package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
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
    Map<String, String> reasons = new TreeMap<>();
    try (DuckDb db = new DuckDb(out)) {
      for (List<Object> r : db.rows("SELECT f.doc_id || '#' || s.sentence_idx, "
          + "coalesce(s.analysis_failed, 'ok'), s.sentiment, length(s.text) FROM "
          + db.table("sentences") + " s JOIN " + db.table("feedback") + " f USING (unit_id)")) {
        reasons.put((String) r.get(0), (String) r.get(1));
        if (!"ok".equals(r.get(1))) {
          assertEquals("neutral", r.get(2), "no sentiment for " + r.get(0));
        }
      }
      assertEquals("too_long: 5,001 tokens, over 500: tokens only, not tagged, parsed or given "
          + "a sentiment", reasons.get("V-2#0"));
      assertTrue(reasons.get("V-3#0").startsWith("too_long: 50,001 tokens")
          || reasons.get("V-3#0").startsWith("too_long: 50,000 tokens"), reasons::toString);
      assertTrue(reasons.get("V-4#0").startsWith("corenlp_error: StackOverflowError"),
          reasons::toString);
      assertEquals(Map.of("V-1#0", "ok", "V-1#1", "ok", "V-4#1", "ok"), Map.of(
          "V-1#0", reasons.get("V-1#0"), "V-1#1", reasons.get("V-1#1"),
          "V-4#1", reasons.get("V-4#1")), reasons::toString);
      assertEquals(6, reasons.size(), reasons::toString);
      // The texts are kept whole, so the marked sentences can be read and looked into.
      assertEquals(16_667L * 8, db.scalarLong("SELECT length(text) FROM " + db.table("sentences")
          + " s JOIN " + db.table("feedback") + " f USING (unit_id) WHERE f.doc_id = 'V-3'"));
      // The failed sentence still has its tokens and lemmas from the tagger for the rules.
      assertNull(db.rows("SELECT analysis_failed FROM " + db.table("sentences")
          + " WHERE text = 'The hold times are long.'").get(0).get(0));
    }
  }

  @Test
  void countsReconcile() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      List<Object> r = db.rows("SELECT records_read, records_accepted, records_quarantined, "
          + "records_skipped, units, sentences, sentences_failed, status FROM "
          + db.table("runs")).get(0);
      assertEquals(List.of(4L, 4L, 0L, 0L, 4L, 6L, 3L, "succeeded"), r, "runs row");
      assertEquals(3, db.scalarLong("SELECT count(*) FROM " + db.table("sentences")
          + " WHERE analysis_failed IS NOT NULL"));
      assertEquals(4, db.scalarLong("SELECT count(DISTINCT unit_id) FROM "
          + db.table("sentences")), "every unit has its sentences");
      assertEquals(3, db.scalarLong("SELECT count(*) FROM " + db.table("sentence_cache")
          + " WHERE analysis.analysis_failed IS NOT NULL"), "the cache keeps the reason");
    }
  }
}
