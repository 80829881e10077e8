package io.papercuts.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Test helper: reads a generated corpus back the way an independent consumer would (Commons CSV
 * with headers, Jackson for JSON Lines), asserting the docs/inputs.md shape while reading.
 */
final class CorpusFiles {

  record CustomerRow(String id, boolean churned, LocalDate churnDate, String segment, LocalDate signup) {
  }

  record SurveyRow(String id, String customerId, LocalDate date, String reason, String comment,
      String nps) {
  }

  record ConversationRow(String id, String customerId, LocalDate date, String channel,
      List<JsonNode> turns, String customerText) {
  }

  record ReviewRow(String id, String customerId, String product, int rating, String title,
      String body, LocalDate date) {
  }

  record LabelRow(String customerId, String themeId, String role, int mentions, int anonymous) {
  }

  final Map<String, CustomerRow> customers = new LinkedHashMap<>();
  final List<SurveyRow> surveys = new ArrayList<>();
  final List<ConversationRow> conversations = new ArrayList<>();
  final List<ReviewRow> reviews = new ArrayList<>();
  final List<LabelRow> labels = new ArrayList<>();
  final JsonNode groundTruth;

  CorpusFiles(Path dir) throws IOException {
    for (CSVRecord r : csv(dir.resolve("customers/customers.csv"),
        "customer_id", "churned", "churn_date", "segment", "signup_date")) {
      String churned = r.get("churned");
      assertTrue(churned.equals("true") || churned.equals("false"), churned);
      CustomerRow row = new CustomerRow(r.get("customer_id"), Boolean.parseBoolean(churned),
          r.get("churn_date").isEmpty() ? null : LocalDate.parse(r.get("churn_date")),
          r.get("segment"), LocalDate.parse(r.get("signup_date")));
      assertEquals(null, customers.put(row.id(), row), "duplicate customer " + row.id());
    }
    for (CSVRecord r : csv(dir.resolve("surveys/exit-surveys.csv"),
        "response_id", "customer_id", "submitted_at", "stated_reason", "comment", "nps")) {
      surveys.add(new SurveyRow(r.get("response_id"), r.get("customer_id"),
          utcDate(r.get("submitted_at")), r.get("stated_reason"), r.get("comment"), r.get("nps")));
    }
    for (CSVRecord r : csv(dir.resolve("reviews/reviews.csv"),
        "review_id", "customer_id", "product", "rating", "title", "body", "review_date")) {
      reviews.add(new ReviewRow(r.get("review_id"), r.get("customer_id"), r.get("product"),
          Integer.parseInt(r.get("rating")), r.get("title"), r.get("body"),
          utcDate(r.get("review_date"))));
    }
    for (CSVRecord r : csv(dir.resolve("ground-truth-customers.csv"),
        "customer_id", "theme_id", "role", "mentions", "anonymous_mentions")) {
      labels.add(new LabelRow(r.get("customer_id"), r.get("theme_id"), r.get("role"),
          Integer.parseInt(r.get("mentions")), Integer.parseInt(r.get("anonymous_mentions"))));
    }
    ObjectMapper mapper = new ObjectMapper();
    try (BufferedReader reader =
        Files.newBufferedReader(dir.resolve("transcripts/chats.jsonl"), StandardCharsets.UTF_8)) {
      String line;
      while ((line = reader.readLine()) != null) {
        JsonNode node = mapper.readTree(line);
        for (String key : List.of("conversation_id", "customer_id", "started_at", "turns")) {
          assertTrue(node.hasNonNull(key), "missing " + key + " in " + line);
        }
        List<JsonNode> turns = new ArrayList<>();
        StringBuilder customerText = new StringBuilder();
        for (JsonNode turn : node.get("turns")) {
          String speaker = turn.get("speaker").asText();
          assertTrue(List.of("customer", "agent", "system").contains(speaker), speaker);
          assertTrue(!turn.get("text").asText().isBlank(), line);
          utcDate(turn.get("ts").asText());
          assertEquals(speaker.equals("agent"), turn.hasNonNull("agent_id"), line);
          if (speaker.equals("customer")) {
            customerText.append(turn.get("text").asText()).append('\n');
          }
          turns.add(turn);
        }
        conversations.add(new ConversationRow(node.get("conversation_id").asText(),
            node.get("customer_id").asText(), utcDate(node.get("started_at").asText()),
            node.get("channel").asText(), turns, customerText.toString()));
      }
    }
    groundTruth = mapper.readTree(dir.resolve("ground-truth.json").toFile());
  }

  JsonNode measuredTheme(String themeId) {
    for (JsonNode theme : groundTruth.get("measured").get("themes")) {
      if (theme.get("theme_id").asText().equals(themeId)) {
        return theme;
      }
    }
    throw new AssertionError("no measured theme " + themeId);
  }

  static LocalDate utcDate(String text) {
    if (text.length() == 10) {
      return LocalDate.parse(text);
    }
    return OffsetDateTime.parse(text).atZoneSameInstant(ZoneOffset.UTC).toLocalDate();
  }

  private static List<CSVRecord> csv(Path file, String... header) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build();
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser parser = CSVParser.parse(reader, format)) {
      assertEquals(List.of(header), parser.getHeaderNames(), file.toString());
      List<CSVRecord> records = parser.getRecords();
      for (CSVRecord record : records) {
        assertTrue(record.isConsistent(), file + " line " + record.getRecordNumber());
      }
      return records;
    }
  }
}
