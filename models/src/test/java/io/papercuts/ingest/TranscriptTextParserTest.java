package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class TranscriptTextParserTest {

  private static final TranscriptTextParser PARSER =
      new TranscriptTextParser(IngestSettings.defaults());

  @Test
  void readsHeadersTurnsAndContinuationLines() {
    ParseResult r = parse(PARSER, getClass(), "chat-2001.txt");

    assertCounts(r, 1, 1, 0, 0);
    Conversation c = r.conversations().get(0);
    assertEquals("T-2001", c.docId());
    assertEquals("C-0042", c.customerId());
    assertEquals("phone", c.channel());
    assertEquals(Instant.parse("2026-10-03T14:22:00Z"), c.startedAt());
    assertEquals(List.of("agent", "customer", "system", "agent", "customer"),
        c.turns().stream().map(Turn::speaker).toList());
    assertEquals("Priya", c.turns().get(0).agentId());
    assertNull(c.turns().get(3).agentId());
    assertEquals(2, r.units().size());
    FeedbackUnit first = r.units().get(0);
    assertEquals(1, first.turnIdx());
    assertEquals(7, first.line());
    assertEquals("I was charged twice this month.\nIt is the third time this happened.",
        first.text());
    assertEquals(LocalDate.of(2026, 10, 3), first.eventDate());
    assertEquals(4, r.units().get(1).turnIdx());
    assertEquals(11, r.units().get(1).line());
  }

  @Test
  void fileNameIsTheIdWithoutAConversationIdHeader() {
    ParseResult r = parse(PARSER, getClass(), "no-header.txt");

    assertCounts(r, 1, 1, 0, 0);
    assertEquals("no-header", r.units().get(0).docId());
    assertNull(r.units().get(0).eventDate());
    assertEquals("chat-9", TranscriptTextParser.baseName("in/transcripts/chat-9.txt"));
  }

  @Test
  void quarantinesFilesWithoutCustomerOrWithStrayText() {
    ParseResult missing = parse(PARSER, getClass(), "missing-customer.txt");
    assertCounts(missing, 1, 0, 1, 0);
    assertQuarantined(missing, 1, QuarantineReason.MISSING_FIELD);

    ParseResult stray = parse(PARSER, getClass(), "stray-text.txt");
    assertCounts(stray, 1, 0, 1, 0);
    assertEquals("hello before any turn",
        assertQuarantined(stray, 2, QuarantineReason.BAD_VALUE).raw());
  }

  @Test
  void invalidBytesQuarantineTheFileAtTheirLine() {
    byte[] bytes = "# customer_id: C-1\nCustomer: fine\nCustomer: na\u00EFve\n"
        .getBytes(StandardCharsets.ISO_8859_1);

    ParseResult r = parse(PARSER, "latin1.txt", bytes);

    assertCounts(r, 1, 0, 1, 0);
    assertQuarantined(r, 3, QuarantineReason.INVALID_ENCODING);
  }
}
