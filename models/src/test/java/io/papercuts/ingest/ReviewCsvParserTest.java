package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static io.papercuts.ingest.ParseAssertions.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ReviewCsvParserTest {

  private static final ReviewCsvParser PARSER = new ReviewCsvParser(IngestSettings.defaults());

  @Test
  void readsReviewsAndJoinsTitleAndBody() {
    ParseResult r = parse(PARSER, getClass(), "reviews.csv");

    assertCounts(r, 7, 3, 4, 0);
    FeedbackUnit v1 = unit(r, "V1");
    assertEquals("Great app. Otherwise great, but the export is slow.", v1.text());
    assertEquals(4, v1.rating());
    assertEquals("Pro plan", v1.product());
    assertEquals(2, v1.line());
    FeedbackUnit v2 = unit(r, "V2");
    assertEquals("Love it! Nothing to add really.", v2.text());
    assertNull(v2.customerId());
    assertEquals(LocalDate.of(2026, 10, 3), v2.eventDate());
    FeedbackUnit v5 = unit(r, "V5");
    assertEquals("Body only", v5.text());
    assertEquals(4, v5.rating(), "4.0 is a whole number");
  }

  @Test
  void quarantinesBadRatingEmptyBodyAndBadDate() {
    ParseResult r = parse(PARSER, getClass(), "reviews.csv");

    assertEquals("bad_rating: \"6\" not in 1..5 (field rating)",
        assertQuarantined(r, 4, QuarantineReason.BAD_RATING).reason());
    assertEquals("empty_text: review body is empty (field body)",
        assertQuarantined(r, 5, QuarantineReason.EMPTY_TEXT).reason());
    assertQuarantined(r, 7, QuarantineReason.BAD_RATING);
    Quarantined date = assertQuarantined(r, 8, QuarantineReason.BAD_DATE);
    assertTrue(date.reason().contains("\"03/10/2026\""), date.reason());
    assertEquals("V7,C7,Pro plan,2,Dates,bad date,03/10/2026", date.raw());
  }

  @Test
  void missingRequiredColumnStopsTheRun() {
    MissingColumnException e = assertThrows(MissingColumnException.class,
        () -> parse(PARSER, getClass(), "no_rating.csv"));

    assertEquals("rating", e.column());
    assertTrue(e.getMessage().startsWith("no_rating.csv: missing required column for rating"),
        e.getMessage());
    assertTrue(e.getMessage().contains("ingest.reviews.column.rating"), e.getMessage());
  }

  @Test
  void survivesBinaryGarbageAndStillReconciles() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("review_id,rating,body,review_date\nV1,5,fine,2026-10-01\n"
        .getBytes(StandardCharsets.UTF_8));
    byte[] garbage = new byte[8192];
    new Random(42).nextBytes(garbage);
    bytes.writeBytes(garbage);
    bytes.writeBytes("\nV2,4,after the garbage,2026-10-02\n".getBytes(StandardCharsets.UTF_8));

    ParseResult r = parse(PARSER, "garbage.csv", bytes.toByteArray());

    assertEquals(r.recordsRead(), r.accepted() + r.quarantined().size() + r.skipped().size());
    assertTrue(r.quarantined().size() >= 1, r.toString());
    assertCounts(r, r.recordsRead(), r.accepted(), r.quarantined().size(), 0);
    assertEquals(2, unit(r, "V1").line());
    assertTrue(r.units().stream().allMatch(u -> u.text().indexOf('\uFFFD') < 0));
    assertTrue(r.quarantined().stream().allMatch(q -> q.raw().length() <= 500));
  }
  @Test
  void aSecondCopyOfAReviewIdInOneFileIsSkippedAsADuplicate() {
    byte[] csv = ("review_id,rating,body,review_date\nV1,2,slow app,2026-10-03\n"
        + "V2,5,great,2026-10-03\nV1,2,slow app,2026-10-03\n").getBytes(StandardCharsets.UTF_8);

    ParseResult r = parse(PARSER, "reviews.csv", csv);

    assertCounts(r, 3, 2, 0, 1);
    assertEquals(new Skipped(SourceKind.REVIEW, "reviews.csv", 4,
        "duplicate: duplicate of line 2 (same review_id)"), r.skipped().get(0));
  }

  @Test
  void aDuplicatedRatingColumnRefusesTheFile() {
    byte[] csv = "review_id,rating,body,review_date,RATING\nV1,2,x,2026-10-03,5\n"
        .getBytes(StandardCharsets.UTF_8);

    DuplicateColumnException e = assertThrows(DuplicateColumnException.class,
        () -> parse(PARSER, "reviews.csv", csv));

    assertEquals("rating", e.field());
    assertEquals(1, e.line());
  }
}
