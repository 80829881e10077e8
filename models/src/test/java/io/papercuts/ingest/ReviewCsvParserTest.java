package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static io.papercuts.ingest.ParseAssertions.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class ReviewCsvParserTest {

  private static final ReviewCsvParser PARSER = new ReviewCsvParser(IngestSettings.defaults());

  @Test
  void readsReviewsAndJoinsTitleAndBody() {
    ParseResult r = parse(PARSER, getClass(), "reviews.csv");

    assertCounts(r, 7, 3, 3, 1);
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
  void quarantinesBadRatingAndBadDateAndSkipsAnEmptyBody() {
    ParseResult r = parse(PARSER, getClass(), "reviews.csv");

    assertEquals("bad_rating: \"6\" not in 1..5 (field rating)",
        assertQuarantined(r, 4, QuarantineReason.BAD_RATING).reason());
    assertEquals(List.of(new Skipped(SourceKind.REVIEW, "reviews.csv", 5, Skipped.EMPTY_BODY)),
        r.skipped());
    assertQuarantined(r, 7, QuarantineReason.BAD_RATING);
    Quarantined date = assertQuarantined(r, 8, QuarantineReason.BAD_DATE);
    assertTrue(date.reason().contains("\"03/10/2026\""), date.reason());
    assertTrue(date.reason().contains("set ingest.reviews.date_pattern"), date.reason());
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

  private static final Map<String, String> STORE_COLUMNS = Map.of(
      "ingest.reviews.column.review_date", "Date", "ingest.reviews.column.rating", "Stars",
      "ingest.reviews.column.title", "Title", "ingest.reviews.column.body", "Review",
      "ingest.reviews.column.product", "Product");

  @Test
  void readsATsvExportWithoutIdsDecodingEntitiesAndSkippingAnEmptyBody() {
    ReviewCsvParser parser = new ReviewCsvParser(IngestSettings.fromMap(STORE_COLUMNS));

    ParseResult r = parse(parser, getClass(), "store-export.tsv");

    assertCounts(r, 4, 3, 0, 1);
    assertEquals(List.of(new Skipped(SourceKind.REVIEW, "store-export.tsv", 3,
        Skipped.EMPTY_BODY)), r.skipped());
    assertEquals(List.of(2L, 4L, 6L), r.units().stream().map(FeedbackUnit::line).toList(),
        "physical lines: the body of line 4 runs over two lines");
    assertEquals(List.of(
        "App & website. The app logs me out; the \"remember me\" box does nothing.",
        "Charged twice. Billed twice in October.\nSupport never called back.",
        "Fine. Works, mostly \u2013 please add dark mode"),
        r.units().stream().map(FeedbackUnit::text).toList());
    assertTrue(r.units().stream().allMatch(u -> u.docId().matches("gen-[0-9a-f]{16}")),
        r.units().toString());
    assertEquals(3, r.units().stream().map(FeedbackUnit::docId).distinct().count());
    assertEquals("iOS", r.units().get(0).product());
  }

  @Test
  void generatedIdsAreStableAcrossFoldersAndRuns() {
    IngestSettings s = IngestSettings.fromMap(STORE_COLUMNS);
    ParseResult a = parse(new ReviewCsvParser(s), getClass(), "store-export.tsv");
    byte[] bytes = bytes("store-export.tsv");
    ParseResult b = parse(new ReviewCsvParser(s), "other/night/store-export.tsv", bytes);

    assertEquals(a.units().stream().map(FeedbackUnit::docId).toList(),
        b.units().stream().map(FeedbackUnit::docId).toList());
  }

  @Test
  void rowHashKeepsIdenticalReviewsApartAndContentHashCountsThemOnce() {
    byte[] csv = ("rating,body,review_date\n5,Great app,2026-10-03\n5,Great app,2026-10-03\n"
        + "2,,2026-10-03\n").getBytes(StandardCharsets.UTF_8);

    ParseResult rows = parse(PARSER, "site.csv", csv);
    assertCounts(rows, 3, 2, 0, 1);
    assertEquals(2, rows.units().stream().map(FeedbackUnit::docId).distinct().count());

    ParseResult content = parse(new ReviewCsvParser(IngestSettings.fromMap(
        Map.of("ingest.reviews.missing_id", "content_hash"))), "site.csv", csv);
    assertCounts(content, 3, 1, 0, 2);
    assertEquals(new Skipped(SourceKind.REVIEW, "site.csv", 3,
        "duplicate: duplicate of line 2 (same review content)"), content.skipped().get(0));
    assertEquals(new Skipped(SourceKind.REVIEW, "site.csv", 4, Skipped.EMPTY_BODY),
        content.skipped().get(1));
  }

  @Test
  void aBlankIdGetsAGeneratedOneAndQuarantineModeKeepsTheOldRule() {
    byte[] csv = ("review_id,rating,body,review_date\nV1,2,slow,2026-10-03\n,3,no id,2026-10-03\n")
        .getBytes(StandardCharsets.UTF_8);

    ParseResult r = parse(PARSER, "reviews.csv", csv);
    assertCounts(r, 2, 2, 0, 0);
    assertEquals("V1", r.units().get(0).docId());
    assertTrue(r.units().get(1).docId().startsWith(MissingReviewId.PREFIX));

    ReviewCsvParser strict = new ReviewCsvParser(IngestSettings.fromMap(
        Map.of("ingest.reviews.missing_id", "quarantine")));
    ParseResult q = parse(strict, "reviews.csv", csv);
    assertCounts(q, 2, 1, 1, 0);
    assertQuarantined(q, 3, QuarantineReason.MISSING_FIELD);
    MissingColumnException e = assertThrows(MissingColumnException.class, () -> parse(strict,
        "noid.csv", "rating,body,review_date\n2,x,2026-10-03\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("review_id", e.column());
  }

  @Test
  void aSemicolonCsvIsSniffedAndADelimiterCanBeSet() {
    byte[] semi = "review_id;rating;body;review_date\nV1;2;\"slow, really\";2026-10-03\n"
        .getBytes(StandardCharsets.UTF_8);
    assertEquals("slow, really", parse(PARSER, "eu.csv", semi).units().get(0).text());

    byte[] pipe = "review_id|rating|body|review_date\nV1|2|slow; really|2026-10-03\n"
        .getBytes(StandardCharsets.UTF_8);
    ReviewCsvParser piped = new ReviewCsvParser(IngestSettings.fromMap(
        Map.of("ingest.reviews.delimiter", "pipe")));
    assertEquals("slow; really", parse(piped, "p.txt.csv", pipe).units().get(0).text());
  }

  @Test
  void aGzippedTsvReadsLikeThePlainFile() throws IOException {
    IngestSettings s = IngestSettings.fromMap(STORE_COLUMNS);
    ParseResult plain = parse(new ReviewCsvParser(s), getClass(), "store-export.tsv");
    SourceParser gz = SourceParsers.forFile(SourceKind.REVIEW, "store-export.tsv.gz", s)
        .orElseThrow();

    ParseResult r = gz.parse("store-export.tsv.gz", new ByteArrayInputStream(
        gzip(bytes("store-export.tsv"))));

    assertCounts(r, 4, 3, 0, 1);
    assertEquals(plain.units().stream().map(u -> u.line() + " " + u.text()).toList(),
        r.units().stream().map(u -> u.line() + " " + u.text()).toList());
  }

  @Test
  void aBadDateNamesTheConfiguredPattern() {
    ReviewCsvParser parser = new ReviewCsvParser(IngestSettings.fromMap(
        Map.of("ingest.reviews.date_pattern", "dd.MM.yyyy")));
    byte[] csv = "review_id,rating,body,review_date\nV1,2,slow,10/03/2026\n"
        .getBytes(StandardCharsets.UTF_8);

    assertEquals("bad_date: \"10/03/2026\" is not a date (yyyy-MM-dd, ISO date-time or"
        + " \"dd.MM.yyyy\" (ingest.reviews.date_pattern)) (field review_date)",
        assertQuarantined(parse(parser, "r.csv", csv), 2, QuarantineReason.BAD_DATE).reason());
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(bytes);
    }
    return out.toByteArray();
  }

  private byte[] bytes(String fixture) {
    try (InputStream in = getClass().getResourceAsStream("/ReviewCsvParserTest/" + fixture)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
