package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static io.papercuts.ingest.ParseAssertions.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReviewJsonlParserTest {

  private static final ReviewJsonlParser PARSER = new ReviewJsonlParser(IngestSettings.defaults());

  @Test
  void readsReviewsAndQuarantinesBadLines() {
    ParseResult r = parse(PARSER, getClass(), "reviews.jsonl");

    assertCounts(r, 7, 2, 5, 0);
    assertEquals("Solid. Does the job. Setup took a while.", unit(r, "J1").text());
    FeedbackUnit j2 = unit(r, "J2");
    assertEquals(3, j2.line(), "the blank line 2 is not a record but still counts as a line");
    assertEquals(3, j2.rating(), "a rating given as a string");
    assertEquals("C9", j2.customerId());
    assertEquals("Pro", j2.product());
    assertEquals("invalid_json: Unexpected end-of-input: expected close marker for Object"
        + " (start marker at column 1) (column 77)",
        assertQuarantined(r, 4, QuarantineReason.INVALID_JSON).reason());
    assertEquals("missing_field: body is missing or empty (field body)",
        assertQuarantined(r, 5, QuarantineReason.MISSING_FIELD).reason());
    assertQuarantined(r, 6, QuarantineReason.BAD_VALUE);
    assertEquals("invalid_json: line is a JSON array, not an object",
        assertQuarantined(r, 7, QuarantineReason.INVALID_JSON).reason());
    Quarantined dup = assertQuarantined(r, 8, QuarantineReason.INVALID_JSON);
    assertTrue(dup.reason().contains("body"), dup.reason());
  }

  @Test
  void mapsConfiguredKeys() {
    ReviewJsonlParser parser = new ReviewJsonlParser(
        IngestSettings.fromMap(Map.of("ingest.reviews.column.body", "review_text")));
    byte[] line = "{\"review_id\":\"K1\",\"Rating\":2,\"Review_Text\":\"Renamed body\",\"review_date\":\"2026-10-02\"}\n"
        .getBytes(StandardCharsets.UTF_8);

    ParseResult r = parse(parser, "k.jsonl", line);

    assertCounts(r, 1, 1, 0, 0);
    assertEquals("Renamed body", unit(r, "K1").text());
    assertEquals(2, unit(r, "K1").rating(), "keys match case-insensitively");
  }

  @Test
  void quarantinesLineWithInvalidBytesNamingTheLine() {
    byte[] bytes = ("{\"review_id\":\"A\",\"rating\":5,\"body\":\"ok\",\"review_date\":\"2026-10-01\"}\n"
        + "{\"review_id\":\"B\",\"rating\":5,\"body\":\"bad \u00FF\",\"review_date\":\"2026-10-01\"}\n")
        .getBytes(StandardCharsets.ISO_8859_1);

    ParseResult r = parse(PARSER, "latin1.jsonl", bytes);

    assertCounts(r, 2, 1, 1, 0);
    Quarantined q = assertQuarantined(r, 2, QuarantineReason.INVALID_ENCODING);
    assertTrue(q.reason().contains("byte 0xFF at line 2"), q.reason());
  }
  @Test
  void aSecondCopyOfAReviewIdInOneFileIsSkippedAsADuplicate() {
    String line = "{\"review_id\":\"J1\",\"rating\":2,\"body\":\"slow\","
        + "\"review_date\":\"2026-10-03\"}\n";
    ParseResult r = parse(PARSER, "r.jsonl", (line + "\n" + line).getBytes(StandardCharsets.UTF_8));

    assertCounts(r, 2, 1, 0, 1);
    assertEquals(new Skipped(SourceKind.REVIEW, "r.jsonl", 3,
        "duplicate: duplicate of line 1 (same review_id)"), r.skipped().get(0));
  }

  @Test
  void readsNestedKeysAndTreatsMissingIdsAndEmptyBodiesLikeCsv() {
    ReviewJsonlParser parser = new ReviewJsonlParser(IngestSettings.fromMap(Map.of(
        "ingest.reviews.column.body", "content.text",
        "ingest.reviews.column.rating", "content.stars",
        "ingest.reviews.column.review_date", "at",
        "ingest.reviews.missing_id", "content_hash")));
    String a = "{\"content\":{\"text\":\"Slow &amp; buggy\",\"stars\":2},\"at\":\"2026-10-03\"}\n";
    String empty = "{\"content\":{\"text\":\" n/a \",\"stars\":5},\"at\":\"2026-10-03\"}\n";

    ParseResult r = parse(parser, "site.jsonl", (a + empty + a).getBytes(StandardCharsets.UTF_8));

    assertCounts(r, 3, 1, 0, 2);
    FeedbackUnit u = r.units().get(0);
    assertEquals("Slow & buggy", u.text());
    assertEquals(2, u.rating());
    assertTrue(u.docId().startsWith("gen-"), u.docId());
    assertEquals(java.util.List.of(
        new Skipped(SourceKind.REVIEW, "site.jsonl", 2, Skipped.EMPTY_BODY),
        new Skipped(SourceKind.REVIEW, "site.jsonl", 3,
            "duplicate: duplicate of line 1 (same review content)")), r.skipped());
  }
}
