package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Bad input end to end. One nightly run (with {@code --max-quarantine-share 1}) reads a corpus
 * holding one record per failure case next to good records (fixture {@code BadInputIT/main}, plus
 * a generated over-long comment); every record written must come back exactly once as accepted,
 * quarantined (with the right reason code, file and line) or skipped, and odd but valid text
 * (emoji, HTML) must arrive unchanged. Then the failure modes, each with its documented exit
 * code and no partial output.
 */
class BadInputIT {

  static final String RUN_DATE = "2026-10-31";
  static final String ACCEPTED = "accepted";

  /** Every record of the corpus: file, 1-based start line, and what must become of it. */
  static final List<String> EXPECTED = List.of(
      "exit-survey.csv:2 accepted",
      "exit-survey.csv:3 bad_nps", // nps 11
      "exit-survey.csv:4 bad_date", // 31/10/2026
      "exit-survey.csv:5 wrong_column_count", // 7 fields
      "exit-survey.csv:6 skipped empty_comment",
      "exit-survey.csv:7 accepted", // emoji
      "exit-survey.csv:8 accepted", // <script>
      "exit-survey.csv:9 accepted", // a comment over two lines
      "exit-survey.csv:11 unclosed_quote",
      "exit-survey.csv:12 accepted", // read again after the unclosed quote
      "bom-export.csv:2 accepted",
      "excel-export-cp1252.csv:2 invalid_encoding",
      "excel-export-cp1252.csv:3 accepted", // plain ASCII is valid UTF-8 too
      "excel-export-cp1252.csv:4 invalid_encoding",
      "long-comment.csv:2 text_too_long", // generated, 25,000 chars
      "reviews.csv:2 accepted",
      "reviews.csv:3 bad_rating", // 6
      "reviews.csv:4 skipped empty_body", // a rating without text is no bad record
      "reviews.csv:5 accepted", // title and body over three lines
      "reviews.csv:8 bad_rating", // 0
      "reviews.csv:9 accepted", // emoji
      "reviews.csv:10 accepted", // <script>, <img onerror>
      "reviews.csv:11 bad_date", // 2026-13-45
      "chats.jsonl:1 accepted",
      "chats.jsonl:2 invalid_json", // cut off mid-line
      "chats.jsonl:4 missing_field", // no customer_id (line 3 is blank: not a record)
      "chats.jsonl:5 accepted");

  /** Text units of the accepted records: 7 survey comments, 4 reviews, 3 customer turns. */
  static final long UNITS = 14;

  /** Texts that must reach feedback exactly as written (doc_id, turn_idx or -1, text). */
  static final List<String[]> VERBATIM = List.of(
      new String[] {"S-6", "-1",
          "Love the app 😍 but the box arrived crushed 📦 again 🙄 👨‍👩‍👧 🇫🇷"},
      new String[] {"S-7", "-1",
          "<script>alert('x')</script> <b>bold</b> &amp; the renewal surprised me."},
      new String[] {"V-6", "-1", "😍😍😍. Great value 👍🏽 but the SIM took 3 weeks 🐢 to arrive"},
      new String[] {"V-7", "-1", "<b>Meh</b>. <script>alert(document.cookie)</script>"
          + "<img src=x onerror=alert(1)> Support never called back."},
      new String[] {"T-1", "0", "I was charged twice 😤 this month."},
      new String[] {"T-1", "2", "<script>alert('t')</script> also the chat window keeps closing."},
      new String[] {"S-8", "-1",
          "The agent was kind.\nBut I had to repeat my account number three times."},
      new String[] {"S-20", "-1", "The monthly price went up without any notice."});

  @TempDir
  static Path work;
  static Path input;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void runTheBadInputCorpus() throws Exception {
    input = CliRun.copyTree(CliRun.fixture(BadInputIT.class, "main"), work.resolve("input"));
    // A 25,000-char comment is generated rather than committed.
    StringBuilder comment = new StringBuilder();
    while (comment.length() < 25_000) {
      comment.append("The router keeps dropping the connection every evening. ");
    }
    Files.writeString(input.resolve("surveys/long-comment.csv"),
        "response_id,customer_id,submitted_at,stated_reason,comment,nps\n"
            + "S-40,C-40,2026-10-15,Other,\"" + comment + "\",5\n", StandardCharsets.UTF_8);
    out = work.resolve("out");
    run = CliRun.nightly(input, out, RUN_DATE, "--max-quarantine-share", "1");
  }

  @Test
  void theRunCompletes() {
    assertEquals(0, run.exitCode(), run::toString);
  }

  @Test
  void everyRecordEndsInExactlyOnePlaceWithItsReasonFileAndLine() throws Exception {
    List<String> actual = new ArrayList<>();
    try (DuckDb db = new DuckDb(out)) {
      String name = "regexp_extract(file, '[^/]+$')";
      for (List<Object> r : db.rows("SELECT " + name + ", line, split_part(reason, ':', 1) FROM "
          + db.table("quarantine"))) {
        actual.add(r.get(0) + ":" + r.get(1) + " " + r.get(2));
      }
      for (List<Object> r : db.rows("SELECT " + name + ", line, reason FROM "
          + db.table(Tables.SKIPPED.name()))) {
        actual.add(r.get(0) + ":" + r.get(1) + " skipped " + r.get(2));
      }
      // An accepted survey or review yields one unit; an accepted conversation one contact.
      for (List<Object> r : db.rows("SELECT " + name + ", line FROM " + db.table("feedback")
          + " WHERE source <> 'transcript' UNION ALL SELECT " + name + ", line FROM "
          + db.table("contacts"))) {
        actual.add(r.get(0) + ":" + r.get(1) + " " + ACCEPTED);
      }
    }
    assertEquals(sorted(EXPECTED), sorted(actual), run::toString);
  }

  @Test
  void countsReconcileAndMatchTheRecordsWritten() throws Exception {
    long accepted = EXPECTED.stream().filter(e -> e.endsWith(" " + ACCEPTED)).count();
    long skipped = EXPECTED.stream().filter(e -> e.contains(" skipped ")).count();
    long quarantined = EXPECTED.size() - accepted - skipped;
    try (DuckDb db = new DuckDb(out)) {
      List<Object> r = db.rows("SELECT records_read, records_accepted, records_quarantined, "
          + "records_skipped, units, status FROM " + db.table("runs")).get(0);
      assertEquals(List.of((long) EXPECTED.size(), accepted, quarantined, skipped, UNITS,
          "succeeded"), r, "runs: read, accepted, quarantined, skipped, units, status");
      assertEquals((long) r.get(0), (long) r.get(1) + (long) r.get(2) + (long) r.get(3));
      assertEquals(quarantined, db.count("quarantine"));
      assertEquals(skipped, db.count(Tables.SKIPPED.name()));
      assertEquals(UNITS, db.count("feedback"));
      assertEquals(UNITS, db.scalarLong("SELECT count(DISTINCT unit_id) FROM "
          + db.table("sentences")), "every unit is annotated");
      // The skipped (empty) comment still counts as a survey response.
      assertEquals(1, db.scalarLong("SELECT count(*) FROM " +
          db.table(Tables.SURVEY_RESPONSES.name())
          + " WHERE response_id = 'S-5' AND unit_id IS NULL AND nps = 7"));
    }
  }

  @Test
  void emojiHtmlAndMultiLineTextArriveUnchanged() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      for (String[] v : VERBATIM) {
        List<List<Object>> rows = db.rows("SELECT text FROM " + db.table("feedback")
            + " WHERE doc_id = '" + v[0] + "' AND coalesce(turn_idx, -1) = " + v[1]);
        assertEquals(1, rows.size(), v[0] + " turn " + v[1]);
        assertEquals(v[2], rows.get(0).get(0), v[0] + " turn " + v[1]);
      }
      // Sentences are cut from the unit's text, so the emoji and markup survive CoreNLP too.
      String sentences = (String) db.rows("SELECT string_agg(s.text, ' ') FROM "
          + db.table("sentences") + " s JOIN " + db.table("feedback")
          + " f USING (unit_id) WHERE f.doc_id IN ('S-6', 'V-7')").get(0).get(0);
      assertTrue(sentences.contains("😍") && sentences.contains("🇫🇷")
          && sentences.contains("<script>alert(document.cookie)</script>"), sentences);
    }
  }

  @Test
  void quarantineKeepsTheOriginalRecordTruncated() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      Map<String, String> raw = new TreeMap<>();
      for (List<Object> r : db.rows("SELECT regexp_extract(file, '[^/]+$') || ':' || line, raw, "
          + "reason FROM " + db.table("quarantine"))) {
        raw.put((String) r.get(0), (String) r.get(1));
        assertTrue(((String) r.get(2)).matches("[a-z_]+: .+"), "reason 'code: detail' " + r);
      }
      assertEquals("S-2,C-2,2026-10-02,Price,\"Too expensive, and support kept transferring me.\",11",
          raw.get("exit-survey.csv:3"));
      assertTrue(raw.get("excel-export-cp1252.csv:2").startsWith("S-30,C-30,2026-10-12"),
          raw.get("excel-export-cp1252.csv:2"));
      assertEquals(500, raw.get("long-comment.csv:2").length(), "ingest.raw_snippet_chars");
      assertTrue(raw.get("chats.jsonl:2").contains("\"T-2\""), raw.get("chats.jsonl:2"));
    }
  }

  @Test
  void unsupportedFilesAreReportedNotRead() throws Exception {
    assertTrue(run.stdout().contains("call-notes.docx (unsupported extension for transcripts/"),
        run.stdout());
    try (DuckDb db = new DuckDb(out)) {
      for (String table : List.of("feedback", "quarantine", Tables.SKIPPED.name(), "contacts")) {
        assertEquals(0, db.scalarLong("SELECT count(*) FROM " + db.table(table)
            + " WHERE file LIKE '%call-notes.docx'"), table);
      }
    }
  }

  @Test
  void windows1252ConfiguredIsDecoded() throws Exception {
    Path in = work.resolve("cp1252-input");
    Files.createDirectories(in.resolve("surveys"));
    Files.copy(input.resolve("surveys/excel-export-cp1252.csv"),
        in.resolve("surveys/excel-export-cp1252.csv"));
    Path o = work.resolve("cp1252-out");
    CliRun r = CliRun.nightly(in, o, RUN_DATE, "--config",
        CliRun.fixture(BadInputIT.class, "windows-1252.properties").toString());
    assertEquals(0, r.exitCode(), r::toString);
    try (DuckDb db = new DuckDb(o)) {
      assertEquals(List.of(3L, 3L, 0L), db.rows("SELECT records_read, records_accepted, "
          + "records_quarantined FROM " + db.table("runs")).get(0));
      assertEquals(List.of(
              List.of("S-30", "The café router manual was useless, I couldn’t set it up."),
              List.of("S-31", "Plain ASCII comment: the renewal email came too late."),
              List.of("S-32", "Charged €20 extra – nobody explained why.")),
          db.rows("SELECT doc_id, text FROM " + db.table("feedback") + " ORDER BY doc_id"));
    }
  }

  // ---- failure modes: documented exit code, one-line message, no partial output ----

  @Test
  void missingInputFolderIsAnInputError() {
    Path o = work.resolve("out-missing");
    CliRun r = CliRun.nightly(work.resolve("no-such-folder"), o, RUN_DATE);
    assertEquals(ExitCode.INPUT.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("no-such-folder"), r::toString);
    assertEquals(List.of(), CliRun.tables(o));
  }

  @Test
  void inputWithoutRecognisedFilesIsAnInputError() {
    Path o = work.resolve("out-unrecognised");
    CliRun r = CliRun.nightly(CliRun.fixture(BadInputIT.class, "no-recognised-files"), o,
        RUN_DATE);
    assertEquals(ExitCode.INPUT.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("no input files"), r::toString);
    assertEquals(List.of(), CliRun.tables(o));
  }

  @Test
  void surveyWithoutResponseIdColumnIsAnInputError() {
    Path o = work.resolve("out-missing-column");
    CliRun r = CliRun.nightly(CliRun.fixture(BadInputIT.class, "missing-column"), o, RUN_DATE);
    assertEquals(ExitCode.INPUT.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("exit-survey.csv") && r.stderr().contains("response_id"),
        r::toString);
    assertEquals(List.of(), CliRun.tables(o));
    assertEquals(List.of(), CliRun.filesUnder(o.resolve("_staging")));
  }

  @Test
  void binaryFileWithCsvExtensionStopsTheRunNamingTheFile() {
    // Documented for InputFileException: a file whose header cannot be read stops the run
    // (quarantining every row would hide the problem).
    Path o = work.resolve("out-binary");
    CliRun r = CliRun.nightly(CliRun.fixture(BadInputIT.class, "binary"), o, RUN_DATE);
    assertEquals(ExitCode.INPUT.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("export.csv") && r.stderr().contains("header"), r::toString);
    assertFalse(r.stderr().contains("\tat "), "a one-line message, no stack trace: " + r);
    assertEquals(List.of(), CliRun.tables(o));
  }

  @Test
  void quarantineAboveTheDefaultShareStopsBeforeFeedback() throws Exception {
    Path o = work.resolve("out-threshold");
    CliRun r = CliRun.nightly(input, o, RUN_DATE); // 12 of 27 quarantined, default 0.05
    assertEquals(ExitCode.QUARANTINE_THRESHOLD.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("12 of 27"), r::toString);
    // The quarantine is kept so the analyst can see why; nothing else is written.
    assertEquals(List.of("quarantine"), CliRun.tables(o));
    try (DuckDb db = new DuckDb(o)) {
      assertEquals(12, db.count("quarantine"));
    }
  }

  @Test
  void aRerunStoppedByTheThresholdLeavesNoDateThatLooksCompleteButIsNot() throws Exception {
    // A complete run of the date exists; a rerun over different input stops at the threshold.
    Path o = work.resolve("out-threshold-rerun");
    CliRun.copyTree(out, o);
    Path in = work.resolve("threshold-rerun-input");
    Files.createDirectories(in.resolve("surveys"));
    Files.copy(input.resolve("surveys/exit-survey.csv"), in.resolve("surveys/exit-survey.csv"));
    CliRun r = CliRun.nightly(in, o, RUN_DATE); // 4 of 10 quarantined
    assertEquals(ExitCode.QUARANTINE_THRESHOLD.code(), r.exitCode(), r::toString);
    try (DuckDb db = new DuckDb(o)) {
      assertEquals(UNITS, db.count("feedback"), "the previous feedback is unchanged");
      // docs/schema.md: "a date with a runs row is complete": the failed rerun withdrew it.
      assertTrue(CliRun.filesUnder(o.resolve("runs").resolve("run_date=" + RUN_DATE)).isEmpty(),
          "the failed rerun left a runs row for " + RUN_DATE);
    }
  }

  @Test
  void unknownConfigurationKeyIsAUsageError() throws Exception {
    Path o = work.resolve("out-config");
    CliRun r = CliRun.nightly(input, o, RUN_DATE, "--config",
        CliRun.fixture(BadInputIT.class, "unknown-key.properties").toString());
    assertEquals(ExitCode.USAGE.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("ingestion.max_text_chars"), r::toString);
    assertEquals(List.of(), CliRun.tables(o));

    // A typo inside a known namespace is an error too, not a silent default.
    Path typo = work.resolve("typo.properties");
    Files.writeString(typo, "ingest.max_text_char = 100\n");
    CliRun r2 = CliRun.nightly(input, o, RUN_DATE, "--config", typo.toString());
    assertEquals(ExitCode.USAGE.code(), r2.exitCode(), r2::toString);
    assertTrue(r2.stderr().contains("ingest.max_text_char"), r2::toString);
    assertEquals(List.of(), CliRun.tables(o));
  }

  @Test
  void unwritableOutputIsAnOutputError() throws Exception {
    Path file = work.resolve("a-regular-file");
    Files.writeString(file, "not a folder\n");
    CliRun r = CliRun.nightly(input, file.resolve("out"), RUN_DATE, "--max-quarantine-share", "1");
    assertTrue(Files.isRegularFile(file), "the file is left alone");
    assertEquals(ExitCode.OUTPUT.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains(file.toString()), r::toString);
    assertFalse(r.stderr().contains("\tat "), "a one-line message, no stack trace: " + r);
  }

  private static List<String> sorted(List<String> l) {
    return l.stream().sorted().toList();
  }
}
