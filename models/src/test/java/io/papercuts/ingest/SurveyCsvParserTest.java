package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static io.papercuts.ingest.ParseAssertions.unit;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SurveyCsvParserTest {

  private static final SurveyCsvParser DEFAULTS = new SurveyCsvParser(IngestSettings.defaults());

  @Test
  void readsPlainCsvWithMultiLineCommentAndRealLineNumbers() {
    ParseResult r = parse(DEFAULTS, getClass(), "plain.csv");

    assertCounts(r, 5, 3, 0, 2);
    FeedbackUnit r1 = unit(r, "R1");
    assertEquals(2, r1.line());
    assertEquals("C1", r1.customerId());
    assertEquals("Price", r1.statedReason());
    assertEquals(6, r1.nps());
    assertEquals(SourceKind.SURVEY, r1.source());
    assertEquals(UnitIds.of(SourceKind.SURVEY, "R1", null), r1.unitId());
    FeedbackUnit r2 = unit(r, "R2");
    assertEquals(3, r2.line());
    assertEquals("Love the product, until I have to call them.\n"
        + "Then it is \"hold music\" for 40 minutes.", r2.text());
    FeedbackUnit r4 = unit(r, "R4");
    assertEquals(6, r4.line(), "the record after a two-line record starts on line 6");
    assertEquals(LocalDate.of(2026, 10, 5), r4.eventDate(), "23:30 at -02:00 is the next UTC day");
    assertEquals("<script>alert('x')</script> emoji 😀 stays", r4.text());
  }

  @Test
  void emptyCommentsAreSkippedButKeepStatedReasonAndChurn() {
    ParseResult r = parse(DEFAULTS, getClass(), "plain.csv");

    assertEquals(List.of(new Skipped(SourceKind.SURVEY, "plain.csv", 5, Skipped.EMPTY_COMMENT),
        new Skipped(SourceKind.SURVEY, "plain.csv", 7, Skipped.EMPTY_COMMENT)), r.skipped());
    assertEquals(5, r.responses().size());
    SurveyResponse r3 = r.responses().get(2);
    assertEquals("R3", r3.responseId());
    assertEquals("Price", r3.statedReason());
    assertNull(r3.unitId());
    assertNull(r3.nps());
    assertEquals(new Customer("C3", true, LocalDate.of(2026, 10, 4), null), r3.impliedChurn());
    assertEquals(unit(r, "R1").unitId(), r.responses().get(0).unitId());
  }

  @Test
  void placeholdersAreRecognised() {
    for (String s : new String[] {null, "", "  ", "-", "N/A", "n/a.", "No comment.", "none!"}) {
      assertTrue(SurveyCsvParser.isPlaceholder(s), s);
    }
    for (String s : new String[] {"no", "Nothing works", "-1 for support"}) {
      assertTrue(!SurveyCsvParser.isPlaceholder(s), s);
    }
  }

  @Test
  void quarantinesBadRowsWithReasonAndLine() {
    ParseResult r = parse(DEFAULTS, getClass(), "bad_rows.csv");

    assertCounts(r, 8, 3, 5, 0);
    assertEquals("missing_field: customer_id is missing or empty (field customer_id)",
        assertQuarantined(r, 3, QuarantineReason.MISSING_FIELD).reason());
    assertQuarantined(r, 4, QuarantineReason.BAD_DATE);
    assertEquals("bad_nps: \"11\" not in 0..10 (field nps)",
        assertQuarantined(r, 5, QuarantineReason.BAD_NPS).reason());
    assertEquals("wrong_column_count: 5 fields, header has 6",
        assertQuarantined(r, 6, QuarantineReason.WRONG_COLUMN_COUNT).reason());
    Quarantined malformed = assertQuarantined(r, 7, QuarantineReason.MALFORMED_CSV);
    assertTrue(malformed.reason().contains("line 7"), malformed.reason());
    assertEquals("R6,C6,2026-10-03,Price,\"quote\"\"s\" after,5", malformed.raw());
    assertEquals(8, unit(r, "R7").line(), "reading resumed after the malformed record");
    assertEquals("multi\nline ok", unit(r, "R7").text());
    assertEquals(10, unit(r, "R8").line());
  }

  @Test
  void unclosedQuoteIsQuarantinedAndTheRestOfTheFileIsStillRead() {
    ParseResult r = parse(DEFAULTS, getClass(), "unclosed.csv");

    assertCounts(r, 4, 3, 1, 0);
    Quarantined q = assertQuarantined(r, 3, QuarantineReason.UNCLOSED_QUOTE);
    assertEquals("R2,C2,2026-10-03,Price,\"never closed,5", q.raw());
    assertEquals(4, unit(r, "R3").line());
    assertEquals(5, unit(r, "R4").line());
  }

  @Test
  void manySyntaxErrorsEndInOneRecordForTheRestOfTheFile() {
    StringBuilder csv = new StringBuilder("response_id,customer_id,submitted_at,comment\n");
    for (int i = 0; i < CsvReader.MAX_SYNTAX_ERRORS + 5; i++) {
      csv.append("R").append(i).append(",C,2026-10-03,\"x\"y\n");
    }
    ParseResult r = parse(DEFAULTS, "many.csv", csv.toString().getBytes(StandardCharsets.UTF_8));

    assertCounts(r, CsvReader.MAX_SYNTAX_ERRORS + 1, 0, CsvReader.MAX_SYNTAX_ERRORS + 1, 0);
    Quarantined last = r.quarantined().get(CsvReader.MAX_SYNTAX_ERRORS);
    assertEquals(CsvReader.MAX_SYNTAX_ERRORS + 2, last.line());
    assertTrue(last.reason().contains("were not read"), last.reason());
  }

  @Test
  void overlongCommentIsQuarantinedWithATruncatedSnippet() {
    String huge = "a".repeat(1 << 20);
    byte[] csv = ("response_id,customer_id,submitted_at,comment\n"
        + "R1,C1,2026-10-03,\"" + huge + "\"\nR2,C2,2026-10-03,short\n")
        .getBytes(StandardCharsets.UTF_8);

    ParseResult r = parse(DEFAULTS, "big.csv", csv);

    assertCounts(r, 2, 1, 1, 0);
    Quarantined q = assertQuarantined(r, 2, QuarantineReason.TEXT_TOO_LONG);
    assertEquals("text_too_long: 1048576 chars, max 20000 (field comment)", q.reason());
    assertEquals(500, q.raw().length());
    assertEquals(3, unit(r, "R2").line());
  }

  @Test
  void readsQualtricsExportWithConfiguredQuestionColumns() {
    SurveyCsvParser parser = new SurveyCsvParser(IngestSettings.fromMap(Map.of(
        "ingest.surveys.column.comment", "Q5",
        "ingest.surveys.column.stated_reason", "Q1",
        "ingest.surveys.column.nps", "how likely are you to recommend us?")));

    ParseResult r = parse(parser, getClass(), "qualtrics.csv");

    assertCounts(r, 2, 1, 0, 1);
    FeedbackUnit u = unit(r, "R_1abc");
    assertEquals(4, u.line());
    assertEquals("C-0042", u.customerId());
    assertEquals(LocalDate.of(2026, 10, 3), u.eventDate(), "RecordedDate, not EndDate");
    assertEquals("Price", u.statedReason());
    assertEquals(6, u.nps(), "matched by question text");
    assertEquals("The app is fine, I guess, but support never called back.", u.text());
    assertEquals(new Skipped(SourceKind.SURVEY, "qualtrics.csv", 5, Skipped.EMPTY_COMMENT),
        r.skipped().get(0));
    assertEquals("Missing features", r.responses().get(1).statedReason());
  }

  @Test
  void readsSurveyMonkeyExportIncludingSubColumns() {
    SurveyCsvParser parser = new SurveyCsvParser(IngestSettings.fromMap(Map.of(
        "ingest.surveys.date_pattern", "MM/dd/yyyy hh:mm:ss a",
        "ingest.surveys.column.comment", "Anything else you want to tell us?",
        "ingest.surveys.column.stated_reason",
        "What is the main reason you are cancelling? - Other (please specify)",
        "ingest.surveys.column.nps", "How likely are you to recommend us to a friend?")));

    ParseResult r = parse(parser, getClass(), "surveymonkey.csv");

    assertCounts(r, 2, 1, 0, 1);
    FeedbackUnit u = unit(r, "114256789");
    assertEquals(3, u.line());
    assertEquals("C-0050", u.customerId());
    assertEquals(LocalDate.of(2026, 10, 3), u.eventDate());
    assertEquals("Too many small bugs", u.statedReason());
    assertEquals(7, u.nps());
    assertEquals(4, r.responses().get(1).line());
  }

  @Test
  void detectsShapesAndHonoursExplicitHeaderRows() {
    assertEquals(3, headerRows("qualtrics.csv"));
    assertEquals(2, headerRows("surveymonkey.csv"));
    assertEquals(1, headerRows("plain.csv"));
    SurveyCsvParser forced = new SurveyCsvParser(
        IngestSettings.fromMap(Map.of("ingest.surveys.header_rows", "1")));
    ParseResult r = parse(forced, getClass(), "surveymonkey.csv");
    // With one header row the sub-header row is data, and US dates are not accepted unconfigured.
    assertCounts(r, 3, 0, 3, 0);
    assertQuarantined(r, 2, QuarantineReason.MISSING_FIELD);
    assertQuarantined(r, 3, QuarantineReason.BAD_DATE);
  }

  @Test
  void missingConfiguredColumnStopsTheRunNamingFileAndColumn() {
    SurveyCsvParser parser = new SurveyCsvParser(
        IngestSettings.fromMap(Map.of("ingest.surveys.column.comment", "Q9")));

    MissingColumnException e = assertThrows(MissingColumnException.class,
        () -> parse(parser, getClass(), "qualtrics.csv"));

    assertEquals("comment", e.column());
    assertEquals("qualtrics.csv", e.file());
    assertTrue(e.getMessage().contains("ingest.surveys.column.comment"), e.getMessage());
    assertTrue(e.getMessage().contains("[Q9]"), e.getMessage());
  }

  @Test
  void decodesUtf16WithBomAsExcelsUnicodeTextExportWritesIt() {
    String csv = "response_id,customer_id,submitted_at,stated_reason,comment,nps\r\n"
        + "R1,C1,2026-10-01,Price,\"Zu teuer 😤, und die Rechnung kam doppelt\",3\r\n";
    for (java.nio.charset.Charset cs : List.of(java.nio.charset.StandardCharsets.UTF_16LE,
        java.nio.charset.StandardCharsets.UTF_16BE)) {
      byte[] body = csv.getBytes(cs);
      byte[] bom = cs == java.nio.charset.StandardCharsets.UTF_16LE
          ? new byte[] {(byte) 0xFF, (byte) 0xFE} : new byte[] {(byte) 0xFE, (byte) 0xFF};
      byte[] all = new byte[bom.length + body.length];
      System.arraycopy(bom, 0, all, 0, 2);
      System.arraycopy(body, 0, all, 2, body.length);
      ParseResult r = parse(DEFAULTS, "unicode-text.csv", all);
      assertCounts(r, 1, 1, 0, 0);
      assertEquals("Zu teuer 😤, und die Rechnung kam doppelt", r.units().get(0).text(),
          cs.name());
      assertEquals("R1", r.units().get(0).docId(), cs.name());
    }
  }

  @Test
  void acceptsUtf8BomAndCrlf() {
    ParseResult r = parse(DEFAULTS, getClass(), "bom.csv");

    assertCounts(r, 2, 2, 0, 0);
    assertEquals("R1", r.units().get(0).docId(), "the BOM is not part of the first column name");
    assertEquals("With a BOM, CRLF and a\r\nquoted line break", r.units().get(0).text());
    assertEquals(4, unit(r, "R2").line());
  }

  @Test
  void rejectsWindows1252BytesWhenUtf8IsConfigured() {
    ParseResult r = parse(DEFAULTS, getClass(), "cp1252.csv");

    assertCounts(r, 4, 2, 2, 0);
    Quarantined q = assertQuarantined(r, 3, QuarantineReason.INVALID_ENCODING);
    assertEquals("invalid_encoding: byte 0xE9 at line 3, column 21 is not valid UTF-8"
        + " (check ingest.encoding, e.g. windows-1252 for Excel exports)", q.reason());
    assertQuarantined(r, 4, QuarantineReason.INVALID_ENCODING);
    assertTrue(r.units().stream().noneMatch(u -> u.text().indexOf('\uFFFD') >= 0));
  }

  @Test
  void readsWindows1252WhenConfigured() {
    SurveyCsvParser parser = new SurveyCsvParser(
        IngestSettings.fromMap(Map.of("ingest.encoding", "windows-1252")));

    ParseResult r = parse(parser, getClass(), "cp1252.csv");

    assertCounts(r, 4, 4, 0, 0);
    assertEquals("café au lait was cold", unit(r, "R2").text());
    assertEquals("it\u2019s the \u201Clittle\u201D things", unit(r, "R3").text());
  }

  @Test
  void blankLinesAreNotRecordsAndDoNotShiftLineNumbers() {
    byte[] csv = ("response_id,customer_id,submitted_at,comment\n\n"
        + "R1,C1,2026-10-03,\"two\nlines\"\n\n\nR2,C2,2026-10-03,after blanks\n\n")
        .getBytes(StandardCharsets.UTF_8);

    ParseResult r = parse(DEFAULTS, "blanks.csv", csv);

    assertCounts(r, 2, 2, 0, 0);
    assertEquals(3, unit(r, "R1").line());
    assertEquals(7, unit(r, "R2").line());
  }

  @Test
  void emptyFileYieldsNothing() {
    assertCounts(parse(DEFAULTS, "empty.csv", new byte[0]), 0, 0, 0, 0);
  }

  @Test
  void aDataCellResponseInTheFirstDataRowIsDataNotASurveyMonkeySubHeader() {
    // Before: any cell "Response" in row 2 made it SurveyMonkey's sub-header and R1 vanished.
    for (String row : List.of("R1,C1,2026-10-03,Other,Response,5",
        "R1,C1,2026-10-03,Response,Open-Ended Response,",
        "abc,alice,yesterday,Response,Response,")) {
      byte[] csv = ("response_id,customer_id,submitted_at,stated_reason,comment,nps\n" + row
          + "\nR2,C2,2026-10-04,Price,fine,7\n").getBytes(StandardCharsets.UTF_8);

      ParseResult r = parse(DEFAULTS, "plain.csv", csv);

      assertEquals(2, r.recordsRead(), row);
      assertEquals(2, r.responses().size() + r.quarantined().size(), row);
    }
    assertEquals("Response", unit(parse(DEFAULTS, "plain.csv",
        ("response_id,customer_id,submitted_at,comment\nR1,C1,2026-10-03,Response\n")
            .getBytes(StandardCharsets.UTF_8)), "R1").text());
  }

  @Test
  void surveyMonkeySubHeaderRowIsRecognisedOnlyWhenItLooksLikeOne() {
    List<String> top = List.of("Respondent ID", "End Date", "Custom Data 1",
        "Which features do you miss?", "", "", "Anything else?");
    IngestSettings d = IngestSettings.defaults();
    assertTrue(SurveyCsvParser.isSurveyMonkeySubHeader(top,
        List.of("", "", "", "Exports", "Offline mode", "Other (please specify)",
            "Open-Ended Response"), d), "options of a multiple-choice question");
    assertTrue(!SurveyCsvParser.isSurveyMonkeySubHeader(top,
        List.of("114256789", "", "", "Response", "", "", "Response"), d), "an id");
    assertTrue(!SurveyCsvParser.isSurveyMonkeySubHeader(top,
        List.of("", "10/03/2026 02:14:22 PM", "", "Response", "", "", ""), d), "a date");
    assertTrue(!SurveyCsvParser.isSurveyMonkeySubHeader(top,
        List.of("", "", "", "Response", "", "", "7"), d), "a number");
    assertTrue(!SurveyCsvParser.isSurveyMonkeySubHeader(top,
        List.of("", "", "alice", "Response", "", "", ""), d), "a value under customer_id");
    assertTrue(!SurveyCsvParser.isSurveyMonkeySubHeader(top,
        List.of("", "", "", "Response", "", "", "I want my money back"), d),
        "most cells are not sub-header labels");
    assertTrue(!SurveyCsvParser.isSurveyMonkeySubHeader(top,
        List.of("", "", "", "Exports", "Offline mode", "", ""), d), "no Response label");
    assertTrue(!SurveyCsvParser.isQualtricsImportRow(List.of("R_1", "C1",
        "{\"ImportId\":\"x\"} pasted into a comment", "2026-10-03")));
    assertTrue(!SurveyCsvParser.isQualtricsImportRow(List.of("R_1", "C1",
        "{\"ImportId\":\"x\"}", "2026-10-03")), "one JSON cell among data");
  }

  @Test
  void aDuplicatedColumnThatIsReadRefusesTheFileNamingFileLineAndField() {
    byte[] csv = ("response_id,customer_id,submitted_at,comment,Comment\n"
        + "R1,C1,2026-10-03,first,second\n").getBytes(StandardCharsets.UTF_8);

    DuplicateColumnException e = assertThrows(DuplicateColumnException.class,
        () -> parse(DEFAULTS, "surveys/exit.csv", csv));

    assertEquals("surveys/exit.csv", e.file());
    assertEquals(1, e.line());
    assertEquals("comment", e.column());
    assertEquals("comment", e.field());
    assertTrue(e.getMessage().startsWith("surveys/exit.csv: header line 1: column name"
        + " \"comment\" appears 2 times (columns [4, 5])"), e.getMessage());
    assertTrue(e.getMessage().contains("ingest.surveys.column.comment"), e.getMessage());
  }

  @Test
  void duplicatedColumnsThatAreNotReadAndRepeatedQuestionTextsAreAllowed() {
    byte[] csv = ("response_id,customer_id,submitted_at,comment,note,note,,\n"
        + "R1,C1,2026-10-03,fine,a,b,,\n").getBytes(StandardCharsets.UTF_8);
    assertCounts(parse(DEFAULTS, "notes.csv", csv), 1, 1, 0, 0);

    // Qualtrics repeats question texts; the field is read by its unique column id.
    byte[] qualtrics = ("ResponseId,RecordedDate,ExternalReference,Q5,Q6\n"
        + "Response ID,Recorded Date,External Data Reference,Please specify,Please specify\n"
        + "{\"ImportId\":\"_recordId\"},{\"ImportId\":\"recordedDate\"},"
        + "{\"ImportId\":\"externalDataReference\"},{\"ImportId\":\"QID5_TEXT\"},"
        + "{\"ImportId\":\"QID6_TEXT\"}\n"
        + "R_1,2026-10-03 10:00:00,C-1,too slow,x\n").getBytes(StandardCharsets.UTF_8);
    SurveyCsvParser byId = new SurveyCsvParser(
        IngestSettings.fromMap(Map.of("ingest.surveys.column.comment", "Q5")));
    assertEquals("too slow", unit(parse(byId, "q.csv", qualtrics), "R_1").text());
    // ...but reading it by the repeated text is refused, at the question-text line.
    SurveyCsvParser byText = new SurveyCsvParser(
        IngestSettings.fromMap(Map.of("ingest.surveys.column.comment", "please specify")));
    DuplicateColumnException e = assertThrows(DuplicateColumnException.class,
        () -> parse(byText, "q.csv", qualtrics));
    assertEquals(2, e.line());
    assertEquals("Please specify", e.column());
  }

  @Test
  void aSecondCopyOfAResponseIdInOneFileIsSkippedAsADuplicate() {
    byte[] csv = ("response_id,customer_id,submitted_at,comment\n"
        + "R1,C1,2026-10-03,the bill went up\n"
        + "R2,C2,2026-10-03,n/a\n"
        + "R1,C1,2026-10-03,the bill went up\n"
        + "R2,C2,2026-10-03,n/a\n"
        + "R3,C3,not a date,bad copy first\n"
        + "R3,C3,2026-10-04,good copy second\n").getBytes(StandardCharsets.UTF_8);

    ParseResult r = parse(DEFAULTS, "overlap.csv", csv);

    assertCounts(r, 6, 2, 1, 3);
    assertEquals(List.of(
        new Skipped(SourceKind.SURVEY, "overlap.csv", 3, Skipped.EMPTY_COMMENT),
        new Skipped(SourceKind.SURVEY, "overlap.csv", 4,
            "duplicate: duplicate of line 2 (same response_id)"),
        new Skipped(SourceKind.SURVEY, "overlap.csv", 5,
            "duplicate: duplicate of line 3 (same response_id)")), r.skipped());
    assertEquals(List.of("R1", "R2", "R3"),
        r.responses().stream().map(SurveyResponse::responseId).toList());
    assertEquals(List.of("R1", "R3"), r.units().stream().map(FeedbackUnit::docId).toList());
    assertEquals(7, unit(r, "R3").line(), "a quarantined copy does not claim the id");
  }

  private int headerRows(String name) {
    try (InputStream in = getClass().getResourceAsStream("/SurveyCsvParserTest/" + name)) {
      return SurveyCsvParser.detectHeaderRows(
          CsvReader.read(DecodedText.read(in, StandardCharsets.UTF_8)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
