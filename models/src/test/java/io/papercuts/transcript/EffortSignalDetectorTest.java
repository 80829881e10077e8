package io.papercuts.transcript;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.ingest.Conversation;
import io.papercuts.ingest.Turn;
import java.io.StringReader;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Effort signals on hand-built conversations. */
class EffortSignalDetectorTest {

  private final EffortSignalDetector detector = EffortSignalDetector.defaults();

  /** Builds turns from "speaker[/agentId]@minute: text" lines; minute is optional. */
  private static Conversation conversation(String... lines) {
    List<Turn> turns = new ArrayList<>();
    Instant start = Instant.parse("2026-10-03T14:00:00Z");
    for (String line : lines) {
      int colon = line.indexOf(": ");
      String head = line.substring(0, colon);
      String text = line.substring(colon + 2);
      Instant ts = null;
      if (head.contains("@")) {
        ts = start.plusSeconds(60L * Integer.parseInt(head.substring(head.indexOf('@') + 1)));
        head = head.substring(0, head.indexOf('@'));
      }
      String agentId = head.contains("/") ? head.substring(head.indexOf('/') + 1) : null;
      String speaker = head.contains("/") ? head.substring(0, head.indexOf('/')) : head;
      turns.add(new Turn(speaker, agentId, text, ts));
    }
    return new Conversation("T-1", "C-1", "chat", start, turns, "t.jsonl", 1);
  }

  @Test
  void quietConversationHasNoSignals() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1: Hi, how can I help?",
        "customer: Can I add a line?",
        "agent/A-1: Done, anything else?"));
    assertEquals(new EffortSignals(0, 0, 0, 0, 0, 1), s);
    assertTrue(s.impliedThemes().isEmpty());
  }

  @Test
  void announcedRecordedAndNewAgentIsOneTransfer() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1: Let me transfer you to billing.",
        "system: Chat transferred to Billing",
        "agent/A-2: Hi, billing here.",
        "customer: I was charged twice.",
        "agent/A-2: I'm transferring you to our refunds team.",
        "agent/A-3: Refunds, hello.",
        "agent/A-3: Done."));
    assertEquals(2, s.transfers());
    assertEquals(3, s.agentCount());
    assertEquals(Set.of("transfers"), s.impliedThemes());
  }

  @Test
  void silentChangeOfAgentIsATransfer() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1: Hello.",
        "customer: My router will not connect.",
        "agent/A-7: Hi, I'm taking over this chat."));
    assertEquals(1, s.transfers());
    assertEquals(2, s.agentCount());
    assertTrue(s.impliedThemes().isEmpty());
  }

  @Test
  void consecutiveSystemTransfersAreSeparate() {
    EffortSignals s = detector.detect(conversation(
        "system: Call transferred to Billing",
        "system: Call transferred to Technical Support",
        "agent: Tech support, how can I help?"));
    assertEquals(2, s.transfers());
    // No agent ids: one agent plus one per transfer.
    assertEquals(3, s.agentCount());
  }

  @Test
  void holdMinutesFromTheSystemLine() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1: Please hold while I check.",
        "system: Customer placed on hold (6 min)",
        "agent/A-1: Thanks for holding.",
        "agent/A-1: I need to put you on hold again, one moment.",
        "system: Customer placed on hold (12 min)",
        "agent/A-1: Back, sorry."));
    assertEquals(2, s.holds());
    assertEquals(18, s.holdMinutes());
    assertEquals(Set.of("hold_time"), s.impliedThemes());
  }

  @Test
  void holdMinutesFromTimestamps() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1@0: I'll just pop you on hold.",
        "customer@5: hello??",
        "agent/A-1@11: Thanks for your patience."));
    assertEquals(1, s.holds());
    assertEquals(11, s.holdMinutes());
    assertEquals(Set.of("hold_time"), s.impliedThemes());
  }

  @Test
  void shortHoldImpliesNothing() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1@0: Please hold.",
        "agent/A-1@2: Thanks for waiting."));
    assertEquals(1, s.holds());
    assertEquals(2, s.holdMinutes());
    assertTrue(s.impliedThemes().isEmpty());
  }

  @Test
  void identityChecksAreCountedPerAgentTurn() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1: Before we start, can you verify your identity? What's your date of birth?",
        "customer: 1 May 1980.",
        "system: Chat transferred to Billing",
        "agent/A-2: For security purposes, please confirm the last four digits of your card.",
        "customer: 4471",
        "agent/A-2: Can you confirm that the router is plugged in?"));
    assertEquals(2, s.identityChecks());
    assertEquals(1, s.transfers());
    assertEquals(Set.of("transfers"), s.impliedThemes());
  }

  @Test
  void shortVerificationRequestsCount() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1: Can I just verify your account first?",
        "system: Chat transferred to Technical Support",
        "agent/A-2: Thanks for waiting. Before I can look into this I need to verify you again.",
        "agent/A-2: I have verified that the line is working."));
    assertEquals(2, s.identityChecks());
    assertEquals(Set.of("transfers"), s.impliedThemes());
  }

  @Test
  void promisedCallbacksCountButImplyNothing() {
    EffortSignals s = detector.detect(conversation(
        "agent/A-1: I'll call you back tomorrow morning.",
        "customer: ok",
        "agent/A-1: Someone will contact you within 24 hours, and you'll get a call from a "
            + "specialist too.",
        "customer: Please call me back.",
        "agent/A-1: I've booked a callback for Friday.",
        "agent/A-1: Someone from Field Services will call you back within 24 hours.",
        "agent/A-1: I've asked the technician to call ahead."));
    assertEquals(4, s.callbacksPromised());
    assertTrue(s.impliedThemes().isEmpty());
  }

  @Test
  void customerWordsAreNotSignals() {
    EffortSignals s = detector.detect(conversation(
        "customer: I was transferred three times and on hold for 40 min last week.",
        "agent/A-1: Sorry about that."));
    assertEquals(new EffortSignals(0, 0, 0, 0, 0, 1), s);
  }

  @Test
  void emptyConversation() {
    assertEquals(EffortSignals.NONE, detector.detect(conversation()));
  }

  @Test
  void statedMinutesAndHours() {
    assertEquals(6, EffortSignalDetector.statedMinutes("on hold (6 min)"));
    assertEquals(75, EffortSignalDetector.statedMinutes("hold 1 hr 15 minutes"));
    assertEquals(-1, EffortSignalDetector.statedMinutes("placed on hold"));
  }

  @Test
  void ruleFileIsValidated() {
    IllegalArgumentException badSignal = assertThrows(IllegalArgumentException.class,
        () -> EffortSignalDetector.parse(new StringReader(
            "signal,speakers,pattern\ntransfer,agent,x\nteleport,agent,y\n"), "rules.csv"));
    assertTrue(badSignal.getMessage().contains("rules.csv line 3"), badSignal.getMessage());
    IllegalArgumentException badRegex = assertThrows(IllegalArgumentException.class,
        () -> EffortSignalDetector.parse(new StringReader(
            "signal,speakers,pattern\nhold,system,\"on (hold\"\n"), "rules.csv"));
    assertTrue(badRegex.getMessage().contains("line 2"), badRegex.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> EffortSignalDetector.parse(new StringReader(
            "signal,speakers,pattern\nhold,customer,hold\n"), "rules.csv"));
    assertThrows(IllegalArgumentException.class,
        () -> EffortSignalDetector.parse(new StringReader("signal,pattern\nhold,x\n"), "r.csv"));
  }

  @Test
  void negativeCountsAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> new EffortSignals(-1, 0, 0, 0, 0, 0));
  }
}
