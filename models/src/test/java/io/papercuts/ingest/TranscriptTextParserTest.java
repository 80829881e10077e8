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
    assertEquals("chat-9", TranscriptTextParser.baseName("in/transcripts/chat-9.txt.gz"));
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
  @Test
  void commonAgentPrefixesStartAgentTurnsInsteadOfContinuingTheCustomers() {
    // Before: only Agent:, Customer:, System: were prefixes; "Rep: ..." was customer text.
    ParseResult r = parse(PARSER, "t.txt", lines("# customer_id: C-1",
        "Customer: my bill doubled", "Rep: sorry to hear that", "Representative: one moment",
        "Advisor: done", "Support: anything else?", "Caller: no", "SUPPORT AGENT: bye",
        "Customer Service: closing", "agent:lower case and no space", "System: Call ended"));

    assertCounts(r, 1, 1, 0, 0);
    assertEquals(List.of("customer", "agent", "agent", "agent", "agent", "customer", "agent",
        "agent", "agent", "system"), speakers(r));
    assertEquals(List.of("my bill doubled", "no"),
        r.units().stream().map(FeedbackUnit::text).toList());
    assertEquals("lower case and no space", r.conversations().get(0).turns().get(8).text());
  }

  @Test
  void agentNamesFromPrefixesAreRecordedAndReplacedByNameInEveryTurn() {
    ParseResult r = parse(PARSER, "t.txt", lines("# customer_id: C-1",
        "Agent (Priya): Hi, this is Priya from Billing.",
        "Customer: Thanks Priya, I was charged twice.",
        "Marcus Lee (Agent): Hello, Marcus here, Priya handed you over.",
        "Customer: ok Marcus. Lee said the same. Priyanka is my sister.",
        "Agent [Jin]: Jin taking over.", "Agent [A-7]: an id, not a name",
        "System: Call transferred to Priya"));

    assertCounts(r, 1, 1, 0, 0);
    Conversation c = r.conversations().get(0);
    assertEquals(List.of("Priya", "Marcus Lee", "Jin"), c.agentNames());
    assertEquals(List.of("Priya", "Marcus Lee", "Jin", "A-7"), c.turns().stream()
        .filter(t -> t.speaker().equals("agent")).map(Turn::agentId).toList());
    assertEquals(List.of("Hi, this is [NAME] from Billing.", "Thanks [NAME], I was charged twice.",
        "Hello, [NAME] here, [NAME] handed you over.",
        "ok [NAME]. [NAME] said the same. Priyanka is my sister.", "[NAME] taking over.",
        "an id, not a name", "Call transferred to [NAME]"),
        c.turns().stream().map(Turn::text).toList());
    assertEquals("Thanks [NAME], I was charged twice.", r.units().get(0).text());
  }

  @Test
  void agentHeaderNamesAndCustomerPrefixNamesAreRedactedToo() {
    ParseResult r = parse(PARSER, "t.txt", lines("# customer_id: C-1", "# agent: Kemi",
        "Agent: Kemi speaking.", "Customer (Dana): Hi Kemi, Dana here."));

    Conversation c = r.conversations().get(0);
    assertEquals(List.of("Kemi"), c.agentNames());
    assertEquals("Hi [NAME], [NAME] here.", r.units().get(0).text());
    assertEquals("[NAME] speaking.", c.turns().get(0).text());
  }

  @Test
  void anUnknownSpeakerPrefixQuarantinesTheConversationAtItsLine() {
    // Before: "Supervisor: ..." was appended to the customer's turn.
    ParseResult r = parse(PARSER, "t.txt", lines("# customer_id: C-1",
        "Agent (Priya): Let me get my supervisor.", "Customer: please",
        "Supervisor: Hi, I can refund it."));

    assertCounts(r, 1, 0, 1, 0);
    Quarantined q = assertQuarantined(r, 4, QuarantineReason.UNKNOWN_SPEAKER);
    assertTrue(q.reason().startsWith("unknown_speaker: line 4 starts with \"Supervisor:\""),
        q.reason());
    assertTrue(q.reason().contains("ingest.transcripts.agent_prefixes"), q.reason());
    assertEquals("Supervisor: Hi, I can refund it.", q.raw());

    for (String line : List.of("Priya: hi", "Billing Team: hi", "Priya (Supervisor): hi",
        "O'Brien:", "Bug: the app crashes")) {
      ParseResult u = parse(PARSER, "t.txt", lines("# customer_id: C-1", "Customer: hello",
          line));
      assertQuarantined(u, 3, QuarantineReason.UNKNOWN_SPEAKER);
    }
    ParseResult first = parse(PARSER, "t.txt", lines("# customer_id: C-1", "Priya: hello",
        "Customer: hi"));
    assertQuarantined(first, 2, QuarantineReason.UNKNOWN_SPEAKER);
  }

  @Test
  void ordinaryTextThatHappensToHaveAColonContinuesTheTurn() {
    List<String> continuations = List.of("Note: the app crashed twice.", "P.S.: thanks",
        "PS: thanks", "Update: still broken", "the reason: it is slow",
        "14:20 it dropped again", "https://example.com/help did not help",
        "Order: 12345", "My bill went up: why?", "NB: see above", "Re: your email");
    for (String line : continuations) {
      ParseResult r = parse(PARSER, "t.txt", lines("# customer_id: C-1", "Customer: hello",
          line));
      assertCounts(r, 1, 1, 0, 0);
      assertEquals("hello\n" + line, r.units().get(0).text(), line);
    }
  }

  @Test
  void prefixListsAreConfigurable() {
    TranscriptTextParser parser = new TranscriptTextParser(IngestSettings.fromMap(Map.of(
        IngestSettings.AGENT_PREFIXES, "Agent, Supervisor, Billing Team",
        IngestSettings.CUSTOMER_PREFIXES, "Customer, Me",
        IngestSettings.TEXT_LABELS, "Note, Bug")));

    ParseResult r = parse(parser, "t.txt", lines("# customer_id: C-1", "Me: hi",
        "Bug: the app crashes", "Supervisor: on it", "Billing Team: refunded"));
    assertCounts(r, 1, 1, 0, 0);
    assertEquals(List.of("customer", "agent", "agent"), speakers(r));
    assertEquals("hi\nBug: the app crashes", r.units().get(0).text());

    ParseResult rep = parse(parser, "t.txt", lines("# customer_id: C-1", "Me: hi", "Rep: hi"));
    assertQuarantined(rep, 3, QuarantineReason.UNKNOWN_SPEAKER);
  }

  @Test
  void prefixSettingsAreValidatedNamingTheKey() {
    assertBadSetting(IngestSettings.AGENT_PREFIXES, "Agent, Customer",
        "ingest.transcripts.customer_prefixes: \"Customer\" is also in"
            + " ingest.transcripts.agent_prefixes");
    assertBadSetting(IngestSettings.AGENT_PREFIXES, "Agent,,Rep",
        "ingest.transcripts.agent_prefixes: empty entry");
    assertBadSetting(IngestSettings.AGENT_PREFIXES, "Agent:",
        "ingest.transcripts.agent_prefixes: \"Agent:\" is not 1 to 3 words");
    assertBadSetting(IngestSettings.AGENT_PREFIXES, "Agent 7",
        "ingest.transcripts.agent_prefixes: \"Agent 7\" is not 1 to 3 words");
    assertBadSetting(IngestSettings.CUSTOMER_PREFIXES, "The Paying Customer Here",
        "ingest.transcripts.customer_prefixes: \"The Paying Customer Here\" is not 1 to 3");
    assertBadSetting(IngestSettings.TEXT_LABELS, "Note, Agent",
        "ingest.transcripts.text_labels: \"Agent\" is also in ingest.transcripts.agent_prefixes");
    assertBadSetting("ingest.transcripts.agent_prefix", "Agent",
        "unknown setting ingest.transcripts.agent_prefix");
  }

  @Test
  void namesInAQuarantinedTranscriptAreRedactedInItsRawText() {
    ParseResult r = parse(PARSER, "t.txt", lines("# customer_id: C-1",
        "Agent (Priya): hello", "Customer: Priya, listen", "Manager Ravi: hi Priya"));

    Quarantined q = assertQuarantined(r, 4, QuarantineReason.UNKNOWN_SPEAKER);
    // The snippet then goes through the PII redactor as well (here it also takes "Ravi").
    assertTrue(q.raw().endsWith(": hi [NAME]") && !q.raw().contains("Priya"), q.raw());
  }

  private static void assertBadSetting(String key, String value, String start) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> IngestSettings.fromMap(Map.of(key, value)));
    assertTrue(e.getMessage().startsWith(start), e.getMessage());
  }

  private static byte[] lines(String... lines) {
    return (String.join("\n", lines) + "\n").getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> speakers(ParseResult r) {
    return r.conversations().get(0).turns().stream().map(Turn::speaker).toList();
  }
}
