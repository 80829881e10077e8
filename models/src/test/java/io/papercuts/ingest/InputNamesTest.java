package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class InputNamesTest {

  @Test
  void folderNamesMatchIgnoringCaseSingularOrPlural() {
    assertEquals(Optional.of(SourceKind.SURVEY), InputNames.sourceOfFolder("Surveys"));
    assertEquals(Optional.of(SourceKind.REVIEW), InputNames.sourceOfFolder("review"));
    assertEquals(Optional.of(SourceKind.TRANSCRIPT), InputNames.sourceOfFolder("TRANSCRIPT"));
    assertEquals(Optional.of(SourceKind.CUSTOMER), InputNames.sourceOfFolder("customers"));
    assertEquals(Optional.empty(), InputNames.sourceOfFolder("archive"));
    assertEquals(Optional.empty(), InputNames.sourceOfFolder("reviewss"));
  }

  @Test
  void lockHiddenAndBackupFilesAreNotData() {
    assertTrue(InputNames.notData("~$reviews.csv").get().startsWith(Skipped.LOCK_FILE + ": "));
    assertTrue(InputNames.notData(".~lock.reviews.csv#").get().startsWith(Skipped.LOCK_FILE));
    assertTrue(InputNames.notData(".hidden.csv").get().startsWith(Skipped.HIDDEN_FILE + ": "));
    assertTrue(InputNames.notData(".DS_Store").get().startsWith(Skipped.HIDDEN_FILE));
    for (String backup : java.util.List.of("reviews.csv~", "reviews.csv.bak", ".reviews.csv.swp",
        "#reviews.csv#", "reviews.tmp")) {
      assertTrue(InputNames.notData(backup).isPresent(), backup);
    }
  }

  @Test
  void underscoreNamesAndOrdinaryExportsAreData() {
    assertEquals(Optional.empty(), InputNames.notData("_part2.csv"));
    assertEquals(Optional.empty(), InputNames.notData("reviews-2026-10.csv"));
    assertEquals(Optional.empty(), InputNames.notData("export 2026-10-31 10:00.csv"));
  }
}
