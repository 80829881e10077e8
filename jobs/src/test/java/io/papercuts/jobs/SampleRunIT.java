package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.cli.PapercutsCli;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's first command, end to end: the CLI runs the whole pipeline on sample-data/ in
 * local mode with the real CoreNLP models, and every table is read back with DuckDB.
 */
class SampleRunIT {

  static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();

  @TempDir
  static Path out;
  static String console;
  static int exitCode;
  static SampleInputCounts inputs;

  @BeforeAll
  static void runPipeline() throws Exception {
    inputs = SampleInputCounts.of(SAMPLE);
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    PrintStream original = System.out;
    System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
    try {
      exitCode = PapercutsCli.execute("nightly", "--input", SAMPLE.toString(),
          "--output", out.toString(), "--run-date", "2026-10-31", "--master", "local[2]");
    } finally {
      System.setOut(original);
    }
    console = buf.toString(StandardCharsets.UTF_8);
    System.out.println(console);
  }

  @Test
  void succeedsAndSaysWhereTheOutputIs() {
    assertEquals(0, exitCode, console);
    assertTrue(console.contains(out.toString()), console);
    assertTrue(console.contains("Discovered by meaning"), console);
    assertTrue(console.contains("papercuts-report.html"), console);
    assertTrue(Files.exists(out.resolve("reports/run_date=2026-10-31/papercuts-report.html")));
  }

  @Test
  void topThemesAreNamedIssuesTracedToTheirSentences() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      List<List<Object>> top = db.rows("SELECT theme_id, label, origin, top_phrases, "
          + "representative FROM " + db.table("themes") + " WHERE rank <= 15 ORDER BY rank");
      assertEquals(15, top.size());
      long discovered = 0;
      for (List<Object> t : top) {
        String label = (String) t.get(1);
        assertTrue(label.strip().split("\\s+").length >= 2, "one-word theme label: " + label);
        if ("discovered".equals(t.get(2))) {
          discovered++;
          assertTrue(t.get(3) != null && t.get(4) != null, t.toString());
          assertTrue(db.scalarLong("SELECT count(*) FROM " + db.table("sentence_themes")
              + " WHERE origin = 'discovered' AND theme_id = '" + t.get(0) + "'") >= 3,
              t.toString());
        }
      }
      assertTrue(discovered >= 1, "no discovered theme in the top 15: " + top);
      // Every theme's mentions are listed in sentence_themes.
      assertEquals(0, db.scalarLong("SELECT count(*) FROM " + db.table("themes") + " t WHERE "
          + "t.mentions > (SELECT count(*) FROM " + db.table("sentence_themes")
          + " s WHERE s.theme_id = t.theme_id)"));
    }
  }

  @Test
  void everyInputRecordIsAccountedFor() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      List<Object> run = db.rows("SELECT records_read, records_accepted, records_quarantined, "
          + "records_skipped, units, sentences FROM " + db.table("runs")).get(0);
      long read = (Long) run.get(0);
      assertEquals(inputs.records(), read, "records read vs an independent count of the files");
      assertEquals(read, (Long) run.get(1) + (Long) run.get(2) + (Long) run.get(3));
      assertEquals(db.count("quarantine"), (Long) run.get(2));
      assertEquals(db.count("skipped"), (Long) run.get(3));
      assertEquals(db.count("feedback"), (Long) run.get(4));
      assertEquals(db.count("sentences"), (Long) run.get(5));
    }
  }

  @Test
  void feedbackHoldsEveryTextUnit() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      String fb = db.table("feedback");
      assertEquals(inputs.reviewRows(), db.scalarLong(
          "SELECT count(*) FROM " + fb + " WHERE source = 'review'")
          + db.scalarLong("SELECT count(*) FROM " + db.table("quarantine") + " WHERE source = 'review'"));
      assertEquals(inputs.customerTurns(), db.scalarLong(
          "SELECT count(*) FROM " + fb + " WHERE source = 'transcript'"));
      assertEquals(inputs.surveyRows(), db.count("survey_responses")
          + db.scalarLong("SELECT count(*) FROM " + db.table("quarantine") + " WHERE source = 'survey'"));
      assertEquals(db.scalarLong("SELECT count(*) FROM " + db.table("survey_responses")
              + " WHERE unit_id IS NOT NULL"),
          db.scalarLong("SELECT count(*) FROM " + fb + " WHERE source = 'survey'"));
      assertEquals(0, db.scalarLong("SELECT count(*) FROM " + fb
          + " WHERE text IS NULL OR run_date <> DATE '2026-10-31'"));
      assertEquals(db.count("feedback"),
          db.scalarLong("SELECT count(DISTINCT unit_id) FROM " + fb));
    }
  }

  @Test
  void everyUnitIsSplitIntoAnnotatedSentences() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      String s = db.table("sentences");
      assertEquals(db.count("feedback"), db.scalarLong("SELECT count(DISTINCT unit_id) FROM " + s));
      assertTrue(db.count("sentences") > db.count("feedback"));
      assertEquals(0, db.scalarLong("SELECT count(*) FROM " + s + " WHERE sentiment NOT IN "
          + "('very_negative','negative','neutral','positive','very_positive') "
          + "OR sentiment_score < -1 OR sentiment_score > 1"));
      assertTrue(db.scalarLong("SELECT count(*) FROM " + s
          + " WHERE list_contains(keyphrases, 'box')") > 0);
    }
  }

  @Test
  void piiNeverReachesTheTables() throws Exception {
    String[] secrets = {"jane.doe@example.com", "sam.lee@example.net", "415 555 0134",
        "4111 1111 1111 1111"};
    try (var files = Files.walk(out.resolve("reports"))) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f, StandardCharsets.UTF_8);
        for (String secret : secrets) {
          assertTrue(!text.contains(secret), secret + " in " + f);
        }
      }
    }
    try (DuckDb db = new DuckDb(out); var dirs = Files.list(out)) {
      for (Path dir : dirs.filter(d -> !d.getFileName().toString().startsWith("_")
          && !d.getFileName().toString().equals("reports")).toList()) {
        String table = dir.getFileName().toString();
        for (String secret : secrets) {
          // Every column of every row, rendered as text.
          assertEquals(0, db.scalarLong("SELECT count(*) FROM " + db.table(table)
              + " t WHERE CAST(t AS VARCHAR) LIKE '%" + secret + "%'"), secret + " in " + table);
        }
      }
      assertTrue(db.scalarLong("SELECT count(*) FROM " + db.table("feedback")
          + " WHERE text LIKE '%[EMAIL]%'") > 0, "the sample's emails were redacted");
    }
  }

  @Test
  void theDuckDbQueriesOfTheSchemaDocRun() throws Exception {
    String doc = Files.readString(SAMPLE.resolveSibling("docs").resolve("schema.md"));
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("```sql\\n(.*?)```",
        java.util.regex.Pattern.DOTALL).matcher(doc);
    int queries = 0;
    try (DuckDb db = new DuckDb(out)) {
      while (m.find()) {
        for (String sql : m.group(1).split(";")) {
          String q = sql.lines().filter(l -> !l.strip().startsWith("--"))
              .collect(java.util.stream.Collectors.joining("\n")).strip();
          if (q.isEmpty()) {
            continue;
          }
          List<List<Object>> rows = db.rows(q.replace("'out/", "'" + out + "/"));
          assertTrue(!rows.isEmpty(), () -> "no rows from the documented query: " + q);
          queries++;
        }
      }
    }
    assertTrue(queries >= 3, "the schema doc's DuckDB queries were found: " + queries);
  }
}
