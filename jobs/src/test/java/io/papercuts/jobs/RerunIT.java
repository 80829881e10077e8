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
 * repairs them; the next night analyses only the new texts. The tests share the output folder
 * and run in order.
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
    deleteTree(out.resolve("runs/" + partition));

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
  void nextNightAnalysesOnlyTheNewSentences() throws Exception {
    Path input2 = CliRun.copyTree(input1, work.resolve("night2"));
    CliRun.copyTree(CliRun.fixture(RerunIT.class, "night2-new"), input2);
    Map<String, List<String>> night1Before = dump(out, NIGHT1);

    CliRun night2 = CliRun.nightly(input2, out, NIGHT2);
    assertEquals(0, night2.exitCode(), night2::toString);

    try (DuckDb db = new DuckDb(out)) {
      String st = db.table("sentences");
      // Counted independently: sentences of night 2 that night 1 did not have.
      long newSentences = db.scalarLong("SELECT count(DISTINCT text) FROM " + st
          + " WHERE run_date = DATE '" + NIGHT2 + "' AND text NOT IN (SELECT text FROM "
          + st + " WHERE run_date = DATE '" + NIGHT1 + "')");
      assertTrue(newSentences >= 2, "the fixture adds two reviews with new sentences");
      long distinct2 = db.scalarLong("SELECT count(DISTINCT text) FROM " + st
          + " WHERE run_date = DATE '" + NIGHT2 + "'");
      List<List<Object>> runs = db.rows("SELECT run_date, units, sentences_annotated, "
          + "duration_annotate_s FROM " + db.table("runs") + " ORDER BY run_date");
      System.out.printf("annotate: night 1 (first run, %s) %d sentences in %.1f s; night 1 after "
              + "reruns %s sentences in %.1f s; night 2 (%s) %s sentences in %.1f s%n", NIGHT1,
          night1Annotated, night1AnnotateS, runs.get(0).get(2), runs.get(0).get(3), NIGHT2,
          runs.get(1).get(2), runs.get(1).get(3));
      assertEquals(41L, runs.get(1).get(1), "units of night 2");
      assertEquals(newSentences, runs.get(1).get(2), "runs.sentences_annotated of night 2");
      assertTrue(night2.stdout().contains("distinct sentences analysed by CoreNLP " + newSentences
          + ", from cache " + (distinct2 - newSentences) + ")"), night2::toString);
    }
    assertSameTables(night1Before, dump(out, NIGHT1));
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
        List<String> rows = new ArrayList<>();
        for (List<Object> r : db.rows("SELECT CAST(t AS VARCHAR) FROM (SELECT * FROM "
            + db.table(table) + where + ") t ORDER BY ALL")) {
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

  private static void deleteTree(Path dir) throws Exception {
    for (Path p : Files.walk(dir).sorted(java.util.Comparator.reverseOrder()).toList()) {
      Files.delete(p);
    }
  }
}
