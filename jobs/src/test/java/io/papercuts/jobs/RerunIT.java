package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * Reruns and incremental nights on one output folder (fixture {@code RerunIT/night1}: 15 survey
 * responses, one with an empty comment, 15 reviews, 5 chats with 2 customer turns each = 39
 * units). A rerun of a date gives the same tables; a rerun after a run killed while writing
 * repairs them; the next night copies the rows of unchanged units and analyses only new
 * sentences. The tests share the output folder and run in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RerunIT {

  static final String NIGHT1 = "2026-10-30";
  static final String NIGHT2 = "2026-10-31";
  /** Tables that legitimately differ between runs of one date (timestamps, cache bookkeeping). */
  static final List<String> VOLATILE = List.of("runs", "sentence_cache");

  @TempDir
  static Path work;
  static Path input1;
  static Path out;
  static CliRun first;
  static Map<String, List<String>> clean;
  static double night1AnnotateS;
  static long night1Annotated;

  @BeforeAll
  static void firstRun() throws Exception {
    input1 = CliRun.fixture(RerunIT.class, "night1");
    out = work.resolve("out");
    first = CliRun.nightly(input1, out, NIGHT1);
    assertEquals(0, first.exitCode(), first::toString);
    clean = dump(out, null);
    try (DuckDb db = new DuckDb(out)) {
      List<Object> r = db.rows("SELECT duration_annotate_s, sentences_annotated FROM "
          + db.table("runs")).get(0);
      night1AnnotateS = (Double) r.get(0);
      night1Annotated = (Long) r.get(1);
    }
  }

  @Test
  @Order(1)
  void firstNightAnalysesEveryDistinctSentenceOnce() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(39, db.count("feedback"));
      String sentences = db.table("sentences");
      assertEquals(db.scalarLong("SELECT count(DISTINCT text) FROM " + sentences), night1Annotated);
      assertTrue(night1Annotated < db.count("sentences"),
          "the fixture repeats sentences across texts; each is analysed once");
    }
    assertTrue(clean.keySet().containsAll(List.of("feedback", "sentences", "themes",
        "theme_examples", "customer_frictions", "stated_vs_unstated", "theme_trends",
        "survey_responses", "contacts", "customers", "quarantine", "skipped")), clean.keySet()
        .toString());
  }

  @Test
  @Order(2)
  void rerunOfTheSameDateGivesIdenticalTables() throws Exception {
    CliRun again = CliRun.nightly(input1, out, NIGHT1);
    assertEquals(0, again.exitCode(), again::toString);
    assertSameTables(clean, dump(out, null));
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(1, db.count("runs"), "a rerun replaces the date's runs row");
    }
    assertEquals(List.of(), CliRun.filesUnder(out.resolve("_staging")), "staging left behind");
  }

  @Test
  @Order(3)
  void rerunAfterARunKilledWhileWritingRepairsTheTables() throws Exception {
    String partition = Tables.RUN_DATE + "=" + NIGHT1;
    // Killed between deleting the old sentences partition and renaming the new one in ...
    Path staged = out.resolve("_staging/sentences/" + partition);
    Files.createDirectories(staged.getParent());
    Files.move(out.resolve("sentences/" + partition), staged);
    // ... while a later table was half written to staging ...
    Path half = out.resolve("_staging/themes/" + partition);
    Files.createDirectories(half);
    Files.write(half.resolve("part-00000-killed.snappy.parquet"), new byte[] {'P', 'A', 'R', '1', 0, 1});
    // ... and before the runs manifest (written last) existed.
    CliRun.deleteTree(out.resolve("runs/" + partition));

    CliRun repair = CliRun.nightly(input1, out, NIGHT1);
    assertEquals(0, repair.exitCode(), repair::toString);
    assertSameTables(clean, dump(out, null));
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(List.of("succeeded", 39L), db.rows("SELECT status, units FROM "
          + db.table("runs")).get(0));
    }
    assertEquals(List.of(), CliRun.filesUnder(out.resolve("_staging")), "staging left behind");
  }

  @Test
  @Order(4)
  void nextNightCopiesUnchangedUnitsAndAnalysesOnlyTheNewSentences() throws Exception {
    Path input2 = CliRun.copyTree(input1, work.resolve("night2"));
    CliRun.copyTree(CliRun.fixture(RerunIT.class, "night2-new"), input2);
    // Two old reviews change: R-202's rating (same text, new context), R-203's text.
    Path reviews = input2.resolve("reviews/reviews.csv");
    String before = Files.readString(reviews);
    String after = before
        .replace("R-202,C-202,Home Internet,2,", "R-202,C-202,Home Internet,4,")
        .replace("the invoice had a typo in my name.", "the invoice spelled my name wrong.");
    assertTrue(after.contains("C-202,Home Internet,4,") && after.contains("spelled my name"),
        "fixture edits apply");
    Files.writeString(reviews, after);
    Map<String, List<String>> night1Before = dump(out, NIGHT1);

    CliRun night2 = CliRun.nightly(input2, out, NIGHT2);
    assertEquals(0, night2.exitCode(), night2::toString);

    try (DuckDb db = new DuckDb(out)) {
      String fb = db.table("feedback");
      String st = db.table("sentences");
      // Counted independently: night-2 units identical to a night-1 unit, and the distinct
      // sentences of the others, new ones being those night 1 did not have.
      String same = "SELECT unit_id FROM " + fb + " n2 WHERE run_date = DATE '" + NIGHT2
          + "' AND text IS NOT NULL AND EXISTS (SELECT 1 FROM " + fb + " n1 WHERE n1.run_date = "
          + "DATE '" + NIGHT1 + "' AND n1.unit_id = n2.unit_id AND n1.text = n2.text AND "
          + "n1.rating IS NOT DISTINCT FROM n2.rating AND n1.nps IS NOT DISTINCT FROM n2.nps AND "
          + "n1.event_date IS NOT DISTINCT FROM n2.event_date AND n1.customer_id IS NOT DISTINCT "
          + "FROM n2.customer_id)";
      long unchanged = db.scalarLong("SELECT count(*) FROM (" + same + ")");
      assertEquals(41 - 2 - 2, unchanged, "2 new and 2 changed units");
      String recomputed = " FROM " + st + " WHERE run_date = DATE '" + NIGHT2
          + "' AND unit_id NOT IN (" + same + ")";
      long distinctRecomputed = db.scalarLong("SELECT count(DISTINCT text)" + recomputed);
      long newSentences = db.scalarLong("SELECT count(DISTINCT text)" + recomputed
          + " AND text NOT IN (SELECT text FROM " + st + " WHERE run_date = DATE '" + NIGHT1
          + "')");
      assertTrue(newSentences >= 3, "two new reviews and a changed one bring new sentences");
      List<List<Object>> runs = db.rows("SELECT run_date, units, sentences_annotated, "
          + "duration_annotate_s, units_reused FROM " + db.table("runs") + " ORDER BY run_date");
      System.out.printf("annotate: night 1 (first run, %s) %d sentences in %.1f s; night 1 after "
              + "reruns %s sentences in %.1f s; night 2 (%s) %s sentences in %.1f s%n", NIGHT1,
          night1Annotated, night1AnnotateS, runs.get(0).get(2), runs.get(0).get(3), NIGHT2,
          runs.get(1).get(2), runs.get(1).get(3));
      assertEquals(41L, runs.get(1).get(1), "units of night 2");
      assertEquals(unchanged, runs.get(1).get(4), "runs.units_reused of night 2");
      assertEquals(newSentences, runs.get(1).get(2), "runs.sentences_annotated of night 2");
      java.util.regex.Matcher copied = java.util.regex.Pattern.compile(unchanged
          + " units unchanged since " + NIGHT1 + ", rows copied \\((\\d+) files as they were\\)")
          .matcher(night2.stdout());
      assertTrue(copied.find(), night2::toString);
      // Files holding only unchanged units are copied; those holding are not.
      long night1Files = CliRun.filesUnder(out.resolve("sentences/run_date=" + NIGHT1)).stream()
          .filter(f -> f.toString().endsWith(".parquet")).count();
      int filesCopied = Integer.parseInt(copied.group(1));
      assertTrue(filesCopied >= 1 && filesCopied <= night1Files - 1,
          filesCopied + " of " + night1Files + " files copied");
      assertTrue(night2.stdout().contains("distinct sentences analysed by CoreNLP " + newSentences
          + ", from cache " + (distinctRecomputed - newSentences) + ")"), night2::toString);
    }
    assertSameTables(night1Before, dump(out, NIGHT1));

    // Copied rows are the rows a night computed from scratch has: the same input alone.
    Path alone = work.resolve("night2-alone");
    CliRun fresh = CliRun.nightly(input2, alone, NIGHT2);
    assertEquals(0, fresh.exitCode(), fresh::toString);
    assertSameTables(dump(alone, NIGHT2), dump(out, NIGHT2));
  }

  /**
   * Every table but {@link #VOLATILE} as sorted rows rendered by DuckDB; all run dates, or only
   * {@code runDate}.
   */
  static Map<String, List<String>> dump(Path output, String runDate) throws SQLException {
    Map<String, List<String>> tables = new LinkedHashMap<>();
    try (DuckDb db = new DuckDb(output)) {
      for (String table : CliRun.tables(output)) {
        if (VOLATILE.contains(table)) {
          continue;
        }
        String where = runDate == null ? "" : " WHERE run_date = DATE '" + runDate + "'";
        String select = "SELECT * FROM " + db.table(table) + where;
        if (table.equals("sentence_vectors") && runDate != null) {
          // Incremental by design: a night stores only vectors no earlier night did, so what
          // must match is the vectors available that night for that night's discoverable
          // sentences, whichever night embedded them.
          select = "SELECT DISTINCT sentence_hash, model_version, vector FROM " + db.table(table)
              + " WHERE run_date <= DATE '" + runDate + "' AND sentence_hash IN (SELECT"
              + " substr(sha256(text), 1, 32) FROM " + db.table("sentences") + where
              + " AND is_complaint AND len(theme_ids) = 0)";
        }
        List<String> rows = new ArrayList<>();
        for (List<Object> r : db.rows("SELECT CAST(t AS VARCHAR) FROM (" + select
            + ") t ORDER BY ALL")) {
          rows.add((String) r.get(0));
        }
        tables.put(table, rows);
      }
    }
    return tables;
  }

  static void assertSameTables(Map<String, List<String>> expected,
      Map<String, List<String>> actual) {
    assertEquals(expected.keySet(), actual.keySet(), "tables");
    List<String> differences = new ArrayList<>();
    expected.forEach((table, rows) -> {
      List<String> other = actual.get(table);
      if (!rows.equals(other)) {
        List<String> gone = new ArrayList<>(rows);
        gone.removeAll(other);
        List<String> added = new ArrayList<>(other);
        added.removeAll(rows);
        differences.add(table + ": " + rows.size() + " rows before, " + other.size()
            + " after; first missing " + gone.stream().limit(2).toList() + "; first new "
            + added.stream().limit(2).toList());
      }
    });
    assertTrue(differences.isEmpty(), () -> String.join("\n", differences));
  }
}
