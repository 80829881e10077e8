package io.papercuts.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.papercuts.ingest.SourceKind;
import java.io.Closeable;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Writes {@code transcripts/chats.jsonl} (docs/inputs.md), one conversation per line: agent
 * greeting, the customer's opening (a planned complaint or an everyday request), identity checks,
 * holds and transfers as system turns (long holds and repeated transfers for customers who have
 * {@code hold_time} / {@code transfers}, rare short ones for everyone), the customer's remaining
 * planned complaints as asides, resolution and goodbyes. Only customer turns carry the customer's
 * {@link Voice}. Confined to one thread.
 */
final class TranscriptWriter implements Closeable {

  static final String PATH = "transcripts/chats.jsonl";

  private final Writer out;
  private final JsonFactory json = new JsonFactory()
      .disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
  private final SentenceComposer composer;
  private final PhraseBook book;
  private final WorldModel world;
  private long records;

  TranscriptWriter(Path outDir, SentenceComposer composer, WorldModel world) throws IOException {
    this.composer = composer;
    this.book = composer.book();
    this.world = world;
    this.out = OutputFiles.open(outDir.resolve(PATH));
  }

  void write(CustomerProfile profile, PlannedDocument document, SplittableRandom rng,
      MentionLedger ledger) throws IOException {
    records++;
    String conversationId = "T-" + records;
    boolean longHold = document.mentions(Theme.HOLD_TIME)
        || (profile.themes().contains(Theme.HOLD_TIME) && rng.nextDouble() < 0.6);
    boolean shortHold = !longHold && rng.nextDouble() < 0.08;
    boolean transfers = document.mentions(Theme.TRANSFERS)
        || (profile.themes().contains(Theme.TRANSFERS) && rng.nextDouble() < 0.6);
    boolean benignTransfer = !transfers && rng.nextDouble() < 0.03;
    String channel;
    double c = rng.nextDouble();
    if (longHold || shortHold) {
      channel = c < 0.55 ? "phone" : "chat";
    } else {
      channel = c < 0.6 ? "chat" : c < 0.85 ? "phone" : "email";
    }
    long startSecond = 8 * 3600 + rng.nextInt(13 * 3600);
    Conversation conversation = new Conversation(document.date(), startSecond, rng);
    Voice voice = profile.voice();

    int agent = book.pickIndex("slot.agent", rng);
    String agentName = book.entry("slot.agent", agent, rng);
    conversation.agent(agent, composer.line("agent.greeting", rng, Map.of("me", agentName)));

    Theme primary = null;
    for (Theme theme : document.themes()) {
      if (theme != Theme.HOLD_TIME && theme != Theme.TRANSFERS) {
        primary = theme;
        break;
      }
    }
    if (primary == null) {
      conversation.customer(voice.apply(composer.sentence("customer.request", rng), rng));
    } else {
      complaint(profile, primary, rng.nextDouble() < 0.4 ? greeting(rng) : "", conversationId,
          conversation, rng, ledger);
    }
    conversation.agent(agent,
        composer.line(primary == null ? "agent.ack.request" : "agent.ack", rng, Map.of()));
    if (rng.nextDouble() < 0.5) {
      identityCheck(conversation, agent, voice, rng);
    }

    if (longHold || shortHold) {
      int minutes = longHold ? 12 + rng.nextInt(40) : 1 + rng.nextInt(4);
      String holdChannel = channel.equals("phone") ? "phone" : "chat";
      conversation.system(composer.line("system.hold." + holdChannel, rng, Map.of()));
      conversation.pause(minutes * 60L);
      conversation.system(holdEnded(holdChannel, minutes, rng));
      conversation.agent(agent, composer.line("agent.after_hold", rng, Map.of()));
      if (document.mentions(Theme.HOLD_TIME)) {
        complaint(profile, Theme.HOLD_TIME, "", conversationId, conversation, rng, ledger);
      }
    }

    if (transfers || benignTransfer) {
      int count = transfers ? 1 + rng.nextInt(3) : 1;
      for (int i = 0; i < count; i++) {
        String dept = book.pick("slot.dept", rng);
        conversation.system(composer.line("system.transfer." + channel, rng, Map.of("dept", dept)));
        int next = book.pickIndex("slot.agent", rng);
        agent = next == agent ? (next + 1) % book.size("slot.agent") : next;
        String name = book.entry("slot.agent", agent, rng);
        if (channel.equals("chat") && rng.nextDouble() < 0.5) {
          conversation.system(composer.line("system.join", rng, Map.of("me", name)));
        }
        conversation.agent(agent,
            composer.line("agent.greeting.after_transfer", rng, Map.of("me", name, "dept", dept)));
        if (i == count - 1 && document.mentions(Theme.TRANSFERS)) {
          complaint(profile, Theme.TRANSFERS, "", conversationId, conversation, rng, ledger);
        } else {
          conversation.customer(voice.apply(composer.sentence("customer.restate", rng), rng));
        }
        if (rng.nextDouble() < 0.4) {
          identityCheck(conversation, agent, voice, rng);
        }
      }
    }

    for (Theme theme : document.themes()) {
      if (theme == primary || theme == Theme.HOLD_TIME || theme == Theme.TRANSFERS) {
        continue;
      }
      String lead = rng.nextDouble() < 0.7 ? book.pick("customer.aside", rng) : "";
      complaint(profile, theme, lead, conversationId, conversation, rng, ledger);
      conversation.agent(agent, composer.line("agent.aside_reply", rng, Map.of()));
    }
    if (profile.themes().contains(Theme.CALLBACK_MISSED) && rng.nextDouble() < 0.3) {
      conversation.agent(agent, composer.line("agent.callback_promise", rng, Map.of()));
    }
    conversation.agent(agent, composer.line("agent.resolution", rng, Map.of()));
    if (rng.nextDouble() < 0.85) {
      conversation.customer(voice.apply(composer.line("customer.closing", rng, Map.of()), rng));
    }
    if (rng.nextDouble() < 0.7) {
      conversation.agent(agent, composer.line("agent.closing", rng, Map.of()));
    }
    writeLine(conversationId, profile.customerId(), channel, conversation);
  }

  private void complaint(CustomerProfile profile, Theme theme, String lead, String conversationId,
      Conversation conversation, SplittableRandom rng, MentionLedger ledger) {
    MentionStyle style = MentionStyle.sample(world.role(theme), rng);
    String sentence = profile.voice().apply(composer.mention(theme, style, lead, rng), rng);
    conversation.customer(sentence);
    ledger.record(new ThemeMention(profile.customerId(), theme.id(), SourceKind.TRANSCRIPT.label(),
        conversationId, true, sentence, style, false, 0), theme);
  }

  private void identityCheck(Conversation conversation, int agent, Voice voice, SplittableRandom rng) {
    conversation.agent(agent, composer.line("agent.identity", rng, Map.of()));
    conversation.customer(voice.apply(composer.line("customer.identity_answer", rng, Map.of()), rng));
  }

  private static String greeting(SplittableRandom rng) {
    return switch (rng.nextInt(4)) {
      case 0 -> "hi,";
      case 1 -> "hello,";
      case 2 -> "hey";
      default -> "hi there,";
    };
  }

  private static String holdEnded(String channel, int minutes, SplittableRandom rng) {
    if (channel.equals("phone")) {
      return rng.nextBoolean() ? "Hold ended after " + minutes + " min"
          : "Caller on hold for " + minutes + " minutes";
    }
    return rng.nextBoolean() ? "Chat resumed after " + minutes + " min"
        : "Agent returned after " + minutes + " minutes";
  }

  private void writeLine(String conversationId, String customerId, String channel,
      Conversation conversation) throws IOException {
    try (JsonGenerator gen = json.createGenerator(out)) {
      gen.writeStartObject();
      gen.writeStringField("conversation_id", conversationId);
      gen.writeStringField("customer_id", customerId);
      gen.writeStringField("channel", channel);
      gen.writeStringField("started_at", conversation.startedAt());
      gen.writeArrayFieldStart("turns");
      for (Conversation.Turn turn : conversation.turns()) {
        gen.writeStartObject();
        gen.writeStringField("speaker", turn.speaker());
        if (turn.agentId() != null) {
          gen.writeStringField("agent_id", turn.agentId());
        }
        gen.writeStringField("text", turn.text());
        gen.writeStringField("ts", turn.ts());
        gen.writeEndObject();
      }
      gen.writeEndArray();
      gen.writeEndObject();
    }
    out.write('\n');
  }

  long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    out.close();
  }

  /** The turns of one conversation under construction, with a clock that advances per turn. */
  private static final class Conversation {
    record Turn(String speaker, String agentId, String text, String ts) {
    }

    private final LocalDate date;
    private final long startSecond;
    private final SplittableRandom rng;
    private final List<Turn> turns = new ArrayList<>();
    private long clock;

    Conversation(LocalDate date, long startSecond, SplittableRandom rng) {
      this.date = date;
      this.startSecond = startSecond;
      this.rng = rng;
      this.clock = startSecond;
    }

    String startedAt() {
      return OutputFiles.instant(date, startSecond);
    }

    List<Turn> turns() {
      return turns;
    }

    void agent(int agentIndex, String text) {
      add("agent", "A-" + (agentIndex + 1), text);
    }

    void customer(String text) {
      add("customer", null, text);
    }

    void system(String text) {
      add("system", null, text);
    }

    void pause(long seconds) {
      clock += seconds;
    }

    private void add(String speaker, String agentId, String text) {
      clock += 5 + rng.nextInt(85);
      turns.add(new Turn(speaker, agentId, text, OutputFiles.instant(date, clock)));
    }
  }
}
