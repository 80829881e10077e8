package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Everyday files under --input: folders named in another case or number ({@code Surveys/},
 * {@code review/}), an Excel lock file, a hidden file and an editor backup (skipped with a
 * reason, not a failed night), a real export whose name starts with '_', a ':' in a file name,
 * an Excel "Unicode text" (UTF-16 with BOM) export, and entries that are not inputs at all. Every
 * entry is read or listed as not read with its reason; the counts reconcile.
 */
class InputFilesIT {

  static final String RUN_DATE = "2026-10-31";
  static final String SURVEY_HEADER = "response_id,customer_id,submitted_at,stated_reason,comment,nps\n";
  static final String REVIEW_HEADER = "review_id,customer_id,product,rating,title,body,review_date\n";

  @TempDir
  static Path work;
  static Path out;
  static CliRun run;

  @BeforeAll
  static void runTheNight() throws Exception {
    Path in = work.resolve("input");
    Path surveys = Files.createDirectories(in.resolve("Surveys"));
    Path reviews = Files.createDirectories(in.resolve("review"));
    Files.writeString(surveys.resolve("exit.csv"), SURVEY_HEADER
        + "S-1,C-1,2026-10-01,Price,\"The bill went up without notice.\",3\n");
    Files.writeString(reviews.resolve("reviews.csv"), REVIEW_HEADER
        + "V-1,C-2,Plan M,2,Meh,\"The app logs me out every week.\",2026-10-02\n");
    Files.writeString(reviews.resolve("_part2.csv"), REVIEW_HEADER
        + "V-2,C-3,Plan M,4,Ok,\"Good network but slow support.\",2026-10-03\n");
    Files.writeString(reviews.resolve("export 2026-10-31 10:00.csv"), REVIEW_HEADER
        + "V-3,C-4,Plan M,3,Hm,\"The router drops every evening.\",2026-10-04\n");
    CliRun.writeUtf16WithBom(reviews.resolve("unicode-text.csv"),
        REVIEW_HEADER.replace("\n", "\r\n")
        + "V-4,C-5,Plan M,1,Übel,\"Zweimal abgebucht 😤, niemand rief zurück.\",2026-10-05\r\n");
    // Excel's lock file: 165 bytes of owner name and padding, nothing like a CSV.
    Files.write(reviews.resolve("~$reviews.csv"), new byte[] {8, 'a', 'n', 'n', 'a', 0, 0, 32});
    Files.writeString(reviews.resolve(".hidden.csv"), REVIEW_HEADER + "V-9,C-9,x,5,x,x,2026-10-01\n");
    Files.writeString(reviews.resolve("reviews.csv~"), REVIEW_HEADER);
    Files.createDirectories(in.resolve("notes"));
    Files.writeString(in.resolve("README.txt"), "exports of 2026-10-31\n");
    out = work.resolve("out");
    run = CliRun.nightly(in, out, RUN_DATE);
  }

  @Test
  void theNightCompletes() {
    assertEquals(0, run.exitCode(), run::toString);
  }

  @Test
  void dataFilesAreReadWhateverTheirNameOrEncoding() throws Exception {
    Map<String, String> texts = new TreeMap<>();
    try (DuckDb db = new DuckDb(out)) {
      for (List<Object> r : db.rows("SELECT doc_id, text FROM " + db.table("feedback"))) {
        texts.put((String) r.get(0), (String) r.get(1));
      }
    }
    assertEquals(List.of("S-1", "V-1", "V-2", "V-3", "V-4"), List.copyOf(texts.keySet()),
        run::toString);
    assertTrue(texts.get("V-4").contains("Übel")
        && texts.get("V-4").contains("Zweimal abgebucht 😤, niemand rief zurück."),
        texts::toString);
  }

  @Test
  void lockHiddenAndBackupFilesAreSkippedWithAReason() throws Exception {
    Map<String, String> skipped = new TreeMap<>();
    try (DuckDb db = new DuckDb(out)) {
      for (List<Object> r : db.rows("SELECT regexp_extract(file, '[^/]+$'), line, reason FROM "
          + db.table(Tables.SKIPPED.name()))) {
        assertEquals(0L, r.get(1));
        skipped.put((String) r.get(0), ((String) r.get(2)).split(":")[0]);
      }
      assertEquals(Map.of("~$reviews.csv", "lock_file", ".hidden.csv", "hidden_file",
          "reviews.csv~", "backup_file"), skipped);
      List<Object> r = db.rows("SELECT records_read, records_accepted, records_quarantined, "
          + "records_skipped FROM " + db.table("runs")).get(0);
      assertEquals(List.of(8L, 5L, 0L, 3L), r, "runs: read, accepted, quarantined, skipped");
    }
  }

  @Test
  void everyOtherEntryIsListedAsNotReadWithItsReason() {
    for (String expected : List.of("notes (not a source folder",
        "README.txt (a file directly under the input folder",
        "~$reviews.csv (lock_file: an Office lock file",
        ".hidden.csv (hidden_file", "reviews.csv~ (backup_file")) {
      assertTrue(run.stdout().contains(expected), expected + " in\n" + run.stdout());
    }
  }
}
