package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class IngestSettingsTest {

  @Test
  void defaultsMatchTheFormatContract() {
    IngestSettings d = IngestSettings.fromMap(Map.of("spark.master", "local[*]"));

    assertEquals(IngestSettings.defaults(), d);
    assertEquals("UTF-8", d.encoding());
    assertEquals(20_000, d.maxTextChars());
    assertEquals(500, d.rawSnippetChars());
    assertEquals(0, d.surveyHeaderRows());
    assertEquals(List.of("review_id"), d.columnNames(InputField.REVIEW_ID));
    assertEquals(List.of("response_id", "ResponseId", "Respondent ID"),
        d.columnNames(InputField.SURVEY_RESPONSE_ID));
    assertFalse(d.isConfigured(InputField.SURVEY_COMMENT));
  }

  @Test
  void readsEveryKindOfKey() {
    IngestSettings s = IngestSettings.fromMap(Map.of(
        "ingest.encoding", "windows-1252",
        "ingest.max_text_chars", "5000",
        "ingest.raw_snippet_chars", "0",
        "ingest.surveys.header_rows", "3",
        "ingest.surveys.column.comment", "Q5",
        "ingest.reviews.date_pattern", "dd.MM.yyyy"));

    assertEquals("windows-1252", s.encoding());
    assertEquals(5000, s.maxTextChars());
    assertEquals(0, s.rawSnippetChars());
    assertEquals(3, s.surveyHeaderRows());
    assertEquals(List.of("Q5"), s.columnNames(InputField.SURVEY_COMMENT));
    assertTrue(s.isConfigured(InputField.SURVEY_COMMENT));
    assertEquals(LocalDate.of(2026, 10, 3),
        s.dates(SourceKind.REVIEW).utcDate("03.10.2026"));
  }

  @Test
  void rejectsUnknownKeysAndBadValuesNamingTheKey() {
    assertMessageStarts("ingest.surveys.column.coment", "x", "unknown setting ingest.surveys.column.coment");
    assertMessageStarts("ingest.max_text_chars", "lots", "ingest.max_text_chars must be a whole number");
    assertMessageStarts("ingest.max_text_chars", "0", "ingest.max_text_chars must be at least 1");
    assertMessageStarts("ingest.surveys.header_rows", "4", "ingest.surveys.header_rows must be auto");
    assertMessageStarts("ingest.encoding", "klingon-8", "ingest.encoding: unknown encoding");
    assertMessageStarts("ingest.encoding", "UTF-16", "ingest.encoding: encoding \"UTF-16\" is not ASCII");
    assertMessageStarts("ingest.surveys.date_pattern", "yyyy-qq-{", "ingest.surveys.date_pattern: bad date pattern");
    assertMessageStarts("ingest.reviews.column.body", " ", "ingest.reviews.column.body must not be blank");
  }

  @Test
  void readsTheExportKeys() {
    IngestSettings s = IngestSettings.fromMap(Map.of(
        "ingest.transcripts.layout", "Message",
        "ingest.transcripts.key.turns", "messages",
        "ingest.transcripts.key.customer_id", "client.id",
        "ingest.transcripts.speaker.customer", "true",
        "ingest.transcripts.speaker.agent", "false",
        "ingest.reviews.delimiter", "\t",
        "ingest.surveys.delimiter", "semicolon",
        "ingest.customers.delimiter", "auto",
        "ingest.reviews.missing_id", "content_hash"));

    assertEquals(TranscriptLayout.MESSAGE, s.transcriptLayout());
    assertEquals(List.of("messages"), s.columnNames(InputField.TRANSCRIPT_TURNS));
    assertEquals(List.of("client.id"), s.columnNames(InputField.TRANSCRIPT_CUSTOMER_ID));
    assertEquals("customer", s.speakerValues().speakerOf("True"));
    assertEquals('\t', s.delimiter(SourceKind.REVIEW));
    assertEquals(';', s.delimiter(SourceKind.SURVEY));
    assertEquals(0, s.delimiter(SourceKind.CUSTOMER));
    assertEquals(MissingReviewId.CONTENT_HASH, s.missingReviewId());
    assertFalse(s.requiresColumn(InputField.REVIEW_ID));

    IngestSettings d = IngestSettings.defaults();
    assertEquals(TranscriptLayout.AUTO, d.transcriptLayout());
    assertEquals(MissingReviewId.ROW_HASH, d.missingReviewId());
    assertEquals(List.of("turns"), d.columnNames(InputField.TRANSCRIPT_TURNS));
    assertEquals("ingest.transcripts.key.speaker", InputField.TRANSCRIPT_SPEAKER.settingKey());
    assertTrue(IngestSettings.fromMap(Map.of("ingest.reviews.missing_id", "quarantine"))
        .requiresColumn(InputField.REVIEW_ID));
  }

  @Test
  void rejectsBadExportValuesNamingTheKey() {
    assertMessageStarts("ingest.transcripts.layout", "rows",
        "ingest.transcripts.layout must be auto, conversation or message");
    assertMessageStarts("ingest.transcripts.key.speker", "role",
        "unknown setting ingest.transcripts.key.speker; known keys here: [ingest.transcripts.key.agent_id");
    assertMessageStarts("ingest.transcripts.speaker.customer", "user,,client",
        "ingest.transcripts.speaker.customer: empty entry");
    assertMessageStarts("ingest.transcripts.speaker.bot", "bot",
        "unknown setting ingest.transcripts.speaker.bot");
    assertMessageStarts("ingest.reviews.delimiter", "colon", "ingest.reviews.delimiter must be auto");
    assertMessageStarts("ingest.reviews.missing_id", "skip",
        "ingest.reviews.missing_id must be row_hash, content_hash or quarantine");
  }

  @Test
  void docsConfigurationNamesEveryKey() throws java.io.IOException {
    java.nio.file.Path doc = java.nio.file.Path.of("..", "docs", "configuration.md");
    assertTrue(java.nio.file.Files.exists(doc), doc.toAbsolutePath() + " (tests run in models/)");
    String text = java.nio.file.Files.readString(doc);
    List<String> missing = new java.util.ArrayList<>();
    for (String key : IngestSettings.knownKeys()) {
      String[] parts = key.split("\\.");
      String family = String.join(".", java.util.Arrays.copyOf(parts, parts.length - 1))
          + ".<field>";
      String bySource = key.replaceFirst("^ingest\\.[a-z]+\\.", "ingest.<source>.");
      boolean named = text.contains("`" + key + "`") || text.contains("`" + bySource + "`")
          || text.contains("`" + family + "`") && text.contains("`" + parts[parts.length - 1] + "`");
      if (!named) {
        missing.add(key);
      }
    }
    assertEquals(List.of(), missing, "keys docs/configuration.md does not name");
  }

  @Test
  void knownKeysListEveryColumnKey() {
    List<String> keys = IngestSettings.knownKeys();
    for (InputField f : InputField.values()) {
      assertTrue(keys.contains(f.settingKey()), f.settingKey());
    }
    assertTrue(keys.contains("ingest.transcripts.date_pattern"));
    assertTrue(keys.contains("ingest.transcripts.agent_prefixes"));
    assertTrue(keys.contains("ingest.transcripts.key.speaker"));
    assertTrue(keys.contains("ingest.reviews.delimiter"));
    assertEquals(13 + InputField.values().length + 2 * SourceKind.values().length, keys.size());
  }

  @Test
  void survivesJavaSerialization() throws Exception {
    IngestSettings s = IngestSettings.fromMap(Map.of("ingest.surveys.column.comment", "Q5",
        "ingest.surveys.date_pattern", "MM/dd/yyyy"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new SurveyCsvParser(s));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      assertTrue(in.readObject() instanceof SurveyCsvParser);
    }
    try (ObjectOutputStream out = new ObjectOutputStream(new ByteArrayOutputStream())) {
      out.writeObject(s);
    }
  }

  private static void assertMessageStarts(String key, String value, String start) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IngestSettings.fromMap(Map.of(key, value)));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }
}
