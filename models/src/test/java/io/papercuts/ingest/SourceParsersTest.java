package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class SourceParsersTest {

  private static final IngestSettings S = IngestSettings.defaults();

  @Test
  void choosesByFolderAndExtension() {
    assertTrue(SourceParsers.forFile(SourceKind.SURVEY, "exit.CSV", S).get() instanceof SurveyCsvParser);
    assertTrue(SourceParsers.forFile(SourceKind.REVIEW, "r.csv", S).get() instanceof ReviewCsvParser);
    assertTrue(SourceParsers.forFile(SourceKind.REVIEW, "r.jsonl", S).get() instanceof ReviewJsonlParser);
    assertTrue(SourceParsers.forFile(SourceKind.TRANSCRIPT, "hdfs://x/t.v2/a.jsonl", S).get()
        instanceof TranscriptJsonlParser);
    assertTrue(SourceParsers.forFile(SourceKind.TRANSCRIPT, "a.txt", S).get() instanceof TranscriptTextParser);
    assertTrue(SourceParsers.forFile(SourceKind.CUSTOMER, "crm.csv", S).get() instanceof CustomerCsvParser);
  }

  @Test
  void unsupportedExtensionsGiveNothing() {
    assertTrue(SourceParsers.forFile(SourceKind.SURVEY, "exit.xlsx", S).isEmpty());
    assertTrue(SourceParsers.forFile(SourceKind.SURVEY, "README", S).isEmpty());
    assertTrue(SourceParsers.forFile(SourceKind.CUSTOMER, "crm.jsonl", S).isEmpty());
    assertTrue(SourceParsers.forFile(SourceKind.TRANSCRIPT, "dir.txt/notes", S).isEmpty());
    assertEquals(List.of("jsonl", "txt"), SourceParsers.extensions(SourceKind.TRANSCRIPT));
  }

  @Test
  void unitIdsAreStableShortAndDistinct() {
    String id = UnitIds.of(SourceKind.TRANSCRIPT, "T-1", 3);
    assertEquals(16, id.length());
    assertTrue(id.matches("[0-9a-f]{16}"));
    assertEquals(id, UnitIds.of(SourceKind.TRANSCRIPT, "T-1", 3));
    assertNotEquals(id, UnitIds.of(SourceKind.TRANSCRIPT, "T-1", 4));
    assertNotEquals(UnitIds.of(SourceKind.SURVEY, "X", null), UnitIds.of(SourceKind.REVIEW, "X", null));
  }
}
