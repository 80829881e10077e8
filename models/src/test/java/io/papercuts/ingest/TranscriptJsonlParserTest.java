package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TranscriptJsonlParserTest {

  private static final TranscriptJsonlParser PARSER =
      new TranscriptJsonlParser(IngestSettings.defaults());

  @Test
  void customerTurnsBecomeUnitsAndConversationsKeepAllTurns() {
    ParseResult r = parse(PARSER, getClass(), "transcripts.jsonl");

    assertCounts(r, 7, 3, 4, 0);
    Conversation t1 = r.conversations().get(0);
    assertEquals("T-1001", t1.docId());
    assertEquals(4, t1.turns().size());
    assertEquals(new Turn("agent", "A-7", "Hi, how can I help?",
        Instant.parse("2026-10-03T14:22:05Z")), t1.turns().get(0));
    assertEquals("customer", t1.turns().get(3).speaker(), "speaker is normalised to lower case");
    List<FeedbackUnit> t1Units = r.units().stream().filter(u -> u.docId().equals("T-1001")).toList();
    assertEquals(List.of(1, 3), t1Units.stream().map(FeedbackUnit::turnIdx).toList());
    FeedbackUnit last = t1Units.get(1);
    assertEquals("Third time I had to explain it.", last.text());
    assertEquals(LocalDate.of(2026, 10, 3), last.eventDate(), "00:10 at +02:00 is the UTC day before");
    assertEquals("chat", last.channel());
    assertEquals(UnitIds.of(SourceKind.TRANSCRIPT, "T-1001", 3), last.unitId());
    assertEquals(1, last.line());

    assertEquals("T-1002", r.conversations().get(1).docId());
    assertTrue(r.units().stream().noneMatch(u -> u.docId().equals("T-1002")), "agent-only");
    FeedbackUnit script = r.units().get(r.units().size() - 1);
    assertEquals("1007", script.docId(), "a numeric id is read as text");
    assertEquals("<script>alert(1)</script> still broken 😤", script.text());
    assertEquals(7, script.line());
    assertNull(script.channel());
    assertEquals(3, r.units().size());
  }

  @Test
  void quarantinesBadConversations() {
    ParseResult r = parse(PARSER, getClass(), "transcripts.jsonl");

    assertEquals("bad_value: \"bot\" is not customer, agent or system (field turns[0].speaker)",
        assertQuarantined(r, 3, QuarantineReason.BAD_VALUE).reason());
    assertQuarantined(r, 4, QuarantineReason.MISSING_FIELD);
    assertQuarantined(r, 5, QuarantineReason.BAD_DATE);
    assertEquals("this is not json", assertQuarantined(r, 6, QuarantineReason.INVALID_JSON).raw());
  }

  @Test
  void overlongTurnQuarantinesTheConversation() {
    String line = "{\"conversation_id\":\"L\",\"customer_id\":\"C\",\"started_at\":\"2026-10-03\","
        + "\"turns\":[{\"speaker\":\"customer\",\"text\":\"" + "x".repeat(1 << 20) + "\"}]}\n";

    ParseResult r = parse(PARSER, "long.jsonl", line.getBytes(StandardCharsets.UTF_8));

    assertCounts(r, 1, 0, 1, 0);
    assertEquals("text_too_long: 1048576 chars, max 20000 (field turns[0].text)",
        assertQuarantined(r, 1, QuarantineReason.TEXT_TOO_LONG).reason());
  }

  @Test
  void binaryGarbageIsQuarantinedLineByLine() {
    byte[] garbage = new byte[4096];
    new Random(7).nextBytes(garbage);

    ParseResult r = parse(PARSER, "garbage.jsonl", garbage);

    assertCounts(r, r.recordsRead(), 0, (int) r.recordsRead(), 0);
    assertTrue(r.recordsRead() > 0);
    assertTrue(r.quarantined().stream().allMatch(q -> q.reason().startsWith("invalid_encoding")
        || q.reason().startsWith("invalid_json")), r.quarantined().toString());
  }
  @Test
  void aSecondCopyOfAConversationIdInOneFileIsSkippedAsADuplicate() {
    String line = "{\"conversation_id\":\"T-1\",\"customer_id\":\"C-1\","
        + "\"started_at\":\"2026-10-03T10:00:00Z\","
        + "\"turns\":[{\"speaker\":\"customer\",\"text\":\"charged twice\"}]}\n";
    ParseResult r = parse(PARSER, "t.jsonl", (line + line).getBytes(StandardCharsets.UTF_8));

    assertCounts(r, 2, 1, 0, 1);
    assertEquals(1, r.conversations().size());
    assertEquals(1, r.units().size());
    assertEquals(new Skipped(SourceKind.TRANSCRIPT, "t.jsonl", 2,
        "duplicate: duplicate of line 1 (same conversation_id)"), r.skipped().get(0));
  }
}
