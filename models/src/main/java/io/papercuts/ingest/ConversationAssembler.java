package io.papercuts.ingest;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds conversations from one file of message records ({@link TranscriptLayout#MESSAGE}: a CSV
 * row or JSON line per message, each carrying its conversation's id), for
 * {@link TranscriptCsvParser} and {@link TranscriptJsonlParser}. A record is one message: each
 * ends accepted, quarantined or skipped, so read = accepted + quarantined + skipped counts
 * messages.
 *
 * <p>{@link #add} checks one message on its own: a conversation id, a speaker whose value
 * {@link SpeakerValues} knows ({@code unknown_speaker} otherwise), a text key (its value may be
 * blank: an attachment-only comment is a turn without text), and parseable {@code ts},
 * {@code started_at} and {@code sequence} values; a bad message is quarantined alone, at its own
 * line, and its conversation goes on without it. A second message with a {@code message_id}
 * already read in the same conversation is skipped ({@link Skipped#DUPLICATE}).
 *
 * <p>{@link #finish} groups the messages by conversation id, within this file only (a
 * conversation must sit in one file: the same id in another file is that file's copy of it, a
 * duplicate). Turns are ordered by {@code sequence} when every message of the conversation has
 * one, else by {@code ts} when every message has one, else in file order (ties keep file order).
 * The conversation's customer is the {@code customer_id} of its first customer message that has
 * one, else of its first message that has one; without any, each of its messages is quarantined
 * ({@code missing_field}). {@code started_at} is the earliest one given, else the earliest
 * {@code ts}; {@code channel} the first one given. Agent turns keep their {@code agent_id};
 * other turns have none. Texts are cleaned ({@link ExportText}). The conversation carries the
 * line of its first message in the file; each customer unit the line of its own message.
 *
 * <p>One per parse call; not thread-safe.
 */
final class ConversationAssembler {

  private record Message(long line, String raw, String conversationId, String speaker,
      String text, Instant ts, Instant startedAt, BigDecimal sequence, String customerId,
      String channel, String agentId) {
  }

  private final String file;
  private final IngestSettings settings;
  private final InputDates dates;
  private final ResultBuilder out;
  private final Map<String, List<Message>> conversations = new LinkedHashMap<>();

  ConversationAssembler(String file, IngestSettings settings, ResultBuilder out) {
    this.file = file;
    this.settings = settings;
    this.dates = settings.dates(SourceKind.TRANSCRIPT);
    this.out = out;
  }

  /**
   * One message record; kept for {@link #finish}, or skipped as a duplicate message.
   *
   * @throws RejectedRecord for a message that must be quarantined (the caller does it)
   */
  void add(RecordFields r, long line, String raw) {
    String conversationId = FieldValues.required(r, InputField.TRANSCRIPT_CONVERSATION_ID);
    String speaker = TranscriptJsonlParser.speaker(settings, r);
    String text = TranscriptJsonlParser.text(settings, r);
    Instant ts = instant(r, InputField.TRANSCRIPT_TS);
    Instant startedAt = instant(r, InputField.TRANSCRIPT_STARTED_AT);
    BigDecimal sequence = sequence(r);
    String messageId = r.get(InputField.TRANSCRIPT_MESSAGE_ID);
    if (messageId != null && !out.firstCopy("message\u0000" + conversationId + "\u0000"
        + messageId, line, InputField.TRANSCRIPT_MESSAGE_ID.field())) {
      return;
    }
    conversations.computeIfAbsent(conversationId, k -> new ArrayList<>()).add(new Message(line,
        raw, conversationId, speaker, text, ts, startedAt, sequence,
        r.get(InputField.TRANSCRIPT_CUSTOMER_ID), r.get(InputField.TRANSCRIPT_CHANNEL),
        speaker.equals("agent") ? r.get(InputField.TRANSCRIPT_AGENT_ID) : null));
  }

  /** Emits every conversation added; each message kept ends accepted or quarantined. */
  void finish() {
    for (Map.Entry<String, List<Message>> e : conversations.entrySet()) {
      emit(e.getKey(), e.getValue());
    }
    conversations.clear();
  }

  private void emit(String id, List<Message> inFileOrder) {
    String customerId = customerOf(inFileOrder);
    if (customerId == null) {
      for (Message m : inFileOrder) {
        out.quarantine(m.line(), QuarantineReason.MISSING_FIELD.describe("conversation "
            + FieldValues.quoted(id) + " has no customer_id on any of its " + inFileOrder.size()
            + " message(s) (field customer_id)"), m.raw());
      }
      return;
    }
    List<Message> ordered = new ArrayList<>(inFileOrder);
    if (ordered.stream().allMatch(m -> m.sequence() != null)) {
      ordered.sort(Comparator.comparing(Message::sequence));
    } else if (ordered.stream().allMatch(m -> m.ts() != null)) {
      ordered.sort(Comparator.comparing(Message::ts));
    }
    Instant startedAt = inFileOrder.stream().map(Message::startedAt).filter(t -> t != null)
        .min(Comparator.naturalOrder())
        .orElse(inFileOrder.stream().map(Message::ts).filter(t -> t != null)
            .min(Comparator.naturalOrder()).orElse(null));
    String channel = inFileOrder.stream().map(Message::channel).filter(c -> c != null)
        .findFirst().orElse(null);
    List<Turn> turns = new ArrayList<>();
    for (Message m : ordered) {
      turns.add(new Turn(m.speaker(), m.agentId(), m.text(), m.ts()));
    }
    out.conversation(new Conversation(id, customerId, channel, startedAt, turns, file,
        inFileOrder.get(0).line()));
    TranscriptJsonlParser.addCustomerUnits(out, id, customerId, channel, startedAt, turns, file,
        i -> ordered.get(i).line());
    for (int i = 0; i < inFileOrder.size(); i++) {
      out.accept();
    }
  }

  private static String customerOf(List<Message> messages) {
    for (Message m : messages) {
      if (m.speaker().equals("customer") && m.customerId() != null) {
        return m.customerId();
      }
    }
    for (Message m : messages) {
      if (m.customerId() != null) {
        return m.customerId();
      }
    }
    return null;
  }

  private Instant instant(RecordFields r, InputField field) {
    String v = r.get(field);
    return v == null ? null : FieldValues.instant(dates, v, r.label(field));
  }

  private static BigDecimal sequence(RecordFields r) {
    String v = r.get(InputField.TRANSCRIPT_SEQUENCE);
    if (v == null) {
      return null;
    }
    try {
      return new BigDecimal(v.strip());
    } catch (NumberFormatException e) {
      String label = r.label(InputField.TRANSCRIPT_SEQUENCE);
      throw new RejectedRecord(QuarantineReason.BAD_VALUE, FieldValues.quoted(v)
          + " is not a number (field " + label + ")");
    }
  }
}
