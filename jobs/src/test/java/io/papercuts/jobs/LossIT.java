package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.ingest.IngestSettings;
import io.papercuts.ingest.ParseResult;
import io.papercuts.ingest.SourceKind;
import io.papercuts.ingest.SourceParsers;
import io.papercuts.pii.IdentifierRedactor;
import io.papercuts.pii.PiiRedactor;
import io.papercuts.transcript.EffortSignalDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * No record lost, none counted twice (issue 23). One {@code ingest} run over a corpus with every
 * loss case of the issue next to good records (fixture {@code LossIT/main}, plus generated files:
 * a UTF-16 export, a lock file, a hidden file, a backup). The records of each input file are
 * counted without papercuts (Commons CSV on the decoded text, non-blank JSON Lines lines, one per
 * {@code .txt}, one per file skipped by name) and checked against a count written here; then
 * for each file records = accepted + quarantined + skipped as found in the written tables, each
 * record's (file, line) in exactly one place, and the console's totals equal to the sum.
 * Then a duplicated header column (refused, exit 3) and duplicates across files
 * ({@link DuplicateRecords}).
 */
class LossIT {

  static final String RUN_DATE = "2026-10-31";
  static final String REVIEW_HEADER =
      "review_id,customer_id,product,rating,title,body,review_date\n";

  /** Per input file: records, accepted, quarantined, skipped (known from the fixture). */
  static final Map<String, List<Integer>> EXPECTED = Map.ofEntries(
      // "Response" as a comment in the first data row (was taken for a SurveyMonkey sub-header
      // and lost); S-2 and S-3 twice in the file (counted twice before).
      Map.entry("exit-survey.csv", List.of(7, 3, 1, 3)),
      Map.entry("response-labels-as-data.csv", List.of(2, 2, 0, 0)),
      // A real SurveyMonkey export: its second row is a header, its comment column is unnamed
      // for the defaults, so both responses are empty-comment skips.
      Map.entry("surveymonkey.csv", List.of(2, 0, 0, 2)),
      Map.entry("reviews.csv", List.of(4, 2, 1, 1)),
      Map.entry("_part2.csv", List.of(1, 1, 0, 0)),
      Map.entry("reviews.jsonl", List.of(4, 2, 1, 1)),
      Map.entry("unicode-text.csv", List.of(1, 1, 0, 0)),
      Map.entry("~$reviews.csv", List.of(1, 0, 0, 1)),
      Map.entry(".hidden.csv", List.of(1, 0, 0, 1)),
      Map.entry("reviews.csv~", List.of(1, 0, 0, 1)),
      Map.entry("chats.jsonl", List.of(3, 2, 0, 1)),
      // Agent (Priya):, Rep:, Marcus (Agent): and a "Note:" continuation: one conversation.
      Map.entry("call-T-301.txt", List.of(1, 1, 0, 0)),
      // "Supervisor:" is no known speaker: the conversation is quarantined, not merged.
      Map.entry("call-T-302.txt", List.of(1, 0, 1, 0)),
      // A customer on two CRM rows is merged into one customers row by design (both accepted).
      Map.entry("customers.csv", List.of(4, 3, 1, 0)));

  /** Files whose CSV has two header rows. */
  static final List<String> TWO_HEADER_ROWS = List.of("surveymonkey.csv");
  static final Pattern CONSOLE = Pattern.compile(
      "read ([\\d,]+) = accepted ([\\d,]+) \\+ quarantined ([\\d,]+) \\+ skipped ([\\d,]+)");

  @TempDir
  static Path work;
  static Path input;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void ingestTheNight() throws Exception {
    input = CliRun.copyTree(CliRun.fixture(LossIT.class, "main"), work.resolve("input"));
    Path reviews = input.resolve("reviews");
    CliRun.writeUtf16WithBom(reviews.resolve("unicode-text.csv"),
        REVIEW_HEADER.replace("\n", "\r\n")
        + "V-5,C-5,Plan M,1,Übel,\"Zweimal abgebucht, niemand rief zurück.\",2026-10-05\r\n");
    Files.write(reviews.resolve("~$reviews.csv"), new byte[] {8, 'a', 'n', 'n', 'a', 0, 0, 32});
    Files.writeString(reviews.resolve(".hidden.csv"), REVIEW_HEADER + "V-9,C-9,x,5,x,x,2026-10-01\n");
    Files.writeString(reviews.resolve("reviews.csv~"), REVIEW_HEADER);
    out = work.resolve("out");
    run = ingest(input, out);
  }

  static CliRun ingest(Path in, Path output) {
    return CliRun.of("ingest", "--input", in.toString(), "--output", output.toString(),
        "--run-date", RUN_DATE, "--master", "local[2]", "--max-quarantine-share", "1");
  }

  @Test
  void theIngestCompletes() {
    assertEquals(0, run.exitCode(), run::toString);
  }

  @Test
  void recordsAreCountedTheSameWithoutPapercuts() throws IOException {
    Map<String, Integer> counted = new TreeMap<>();
    for (Path f : inputFiles(input)) {
      counted.put(f.getFileName().toString(), countRecords(f));
    }
    Map<String, Integer> expected = new TreeMap<>();
    EXPECTED.forEach((file, c) -> expected.put(file, c.get(0)));
    assertEquals(expected, counted);
  }

  @Test
  void everyRecordOfEveryFileIsAcceptedQuarantinedOrSkippedExactlyOnce() throws Exception {
    Map<String, List<Integer>> actual = new TreeMap<>();
    Map<String, List<String>> places = new HashMap<>();
    try (DuckDb db = new DuckDb(out)) {
      String name = "regexp_extract(file, '[^/]+$')";
      // Accepted records: a survey response with a unit, a review unit, a contact. Customers
      // have no file and line in their table; they are checked by the totals below.
      String accepted = "SELECT " + name + ", line FROM " + db.table(Tables.SURVEY_RESPONSES.name())
          + " WHERE unit_id IS NOT NULL UNION ALL SELECT " + name + ", line FROM "
          + db.table("feedback") + " WHERE source = 'review' UNION ALL SELECT " + name
          + ", line FROM " + db.table("contacts");
      collect(db, accepted, 1, actual, places, "accepted");
      collect(db, "SELECT " + name + ", line FROM " + db.table("quarantine"), 2, actual, places,
          "quarantined");
      collect(db, "SELECT " + name + ", line FROM " + db.table(Tables.SKIPPED.name()), 3, actual,
          places, "skipped");
    }
    for (Map.Entry<String, List<String>> p : places.entrySet()) {
      assertEquals(1, p.getValue().size(), p.getKey() + " is in " + p.getValue());
    }
    // Accepted customers have no file and line; their rejected and skipped rows do.
    List<Integer> customers = actual.remove("customers.csv");
    assertEquals(EXPECTED.get("customers.csv").subList(2, 4), customers.subList(2, 4));
    Map<String, List<Integer>> expected = new TreeMap<>(EXPECTED);
    expected.remove("customers.csv");
    actual.replaceAll((file, c) -> List.of(c.get(1) + c.get(2) + c.get(3), c.get(1), c.get(2),
        c.get(3)));
    assertEquals(expected, actual, run::toString);
  }

  @Test
  void consoleTotalsEqualTheRecordsInTheInput() {
    Matcher m = CONSOLE.matcher(run.stdout());
    assertTrue(m.find(), run::toString);
    long[] total = new long[4];
    EXPECTED.values().forEach(c -> {
      for (int i = 0; i < 4; i++) {
        total[i] += c.get(i);
      }
    });
    assertEquals(List.of(total[0], total[1], total[2], total[3]), List.of(num(m.group(1)),
        num(m.group(2)), num(m.group(3)), num(m.group(4))));
    assertEquals(total[0], total[1] + total[2] + total[3]);
  }

  @Test
  void skippedSurveyResponsesKeepTheirReasonAndDuplicatesNameTheirFirstCopy() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      String name = "regexp_extract(file, '[^/]+$')";
      Map<String, String> reasons = new TreeMap<>();
      for (List<Object> r : db.rows("SELECT " + name + ", line, reason FROM "
          + db.table(Tables.SKIPPED.name()) + " WHERE reason LIKE 'duplicate%'")) {
        reasons.put(r.get(0) + ":" + r.get(1), (String) r.get(2));
      }
      assertEquals(Map.of(
          "exit-survey.csv:5", "duplicate: duplicate of line 3 (same response_id)",
          "exit-survey.csv:9", "duplicate: duplicate of line 4 (same response_id)",
          "reviews.csv:4", "duplicate: duplicate of line 2 (same review_id)",
          "reviews.jsonl:3", "duplicate: duplicate of line 1 (same review_id)",
          "chats.jsonl:3", "duplicate: duplicate of line 1 (same conversation_id)"), reasons);
      // A response without a comment is a skipped record whose stated reason is still kept.
      assertEquals(0, db.scalarLong("SELECT count(*) FROM " +
          db.table(Tables.SURVEY_RESPONSES.name())
          + " r WHERE unit_id IS NULL AND NOT EXISTS (SELECT 1 FROM "
          + db.table(Tables.SKIPPED.name()) + " s WHERE s.file = r.file AND s.line = r.line"
          + " AND s.reason = 'empty_comment')"));
      for (String table : List.of(Tables.SURVEY_RESPONSES.name(), "contacts")) {
        String id = table.equals("contacts") ? "doc_id" : "response_id";
        assertEquals(0, db.scalarLong("SELECT count(*) - count(DISTINCT " + id + ") FROM "
            + db.table(table)), table);
      }
      assertEquals(0, db.scalarLong("SELECT count(*) FROM (SELECT unit_id FROM "
          + db.table("feedback") + " GROUP BY unit_id HAVING count(*) > 1)"));
    }
  }

  @Test
  void responseAsADataCellIsDataAndSpeakerPrefixesAreRead() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      Map<String, String> texts = new TreeMap<>();
      for (List<Object> r : db.rows("SELECT doc_id, coalesce(turn_idx, -1), text FROM "
          + db.table("feedback") + " WHERE doc_id IN ('S-1', 'S-10', 'T-301')")) {
        texts.put(r.get(0) + "/" + r.get(1), (String) r.get(2));
      }
      assertEquals(Map.of("S-1/-1", "Response", "S-10/-1", "Open-Ended Response",
          "T-301/1", "Hi [NAME]. My router drops every evening.\n"
              + "Note: it started after the last update.",
          "T-301/5", "[NAME] said you can fix it."), texts);
      List<List<Object>> q = db.rows("SELECT line, reason FROM " + db.table("quarantine")
          + " WHERE file LIKE '%call-T-302.txt'");
      assertEquals(6L, q.get(0).get(0));
      assertTrue(((String) q.get(0).get(1)).startsWith(
          "unknown_speaker: line 6 starts with \"Supervisor:\""), q::toString);
      assertEquals(List.of(List.of(6, 2, 2)), db.rows("SELECT turns, customer_turns, agent_count"
          + " FROM " + db.table("contacts") + " WHERE doc_id = 'T-301'").stream()
          .map(r -> r.stream().map(v -> ((Number) v).intValue()).toList()).toList());
    }
  }

  @Test
  void aDuplicatedColumnStopsTheNightNamingFileLineAndField() {
    Path o = work.resolve("out-dupheader");
    CliRun r = ingest(CliRun.fixture(LossIT.class, "dupheader"), o);

    assertEquals(ExitCode.INPUT.code(), r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("exit.csv: header line 1: column name \"comment\" appears 2"
        + " times (columns [4, 6]) and field comment is read from it"), r::toString);
    assertFalse(r.stderr().contains("\tat "), "a one-line message, no stack trace: " + r);
    assertEquals(List.of(), CliRun.tables(o));
  }

  /** The cross-file case as a function, before it is part of the job. */
  @Test
  void duplicateRecordsKeepsTheFirstCopyByFileAndLineAndCountsTheRestAsSkipped() {
    SparkSession spark = SparkSessions.create("local[2]", false);
    Path dir = CliRun.fixture(LossIT.class, "crossfile");
    List<Row> rows = new ArrayList<>();
    for (Path f : inputFiles(dir)) {
      SourceKind kind = SourceKind.valueOf(
          f.getParent().getFileName().toString().replaceAll("s$", "").toUpperCase());
      try (InputStream in = Files.newInputStream(f)) {
        ParseResult r = SourceParsers.forFile(kind, f.toString(), IngestSettings.defaults())
            .orElseThrow().parse(f.toString(), in);
        rows.addAll(IngestRows.of(r, new PiiRedactor(),
            new IdentifierRedactor(new PiiRedactor(), null), EffortSignalDetector.defaults(), null));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    Dataset<Row> env = spark.createDataFrame(rows, IngestRows.ENVELOPE);

    Dataset<Row> kept = DuplicateRecords.persistedFirstCopies(env);

    assertEquals(List.of(env.schema().fieldNames()), List.of(kept.schema().fieldNames()));
    Map<String, String> skips = new TreeMap<>();
    for (Row s : kept.filter("skip IS NOT NULL").select("skip.*").collectAsList()) {
      skips.put(base(s.getAs("file")) + ":" + s.getAs("line"),
          ((String) s.getAs("reason")).replace(dir.toString() + "/", ""));
    }
    assertEquals(Map.of(
        "export-a.csv:3", "empty_comment",
        "export-b.csv:2", "duplicate: duplicate of surveys/export-a.csv:3 (same response_id)",
        "export-b.csv:3", "duplicate: duplicate of surveys/export-a.csv:2 (same response_id)",
        "reviews.jsonl:1", "duplicate: duplicate of reviews/reviews.csv:2 (same review_id)",
        "chats.jsonl:1", "duplicate: duplicate of transcripts/T-1.txt:1 (same conversation_id)"),
        skips);
    assertEquals(List.of("S-1", "S-3", "T-1", "T-1", "V-1", "V-2"), kept
        .filter("unit IS NOT NULL").select("unit.doc_id").orderBy("doc_id").collectAsList()
        .stream().map(r -> r.getString(0)).toList(), "T-1 has two customer turns, once");
    assertEquals(List.of("S-1", "S-2", "S-3"), kept.filter("response IS NOT NULL")
        .select("response.response_id").orderBy("response_id").collectAsList().stream()
        .map(r -> r.getString(0)).toList());
    assertEquals(1, kept.filter("conversation IS NOT NULL").count());
    Map<String, List<Long>> files = new TreeMap<>();
    long read = 0;
    long placed = 0;
    for (Row f : kept.filter("file IS NOT NULL").select("file.*").collectAsList()) {
      List<Long> c = List.of(f.getAs("records_read"), f.getAs("accepted"), f.getAs("quarantined"),
          f.getAs("skipped"), f.getAs("units"));
      files.put(base(f.getAs("file")), c);
      assertEquals(c.get(0), c.get(1) + c.get(2) + c.get(3), f.toString());
      read += c.get(0);
      placed += c.get(1) + c.get(2) + c.get(3);
    }
    assertEquals(Map.of(
        "export-a.csv", List.of(2L, 1L, 0L, 1L, 1L),
        "export-b.csv", List.of(3L, 1L, 0L, 2L, 1L),
        "reviews.csv", List.of(1L, 1L, 0L, 0L, 1L),
        "reviews.jsonl", List.of(2L, 1L, 0L, 1L, 1L),
        "T-1.txt", List.of(1L, 1L, 0L, 0L, 2L),
        "chats.jsonl", List.of(1L, 0L, 0L, 1L, 0L)), files);
    assertEquals(read, placed);
    long units = kept.filter("unit IS NOT NULL").count();
    assertEquals(files.values().stream().mapToLong(c -> c.get(4)).sum(), units);
    kept.unpersist();
  }

  @Test
  void theSameRecordInTwoFilesIsCountedOnceByTheJob() throws Exception {
    Path o = work.resolve("out-crossfile");
    CliRun r = ingest(CliRun.fixture(LossIT.class, "crossfile"), o);
    assertEquals(0, r.exitCode(), r::toString);
    Matcher m = CONSOLE.matcher(r.stdout());
    assertTrue(m.find(), r::toString);
    // 10 records: 6 distinct, 4 later copies skipped (one of the copies had no comment).
    assertEquals(List.of(10L, 5L, 0L, 5L), List.of(num(m.group(1)), num(m.group(2)),
        num(m.group(3)), num(m.group(4))), r::toString);
    try (DuckDb db = new DuckDb(o)) {
      assertEquals(List.of(List.of("S-1"), List.of("S-3"), List.of("T-1"), List.of("T-1"),
          List.of("V-1"), List.of("V-2")), db.rows("SELECT doc_id FROM " + db.table("feedback")
          + " ORDER BY doc_id"));
      assertEquals(3, db.count(Tables.SURVEY_RESPONSES.name()));
      assertEquals(1, db.count("contacts"));
      assertEquals(4, db.scalarLong("SELECT count(*) FROM " + db.table(Tables.SKIPPED.name())
          + " WHERE reason LIKE 'duplicate: duplicate of %'"));
    }
  }

  // ---- counting without papercuts ----

  static List<Path> inputFiles(Path root) {
    try (Stream<Path> s = Files.walk(root)) {
      return s.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Records in one input file, counted the way docs/inputs.md defines a record. */
  static int countRecords(Path f) throws IOException {
    String name = f.getFileName().toString();
    if (name.startsWith("~$") || name.startsWith(".") || name.endsWith("~")) {
      return 1; // skipped by its name: one record, line 0
    }
    byte[] bytes = Files.readAllBytes(f);
    String text;
    if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      text = new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
    } else {
      text = new String(bytes, StandardCharsets.UTF_8);
    }
    if (name.endsWith(".txt")) {
      return 1;
    }
    if (name.endsWith(".jsonl")) {
      return (int) text.lines().filter(l -> !l.isBlank()).count();
    }
    try (CSVParser csv = CSVParser.parse(text,
        CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).build())) {
      int rows = csv.getRecords().size();
      return rows - (TWO_HEADER_ROWS.contains(name) ? 2 : 1);
    }
  }

  private static void collect(DuckDb db, String sql, int slot, Map<String, List<Integer>> counts,
      Map<String, List<String>> places, String place) throws Exception {
    for (List<Object> r : db.rows(sql)) {
      String file = (String) r.get(0);
      List<Integer> c = counts.computeIfAbsent(file, k -> new ArrayList<>(List.of(0, 0, 0, 0)));
      c.set(slot, c.get(slot) + 1);
      places.computeIfAbsent(file + ":" + r.get(1), k -> new ArrayList<>()).add(place);
    }
  }

  private static String base(String file) {
    return file.substring(file.lastIndexOf('/') + 1);
  }

  private static long num(String s) {
    return Long.parseLong(s.replace(",", ""));
  }
}
