package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data end to end (fixture {@code PiiIT}): e-mails, phone numbers, card numbers, an
 * IBAN, IP addresses and credential URLs in survey comments, reviews, JSONL and plain-text
 * transcripts, including records that are quarantined. After the run no column of any table, and
 * nothing the CLI printed, may hold any of them.
 */
class PiiIT {

  static final String RUN_DATE = "2026-10-31";

  static final List<String> SECRETS = List.of(
      "jane.doe@example.com", "sam.lee@example.net", "priya+billing@mail.example.co.uk",
      "agent.smith@example.com", "straddle.person@example.org",
      "415 555 0134", "555-0199", "7946 0958",
      "4111 1111 1111 1111", "4242 4242 4242 4242", "5105-1051-0510-5100",
      "GB82 WEST", "5698 7654",
      "203.0.113.42", "192.168.1.20",
      "abc123def456ghi", "zz9Xk2Lm8Qp4Rt7Wv");

  @TempDir
  static Path out;
  static CliRun run;

  @BeforeAll
  static void runWithPii() {
    run = CliRun.nightly(CliRun.fixture(PiiIT.class, ""), out, RUN_DATE,
        "--max-quarantine-share", "1");
  }

  @Test
  void theRunCompletesAndQuarantinesTheSeededBadRecords() throws Exception {
    assertEquals(0, run.exitCode(), run::toString);
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(List.of(
              List.of("chats.jsonl", 2L, "invalid_json"),
              List.of("exit-survey.csv", 5L, "bad_nps"),
              List.of("exit-survey.csv", 6L, "bad_nps"),
              List.of("exit-survey.csv", 7L, "bad_nps"),
              List.of("reviews.csv", 4L, "bad_rating")),
          db.rows("SELECT regexp_extract(file, '[^/]+$') AS f, line, split_part(reason, ':', 1) "
              + "FROM " + db.table("quarantine") + " ORDER BY f, line"));
      assertEquals(9, db.count("feedback"));
    }
  }

  @Test
  void noColumnOfAnyTableHoldsASecret() throws Exception {
    List<String> leaks = new ArrayList<>();
    try (DuckDb db = new DuckDb(out)) {
      List<String> tables = CliRun.tables(out);
      assertTrue(tables.size() >= 12, tables.toString());
      for (String table : tables) {
        for (String secret : SECRETS) {
          long rows = db.scalarLong("SELECT count(*) FROM " + db.table(table)
              + " t WHERE CAST(t AS VARCHAR) LIKE '%" + secret + "%'");
          if (rows > 0) {
            leaks.add(secret + " in " + table + ": " + db.rows("SELECT CAST(t AS VARCHAR) FROM "
                + db.table(table) + " t WHERE CAST(t AS VARCHAR) LIKE '%" + secret + "%' LIMIT 1"));
          }
        }
      }
    }
    assertTrue(leaks.isEmpty(), () -> String.join("\n", leaks));
  }

  @Test
  void noSecretInTheReport() throws Exception {
    List<Path> files = CliRun.filesUnder(out.resolve("reports"));
    assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".html")), files::toString);
    for (Path f : files) {
      String text = java.nio.file.Files.readString(f);
      for (String secret : SECRETS) {
        assertTrue(!text.contains(secret), secret + " in " + f);
      }
    }
  }

  @Test
  void noSecretOnTheConsole() {
    List<String> leaks = SECRETS.stream()
        .filter(s -> run.stdout().contains(s) || run.stderr().contains(s)).toList();
    assertTrue(leaks.isEmpty(), () -> leaks + " printed:\n" + run);
  }

  @Test
  void secretsAreReplacedByPlaceholdersNotDropped() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      String text = (String) db.rows("SELECT string_agg(text, ' ') FROM "
          + db.table("feedback")).get(0).get(0);
      for (String p : List.of("[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]", "[IP]", "[URL]")) {
        assertTrue(text.contains(p), p + " in " + text);
      }
      String raw = (String) db.rows("SELECT raw FROM " + db.table("quarantine")
          + " WHERE line = 5 AND file LIKE '%exit-survey.csv'").get(0).get(0);
      assertTrue(raw.startsWith("P-4,C-504,") && raw.contains("[URL]") && raw.contains("[EMAIL]"),
          raw);
    }
  }

  @Test
  void aSnippetCutThroughAnEmailLeaksNoPartOfIt() throws Exception {
    // The quarantined P-6 row is longer than ingest.raw_snippet_chars (500) and its e-mail
    // address starts at char 480: the kept snippet must not hold the address's beginning.
    try (DuckDb db = new DuckDb(out)) {
      String raw = (String) db.rows("SELECT raw FROM " + db.table("quarantine")
          + " WHERE line = 7 AND file LIKE '%exit-survey.csv'").get(0).get(0);
      assertTrue(raw.startsWith("P-6,C-506,"), raw);
      assertTrue(!raw.contains("straddle.person"), "partial e-mail kept in quarantine.raw: ..."
          + raw.substring(Math.max(0, raw.length() - 40)));
    }
  }
}
