package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class TranscriptCsvParserTest {

  /** A Zendesk ticket-comments export, as docs/configuration.md shows it. */
  static final Map<String, String> ZENDESK = Map.of(
      "ingest.transcripts.key.conversation_id", "ticket_id",
      "ingest.transcripts.key.message_id", "comment_id",
      "ingest.transcripts.key.speaker", "author_role",
      "ingest.transcripts.key.agent_id", "author_id",
      "ingest.transcripts.key.customer_id", "requester_id",
      "ingest.transcripts.key.ts", "created_at",
      "ingest.transcripts.key.channel", "via",
      "ingest.transcripts.key.text", "body");

  private static final TranscriptCsvParser PARSER =
      new TranscriptCsvParser(IngestSettings.fromMap(ZENDESK));

  @Test
  void groupsMessageRowsIntoConversationsOrderedByTime() {
    ParseResult r = parse(PARSER, getClass(), "zendesk-comments.csv");

    assertCounts(r, 8, 5, 2, 1);
    assertEquals(List.of("4711", "4712"),
        r.conversations().stream().map(Conversation::docId).toList());
    Conversation t = r.conversations().get(0);
    assertEquals("u-17", t.customerId());
    assertEquals("web", t.channel());
    assertEquals(2, t.line(), "the line of its first message in the file");
    assertEquals(Instant.parse("2026-10-03T09:00:00Z"), t.startedAt(), "the earliest ts");
    assertEquals(List.of("customer", "agent", "customer"),
        t.turns().stream().map(Turn::speaker).toList(), "ordered by ts, not file order");
    assertEquals("a-5", t.turns().get(1).agentId());
    assertNull(t.turns().get(0).agentId(), "a customer message's author is no agent");
    assertEquals(List.of(
        "0 2 I was charged twice this month & nobody answered my email.",
        "2 3 Still waiting. Third time I write \"please refund\".",
        "0 5 The app logs me out\nevery single day."),
        r.units().stream().map(u -> u.turnIdx() + " " + u.line() + " " + u.text()).toList());
    assertEquals(LocalDate.of(2026, 10, 4), r.units().get(2).eventDate());
    assertEquals("email", r.units().get(2).channel());
    assertEquals(UnitIds.of(SourceKind.TRANSCRIPT, "4711", 2), r.units().get(1).unitId());
  }

  @Test
  void aBadMessageIsQuarantinedAloneAtItsOwnLineAndARepeatedMessageIsSkipped() {
    ParseResult r = parse(PARSER, getClass(), "zendesk-comments.csv");

    Quarantined supervisor = assertQuarantined(r, 8, QuarantineReason.UNKNOWN_SPEAKER);
    assertTrue(supervisor.reason().startsWith("unknown_speaker: \"supervisor\" is not a known"
        + " speaker value (field speaker); add it to ingest.transcripts.speaker.customer"),
        supervisor.reason());
    assertEquals("4713,9020,supervisor,s-1,u-19,2026-10-04T11:00:00Z,web,true,Escalating",
        supervisor.raw());
    assertQuarantined(r, 9, QuarantineReason.BAD_DATE);
    assertEquals(List.of(new Skipped(SourceKind.TRANSCRIPT, "zendesk-comments.csv", 10,
        "duplicate: duplicate of line 2 (same message_id)")), r.skipped());
  }

  @Test
  void aSequenceOrdersTurnsAndFileOrderIsTheFallback() {
    String csv = "conversation_id,customer_id,speaker,text,sequence,ts\n"
        + "A,C-1,agent,second,2,\n"
        + "A,C-1,customer,first,1,\n"
        + "B,C-2,agent,one,,2026-10-03T10:00:00Z\n"
        + "B,C-2,customer,two,,\n";

    ParseResult r = parse(new TranscriptCsvParser(IngestSettings.defaults()), "t.csv",
        csv.getBytes(StandardCharsets.UTF_8));

    assertCounts(r, 4, 4, 0, 0);
    assertEquals(List.of("first", "second"),
        r.conversations().get(0).turns().stream().map(Turn::text).toList());
    assertEquals(List.of("one", "two"),
        r.conversations().get(1).turns().stream().map(Turn::text).toList(),
        "not every message has a ts: file order");
    assertEquals(Instant.parse("2026-10-03T10:00:00Z"), r.conversations().get(1).startedAt());
  }

  @Test
  void aConversationWithoutAnyCustomerIdQuarantinesEachOfItsMessages() {
    String csv = "conversation_id,customer_id,speaker,text,sequence\n"
        + "A,,customer,hello,1\n"
        + "B,C-2,customer,fine,1\n"
        + "A,,agent,hi,x\n"
        + "A,,agent,hi again,3\n";

    ParseResult r = parse(new TranscriptCsvParser(IngestSettings.defaults()), "t.csv",
        csv.getBytes(StandardCharsets.UTF_8));

    assertCounts(r, 4, 1, 3, 0);
    assertEquals("bad_value: \"x\" is not a number (field sequence)",
        assertQuarantined(r, 4, QuarantineReason.BAD_VALUE).reason());
    assertEquals("missing_field: conversation \"A\" has no customer_id on any of its 2"
        + " message(s) (field customer_id)",
        assertQuarantined(r, 2, QuarantineReason.MISSING_FIELD).reason());
    assertQuarantined(r, 5, QuarantineReason.MISSING_FIELD);
  }

  @Test
  void theCustomerIsTheFirstCustomerMessagesAuthor() {
    // The Twitter customer-support corpus shape: author_id is the company on its replies.
    String csv = "thread,tweet_id,author_id,inbound,created_at,text\n"
        + "1,2,sprintcare,False,Tue Oct 31 22:11:45 +0000 2017,@115712 Please send us a DM\n"
        + "1,1,115712,True,Tue Oct 31 22:10:47 +0000 2017,@sprintcare my bill doubled &amp; no"
        + " one answers\n";
    IngestSettings s = IngestSettings.fromMap(Map.of(
        "ingest.transcripts.key.conversation_id", "thread",
        "ingest.transcripts.key.message_id", "tweet_id",
        "ingest.transcripts.key.customer_id", "author_id",
        "ingest.transcripts.key.agent_id", "author_id",
        "ingest.transcripts.key.speaker", "inbound",
        "ingest.transcripts.speaker.customer", "true",
        "ingest.transcripts.speaker.agent", "false",
        "ingest.transcripts.key.ts", "created_at",
        "ingest.transcripts.date_pattern", "EEE MMM dd HH:mm:ss Z yyyy"));

    ParseResult r = parse(new TranscriptCsvParser(s), "twcs.csv",
        csv.getBytes(StandardCharsets.UTF_8));

    assertCounts(r, 2, 2, 0, 0);
    Conversation c = r.conversations().get(0);
    assertEquals("115712", c.customerId());
    assertEquals(List.of("customer my bill doubled & no one answers", "agent Please send us a DM"),
        c.turns().stream().map(t -> t.speaker() + " " + t.text()).toList());
    assertEquals("sprintcare", c.turns().get(1).agentId());
    assertEquals(3, r.units().get(0).line());
  }

  @Test
  void aMissingRequiredColumnStopsTheRunAndTurnsIsNoColumn() {
    MissingColumnException e = assertThrows(MissingColumnException.class, () -> parse(
        new TranscriptCsvParser(IngestSettings.defaults()), "t.csv",
        "conversation_id,customer_id,text\nA,C,hi\n".getBytes(StandardCharsets.UTF_8)));
    assertEquals("speaker", e.column());
    assertTrue(e.getMessage().contains("ingest.transcripts.key.speaker"), e.getMessage());

    IngestSettings withTurns = IngestSettings.fromMap(
        Map.of("ingest.transcripts.key.turns", "messages"));
    assertCounts(parse(new TranscriptCsvParser(withTurns), "t.csv",
        "conversation_id,customer_id,speaker,text\nA,C,customer,hi\n"
            .getBytes(StandardCharsets.UTF_8)), 1, 1, 0, 0);
  }

  @Test
  void aGzippedTabSeparatedExportReadsLikeTheCsv() throws IOException {
    byte[] csv;
    try (InputStream in = getClass().getResourceAsStream(
        "/TranscriptCsvParserTest/zendesk-comments.csv")) {
      csv = in.readAllBytes();
    }
    ParseResult plain = parse(PARSER, "zendesk-comments.csv", csv);
    byte[] tsv = new String(csv, StandardCharsets.UTF_8)
        .replace("Sorry about that, I", "Sorry about that; I")
        .replaceAll(",(?=(?:[^\"]*\"[^\"]*\")*[^\"]*$)", "\t").getBytes(StandardCharsets.UTF_8);
    SourceParser gz = SourceParsers.forFile(SourceKind.TRANSCRIPT, "in/zendesk.tsv.gz",
        IngestSettings.fromMap(ZENDESK)).orElseThrow();

    ParseResult r = gz.parse("in/zendesk.tsv.gz",
        new ByteArrayInputStream(ReviewCsvParserTest.gzip(tsv)));

    assertCounts(r, 8, 5, 2, 1);
    assertEquals(plain.units().stream().map(u -> u.line() + " " + u.text()).toList(),
        r.units().stream().map(u -> u.line() + " " + u.text()).toList());
  }
}
