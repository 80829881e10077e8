package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real export shapes end to end, no converter: one nightly run (real CoreNLP) over a Zendesk-like
 * comments export, one message per row, gzip-compressed ({@code zendesk-comments.csv.gz}, made
 * here from the fixture); a Zendesk-like tickets export in JSON Lines read through the same
 * {@code ingest.transcripts.key.*} mapping; and a store's tab-separated review export without
 * ids, with an empty body, HTML entities and an @handle (fixture {@code RealExportsIT/night},
 * settings {@code RealExportsIT/exports.properties}). Every record comes back exactly once,
 * accepted, quarantined or skipped, at its physical line; the counts of {@code runs}, the
 * console, {@code feedback}, {@code sentences}, {@code quarantine} and {@code skipped}
 * reconcile. Then a folder with only unsupported files: the error names them.
 */
class RealExportsIT {

  static final String RUN_DATE = "2026-10-31";
  static final String CSV_GZ = "zendesk-comments.csv.gz";

  /** What becomes of every record of the input: file:line and its place (or reason code). */
  static final List<String> EXPECTED = List.of(
      // One record per comment row; ticket 5001's rows are out of time order in the file.
      CSV_GZ + ":2 accepted",
      CSV_GZ + ":3 accepted",
      CSV_GZ + ":4 accepted", // the agent's reply
      CSV_GZ + ":5 accepted", // a body over two lines: the row starts on line 5
      CSV_GZ + ":7 accepted",
      CSV_GZ + ":8 unknown_speaker", // "supervisor"; the rest of ticket 5003 is read
      CSV_GZ + ":9 accepted",
      CSV_GZ + ":10 skipped duplicate", // comment 1 exported twice
      "zendesk-tickets.jsonl:1 accepted",
      "zendesk-tickets.jsonl:2 accepted",
      "zendesk-tickets.jsonl:4 bad_date", // line 3 is blank: not a record
      "store-reviews.tsv:2 accepted",
      "store-reviews.tsv:3 skipped empty_body", // five stars, no text
      "store-reviews.tsv:4 accepted",
      "store-reviews.tsv:5 accepted",
      "store-reviews.tsv:6 bad_date");

  /** Customer turns 4 (CSV) + 2 (JSONL), reviews 3. */
  static final long UNITS = 9;

  @TempDir
  static Path work;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void runTheNight() throws IOException {
    Path in = CliRun.copyTree(CliRun.fixture(RealExportsIT.class, "night"), work.resolve("in"));
    Path csv = in.resolve("transcripts/zendesk-comments.csv");
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(csv.resolveSibling(CSV_GZ)))) {
      gz.write(Files.readAllBytes(csv));
    }
    Files.delete(csv);
    out = work.resolve("out");
    run = CliRun.nightly(in, out, RUN_DATE, "--max-quarantine-share", "1", "--config",
        CliRun.fixture(RealExportsIT.class, "exports.properties").toString());
  }

  @Test
  void theNightCompletes() {
    assertEquals(0, run.exitCode(), run::toString);
  }

  @Test
  void everyRecordEndsInExactlyOnePlaceAtItsPhysicalLine() throws Exception {
    List<String> actual = new ArrayList<>();
    long read;
    long agentRows;
    try (DuckDb db = new DuckDb(out)) {
      String name = "regexp_extract(file, '[^/]+$')";
      for (List<Object> r : db.rows("SELECT " + name + ", line, split_part(reason, ':', 1) FROM "
          + db.table("quarantine"))) {
        actual.add(r.get(0) + ":" + r.get(1) + " " + r.get(2));
      }
      for (List<Object> r : db.rows("SELECT " + name + ", line, split_part(reason, ':', 1) FROM "
          + db.table(Tables.SKIPPED.name()))) {
        actual.add(r.get(0) + ":" + r.get(1) + " skipped " + r.get(2));
      }
      // An accepted review is its unit, an accepted JSONL conversation its contact, an accepted
      // customer message of the CSV its unit (at the message's own line).
      for (List<Object> r : db.rows("SELECT " + name + ", line FROM " + db.table("feedback")
          + " WHERE source = 'review' OR file LIKE '%.csv.gz' UNION ALL SELECT " + name
          + ", line FROM " + db.table("contacts") + " WHERE file LIKE '%.jsonl'")) {
        actual.add(r.get(0) + ":" + r.get(1) + " accepted");
      }
      read = db.scalarLong("SELECT records_read FROM " + db.table("runs"));
      agentRows = db.scalarLong("SELECT sum(turns - customer_turns) FROM " + db.table("contacts")
          + " WHERE file LIKE '%.csv.gz'");
    }
    // The CSV's agent messages (lines 4 and 7) are turns of their conversations, in no table
    // with a line: they are what is read and not placed above.
    List<String> agentMessages = List.of(CSV_GZ + ":4 accepted", CSV_GZ + ":7 accepted");
    assertEquals(agentMessages.size(), agentRows);
    assertEquals(read, actual.size() + agentRows);
    List<String> expected = new ArrayList<>(EXPECTED);
    expected.removeAll(agentMessages);
    assertEquals(expected.stream().sorted().toList(), actual.stream().sorted().toList(),
        run::toString);
  }

  @Test
  void theCountsReconcileFromInputToSentences() throws Exception {
    long accepted = EXPECTED.stream().filter(e -> e.endsWith(" accepted")).count();
    long skipped = EXPECTED.stream().filter(e -> e.contains(" skipped ")).count();
    long quarantined = EXPECTED.size() - accepted - skipped;
    try (DuckDb db = new DuckDb(out)) {
      List<Object> r = db.rows("SELECT records_read, records_accepted, records_quarantined, "
          + "records_skipped, units, sentences, status FROM " + db.table("runs")).get(0);
      assertEquals(List.of((long) EXPECTED.size(), accepted, quarantined, skipped, UNITS),
          r.subList(0, 5), "runs: read, accepted, quarantined, skipped, units");
      assertEquals("succeeded", r.get(6));
      assertEquals(quarantined, db.count("quarantine"));
      assertEquals(skipped, db.count(Tables.SKIPPED.name()));
      assertEquals(UNITS, db.count("feedback"));
      assertEquals(UNITS, db.scalarLong("SELECT count(DISTINCT unit_id) FROM "
          + db.table("sentences")), "every unit was annotated");
      assertEquals(r.get(5), db.count("sentences"));
      assertTrue(db.count("sentences") >= UNITS);
    }
    Matcher m = LossIT.CONSOLE.matcher(run.stdout());
    assertTrue(m.find(), run::toString);
    assertEquals(List.of(EXPECTED.size(), (int) accepted, (int) quarantined, (int) skipped),
        List.of(num(m.group(1)), num(m.group(2)), num(m.group(3)), num(m.group(4))));
  }

  @Test
  void messageRowsBecomeOrderedConversationsWithTheirOwnLines() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      Map<String, String> units = new TreeMap<>();
      for (List<Object> r : db.rows("SELECT doc_id, turn_idx, line, customer_id, channel, text"
          + " FROM " + db.table("feedback") + " WHERE source = 'transcript'")) {
        units.put(r.get(0) + "/" + r.get(1), r.get(2) + " " + r.get(3) + " " + r.get(4) + " "
            + r.get(5));
      }
      assertEquals(Map.of(
          "5001/0", "2 u-1 web My invoice shows the same charge twice & I can't find a refund"
              + " button.",
          "5001/2", "3 u-1 web Still no refund. This is the third time I'm asking.",
          "5002/0", "5 u-2 email The app logs me out every morning\nand I have to reset my"
              + " password again.",
          "5003/0", "9 u-3 web Delivery was late, not a big deal, but nobody told me.",
          "6001/0", "1 u-4 chat The checkout page froze twice \u2014 I was charged but got no"
              + " confirmation.",
          "6002/0", "2 u-5 chat Minor thing, but the app forgets my language setting after every"
              + " update."), units);
      Map<String, String> contacts = new TreeMap<>();
      for (List<Object> r : db.rows("SELECT doc_id, line, turns, customer_turns FROM "
          + db.table("contacts"))) {
        contacts.put((String) r.get(0), r.get(1) + " " + r.get(2) + " " + r.get(3));
      }
      assertEquals(Map.of("5001", "2 3 2", "5002", "5 2 1", "5003", "9 1 1", "6001", "1 3 1",
          "6002", "2 1 1"), contacts);
    }
  }

  @Test
  void reviewsGetIdsCleanTextAndNoHandleBecomesAKeyphrase() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      List<List<Object>> reviews = db.rows("SELECT doc_id, line, text FROM "
          + db.table("feedback") + " WHERE source = 'review' ORDER BY line");
      assertEquals(List.of(
          "2 Billing & support. Charged twice this month; support never called back.",
          "4 Logged out. the app logs me out every day and I have to re-enter my password.",
          "5 Fine. Works well, although the export is a bit slow."),
          reviews.stream().map(r -> r.get(1) + " " + r.get(2)).toList());
      assertTrue(reviews.stream().allMatch(r -> ((String) r.get(0)).matches("gen-[0-9a-f]{16}")),
          reviews::toString);
      for (String table : List.of("feedback", "sentences")) {
        assertEquals(0, db.scalarLong("SELECT count(*) FROM " + db.table(table)
            + " WHERE text LIKE '%&amp;%' OR text LIKE '%&#%' OR text LIKE '%@%'"), table);
      }
      assertEquals(0, db.scalarLong("SELECT count(*) FROM " + db.table("sentences")
          + " WHERE list_contains(keyphrases, 'shophelp') OR len(list_filter(keyphrases,"
          + " k -> k LIKE '%@%')) > 0"));
      String reason = (String) db.rows("SELECT reason FROM " + db.table("quarantine")
          + " WHERE file LIKE '%store-reviews.tsv'").get(0).get(0);
      assertEquals("bad_date: \"2026/10/24\" is not a date (yyyy-MM-dd, ISO date-time or"
          + " \"dd.MM.yyyy\" (ingest.reviews.date_pattern)) (field review_date)", reason);
      String transcriptDate = (String) db.rows("SELECT reason FROM " + db.table("quarantine")
          + " WHERE file LIKE '%zendesk-tickets.jsonl'").get(0).get(0);
      assertTrue(transcriptDate.contains("set ingest.transcripts.date_pattern"), transcriptDate);
    }
  }

  @Test
  void aFolderOfUnsupportedFilesStopsNamingEachFile() {
    Path o = work.resolve("out-unsupported");
    CliRun r = CliRun.nightly(CliRun.fixture(RealExportsIT.class, "unsupported"), o, RUN_DATE);

    assertEquals(ExitCode.INPUT.code(), r.exitCode(), r::toString);
    for (String expected : List.of("no input files under ",
        "reviews/*.csv|*.tsv|*.jsonl", "each also gzipped (.gz)",
        "export.xlsx (unsupported extension for reviews/: expected [csv, tsv, jsonl]",
        "chats.json (unsupported extension for transcripts/: expected [jsonl, txt, csv, tsv]")) {
      assertTrue(r.stderr().contains(expected), expected + " in " + r);
    }
    assertEquals(List.of(), CliRun.tables(o));
  }

  private static int num(String s) {
    return Integer.parseInt(s.replace(",", ""));
  }
}
