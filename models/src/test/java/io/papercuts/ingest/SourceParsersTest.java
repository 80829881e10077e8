package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
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
    assertEquals(List.of("jsonl", "txt", "csv", "tsv"), SourceParsers.extensions(SourceKind.TRANSCRIPT));
    assertTrue(SourceParsers.forFile(SourceKind.REVIEW, "r.gz", S).isEmpty());
    assertTrue(SourceParsers.forFile(SourceKind.REVIEW, "r.xlsx.gz", S).isEmpty());
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

  @Test
  void choosesTsvAndCompressedFilesForEverySource() {
    assertTrue(SourceParsers.forFile(SourceKind.SURVEY, "exit.tsv", S).get() instanceof SurveyCsvParser);
    assertTrue(SourceParsers.forFile(SourceKind.REVIEW, "r.TSV", S).get() instanceof ReviewCsvParser);
    assertTrue(SourceParsers.forFile(SourceKind.CUSTOMER, "crm.tsv", S).get() instanceof CustomerCsvParser);
    assertTrue(SourceParsers.forFile(SourceKind.TRANSCRIPT, "comments.csv", S).get()
        instanceof TranscriptCsvParser);
    assertTrue(SourceParsers.forFile(SourceKind.TRANSCRIPT, "comments.tsv", S).get()
        instanceof TranscriptCsvParser);
    GzipSourceParser gz = (GzipSourceParser) SourceParsers.forFile(
        SourceKind.TRANSCRIPT, "x/chats.JSONL.GZ", S).get();
    assertTrue(gz.inner() instanceof TranscriptJsonlParser);
    assertEquals("tsv", SourceParsers.extension("a/b.c/reviews.tsv.gz"));
    assertEquals("reviews.tsv", SourceParsers.uncompressedName("a/b.c/reviews.tsv.gz"));
  }

  @Test
  void everySourceReadsGzipTransparently() throws IOException {
    Map<String, String> files = Map.of(
        "surveys/exit.csv.gz", "response_id,customer_id,submitted_at,comment\nS-1,C-1,2026-10-01,slow\n",
        "customers/crm.csv.gz", "customer_id,churned\nC-1,true\n",
        "reviews/r.jsonl.gz", "{\"review_id\":\"V-1\",\"rating\":2,\"body\":\"slow\",\"review_date\":\"2026-10-01\"}\n",
        "transcripts/chats.jsonl.gz", "{\"conversation_id\":\"T-1\",\"customer_id\":\"C-1\","
            + "\"started_at\":\"2026-10-01\",\"turns\":[{\"speaker\":\"customer\",\"text\":\"slow\"}]}\n",
        "transcripts/call-7.txt.gz", "# customer_id: C-1\nAgent: Hi\nCustomer: slow\n");
    for (Map.Entry<String, String> f : files.entrySet()) {
      SourceKind kind = InputNames.sourceOfFolder(f.getKey().split("/")[0]).orElseThrow();
      ParseResult r = SourceParsers.forFile(kind, f.getKey(), S).orElseThrow().parse(f.getKey(),
          new ByteArrayInputStream(ReviewCsvParserTest.gzip(
              f.getValue().getBytes(StandardCharsets.UTF_8))));
      assertEquals(1, r.accepted(), f.getKey() + ": " + r);
      assertEquals(f.getKey(), r.file());
    }
    ParseResult txt = SourceParsers.forFile(SourceKind.TRANSCRIPT, "t/call-7.txt.gz", S)
        .orElseThrow().parse("t/call-7.txt.gz", new ByteArrayInputStream(ReviewCsvParserTest.gzip(
            files.get("transcripts/call-7.txt.gz").getBytes(StandardCharsets.UTF_8))));
    assertEquals("call-7", txt.conversations().get(0).docId(), "the id drops .txt.gz");
  }

  @Test
  void aBrokenGzipFileStopsTheRunNamingIt() throws IOException {
    byte[] whole = ReviewCsvParserTest.gzip("review_id,rating,body,review_date\nV1,2,x,2026-10-01\n"
        .repeat(50).getBytes(StandardCharsets.UTF_8));
    SourceParser p = SourceParsers.forFile(SourceKind.REVIEW, "r.csv.gz", S).orElseThrow();
    for (byte[] bad : new byte[][] {"review_id,rating\n".getBytes(StandardCharsets.UTF_8),
        Arrays.copyOf(whole, whole.length / 2), new byte[0]}) {
      InputFileException e = assertThrows(InputFileException.class,
          () -> p.parse("reviews/r.csv.gz", new ByteArrayInputStream(bad)));
      assertTrue(e.getMessage().startsWith("reviews/r.csv.gz: cannot be decompressed as gzip"),
          e.getMessage());
    }
  }
}
