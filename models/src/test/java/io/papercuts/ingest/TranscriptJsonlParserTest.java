package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
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

    assertEquals("unknown_speaker: \"narrator\" is not a known speaker value (field"
        + " turns[0].speaker); add it to ingest.transcripts.speaker.customer,"
        + " ingest.transcripts.speaker.agent or ingest.transcripts.speaker.system",
        assertQuarantined(r, 3, QuarantineReason.UNKNOWN_SPEAKER).reason());
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

  @Test
  void readsKeyMappedConversationsWithNestedKeysAndSpeakerValues() {
    TranscriptJsonlParser parser = new TranscriptJsonlParser(IngestSettings.fromMap(Map.of(
        "ingest.transcripts.key.conversation_id", "ticket",
        "ingest.transcripts.key.customer_id", "client.id",
        "ingest.transcripts.key.started_at", "created",
        "ingest.transcripts.key.channel", "source.type",
        "ingest.transcripts.key.turns", "messages",
        "ingest.transcripts.key.speaker", "role",
        "ingest.transcripts.key.text", "message",
        "ingest.transcripts.key.ts", "at",
        "ingest.transcripts.key.agent_id", "author.id")));

    ParseResult r = parse(parser, getClass(), "intercom-like.jsonl");

    assertCounts(r, 3, 1, 2, 0);
    Conversation c = r.conversations().get(0);
    assertEquals("IC-1", c.docId());
    assertEquals("C-9", c.customerId());
    assertEquals("chat", c.channel());
    assertEquals(List.of(
        new Turn("customer", null, "My card was charged twice \u2014 again.",
            Instant.parse("2026-10-03T08:00:05Z")),
        new Turn("agent", "A-1", "Let me check that for you.",
            Instant.parse("2026-10-03T08:01:00Z")),
        new Turn("system", null, "Conversation assigned to Billing", null),
        new Turn("customer", null, "thanks & bye", null)), c.turns());
    assertEquals(List.of(0, 3), r.units().stream().map(FeedbackUnit::turnIdx).toList());
    assertEquals("unknown_speaker: \"narrator\" is not a known speaker value (field"
        + " turns[1].speaker); add it to ingest.transcripts.speaker.customer,"
        + " ingest.transcripts.speaker.agent or ingest.transcripts.speaker.system",
        assertQuarantined(r, 2, QuarantineReason.UNKNOWN_SPEAKER).reason());
    assertEquals("missing_field: customer_id is missing or empty (field customer_id)",
        assertQuarantined(r, 3, QuarantineReason.MISSING_FIELD).reason(),
        "client is a string here, so client.id is absent");
  }

  @Test
  void configuredSpeakerValuesReplaceTheDefaultsAndMayNotOverlap() {
    IngestSettings s = IngestSettings.fromMap(Map.of(
        "ingest.transcripts.speaker.customer", "Kunde, Client",
        "ingest.transcripts.speaker.agent", "Mitarbeiter"));
    assertEquals("customer", s.speakerValues().speakerOf(" KUNDE "));
    assertEquals("agent", s.speakerValues().speakerOf("mitarbeiter"));
    assertNull(s.speakerValues().speakerOf("agent"), "the agent list was replaced");
    assertEquals("system", s.speakerValues().speakerOf("Bot"));
    assertNull(s.speakerValues().speakerOf("user"), "the customer list was replaced");

    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IngestSettings.fromMap(Map.of("ingest.transcripts.speaker.system", "agent, bot")));
    assertEquals("ingest.transcripts.speaker.system: \"agent\" is also in"
        + " ingest.transcripts.speaker.agent; a value can name only one speaker", e.getMessage());
  }

  @Test
  void defaultSpeakerValuesCoverCommonExports() {
    SpeakerValues v = SpeakerValues.defaults();
    for (String customer : List.of("customer", "Client", "user", "end-user", "End User",
        "end_user", "requester", "lead")) {
      assertEquals("customer", v.speakerOf(customer), customer);
    }
    for (String agent : List.of("agent", "Support", "operator", "admin")) {
      assertEquals("agent", v.speakerOf(agent), agent);
    }
    for (String system : List.of("bot", "System")) {
      assertEquals("system", v.speakerOf(system), system);
    }
    assertNull(v.speakerOf("supervisor"));
  }

  /** The Twitter customer-support corpus, one tweet per line with a thread id. */
  static final Map<String, String> TWITTER = Map.of(
      "ingest.transcripts.key.conversation_id", "thread_id",
      "ingest.transcripts.key.message_id", "tweet_id",
      "ingest.transcripts.key.customer_id", "author_id",
      "ingest.transcripts.key.agent_id", "author_id",
      "ingest.transcripts.key.speaker", "inbound",
      "ingest.transcripts.speaker.customer", "true",
      "ingest.transcripts.speaker.agent", "false",
      "ingest.transcripts.key.ts", "created_at",
      "ingest.transcripts.date_pattern", "EEE MMM dd HH:mm:ss Z yyyy");

  @Test
  void detectsOneMessagePerLineAndGroupsTheThreads() {
    ParseResult r = parse(new TranscriptJsonlParser(IngestSettings.fromMap(TWITTER)), getClass(),
        "twitter-support.jsonl");

    assertCounts(r, 6, 4, 2, 0);
    Conversation t1 = r.conversations().get(0);
    assertEquals("T-1", t1.docId());
    assertEquals("115712", t1.customerId());
    assertEquals(1, t1.line());
    assertEquals(List.of(
        "customer I have sent several private messages and no one is responding as usual",
        "agent I understand. I would like to assist you.",
        "customer and how do you propose we do that"),
        t1.turns().stream().map(t -> t.speaker() + " " + t.text()).toList());
    assertEquals(List.of("T-1/0 line 2", "T-1/2 line 5", "T-2/0 line 4"), r.units().stream()
        .map(u -> u.docId() + "/" + u.turnIdx() + " line " + u.line()).toList());
    assertEquals("my order never arrived & the tracking is blank", r.units().get(2).text());
    assertEquals(LocalDate.of(2017, 10, 31), r.units().get(0).eventDate());
    assertQuarantined(r, 6, QuarantineReason.UNKNOWN_SPEAKER);
    Quarantined date = assertQuarantined(r, 7, QuarantineReason.BAD_DATE);
    assertEquals("bad_date: \"31/10/2017\" is not a date (yyyy-MM-dd, ISO date-time or"
        + " \"EEE MMM dd HH:mm:ss Z yyyy\" (ingest.transcripts.date_pattern)) (field ts)",
        date.reason());
  }

  @Test
  void autoDetectionIsDecidedByTheFirstLineWithTurnsOrTextAndCanBeOverridden() {
    String conversation = "{\"conversation_id\":\"T-1\",\"customer_id\":\"C-1\","
        + "\"started_at\":\"2026-10-03\",\"turns\":[{\"speaker\":\"customer\",\"text\":\"slow\"}]}\n";
    String message = "{\"conversation_id\":\"T-2\",\"customer_id\":\"C-2\","
        + "\"speaker\":\"customer\",\"text\":\"late\"}\n";
    byte[] convFirst = ("not json\n" + conversation + message).getBytes(StandardCharsets.UTF_8);
    byte[] messageFirst = (message + conversation).getBytes(StandardCharsets.UTF_8);

    ParseResult c = parse(PARSER, "c.jsonl", convFirst);
    assertCounts(c, 3, 1, 2, 0);
    assertEquals("missing_field: turns is missing or empty (field turns); the line looks like"
        + " one message, but the file is read as one conversation per line, as line 2 decided;"
        + " set ingest.transcripts.layout",
        assertQuarantined(c, 3, QuarantineReason.MISSING_FIELD).reason());

    ParseResult m = parse(PARSER, "m.jsonl", messageFirst);
    assertCounts(m, 2, 1, 1, 0);
    assertEquals("T-2", m.conversations().get(0).docId());
    assertTrue(assertQuarantined(m, 2, QuarantineReason.BAD_VALUE).reason()
        .startsWith("bad_value: a whole conversation (it has turns) in a file read as one"
            + " message per line, as line 1 decided"));

    TranscriptJsonlParser asConversations = new TranscriptJsonlParser(IngestSettings.fromMap(
        Map.of("ingest.transcripts.layout", "conversation")));
    ParseResult set = parse(asConversations, "m.jsonl", messageFirst);
    assertCounts(set, 2, 1, 1, 0);
    assertEquals("missing_field: started_at is missing or empty (field started_at)",
        assertQuarantined(set, 1, QuarantineReason.MISSING_FIELD).reason(), "no layout hint");
  }
}
