package io.papercuts.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.function.IntToLongFunction;

/**
 * Reads {@code transcripts/*.jsonl}: one conversation object per line (docs/inputs.md). An
 * accepted conversation yields its {@link Conversation} with all turns and one
 * {@link FeedbackUnit} per non-blank customer turn ({@code turnIdx} = index among all turns; the
 * unit's date is the turn's {@code ts}, else {@code started_at}). Every turn's text is held to
 * {@code ingest.max_text_chars}. A second valid line with a conversation id already read in the
 * file is skipped ({@link Skipped#DUPLICATE}). Thread-safe; stateless apart from settings.
 */
public final class TranscriptJsonlParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  static final Set<String> SPEAKERS = Set.of("customer", "agent", "system");

  private final IngestSettings settings;

  public TranscriptJsonlParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.TRANSCRIPT, file, settings);
    InputDates dates = settings.dates(SourceKind.TRANSCRIPT);
    JsonLines.forEach(DecodedText.read(in, settings.charset()), out,
        (object, line) -> map(file, object, line, dates, out));
    return out.build();
  }

  private void map(String file, ObjectNode o, int line, InputDates dates, ResultBuilder out) {
    String id = required(o, "conversation_id");
    String customerId = required(o, "customer_id");
    Instant startedAt = FieldValues.instant(dates, required(o, "started_at"), "started_at");
    String channel = optional(o, "channel");
    JsonNode turnsNode = o.get("turns");
    if (turnsNode == null || turnsNode.isNull()) {
      throw missing("turns");
    }
    if (!turnsNode.isArray()) {
      throw new RejectedRecord(QuarantineReason.BAD_VALUE, "turns must be a list (field turns)");
    }
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < turnsNode.size(); i++) {
      String at = "turns[" + i + "]";
      if (!(turnsNode.get(i) instanceof ObjectNode t)) {
        throw new RejectedRecord(QuarantineReason.BAD_VALUE, at + " is not an object");
      }
      String speaker = required(t, "speaker", at + ".speaker").toLowerCase(Locale.ROOT);
      if (!SPEAKERS.contains(speaker)) {
        throw new RejectedRecord(QuarantineReason.BAD_VALUE, FieldValues.quoted(speaker)
            + " is not customer, agent or system (field " + at + ".speaker)");
      }
      JsonNode textNode = t.get("text");
      if (textNode == null || textNode.isNull()) {
        throw missing(at + ".text");
      }
      if (textNode.isContainerNode()) {
        throw new RejectedRecord(QuarantineReason.BAD_VALUE, at + ".text must be a string");
      }
      String text = FieldValues.limited(textNode.asText().strip(), settings.maxTextChars(),
          at + ".text");
      String ts = optional(t, "ts");
      turns.add(new Turn(speaker, optional(t, "agent_id"), text,
          ts == null ? null : FieldValues.instant(dates, ts, at + ".ts")));
    }
    if (!out.firstCopy(id, line, "conversation_id")) {
      return;
    }
    out.conversation(new Conversation(id, customerId, channel, startedAt, turns, file, line));
    addCustomerUnits(out, id, customerId, channel, startedAt, turns, file, i -> line);
    out.accept();
  }

  /**
   * One unit per non-blank customer turn; shared with the plain-text transcript parser.
   *
   * @param lineOfTurn the 1-based file line to record for turn i
   */
  static void addCustomerUnits(ResultBuilder out, String id, String customerId, String channel,
      Instant startedAt, List<Turn> turns, String file, IntToLongFunction lineOfTurn) {
    for (int i = 0; i < turns.size(); i++) {
      Turn turn = turns.get(i);
      if (!turn.speaker().equals("customer") || turn.text().isBlank()) {
        continue;
      }
      Instant when = turn.ts() != null ? turn.ts() : startedAt;
      LocalDate date = when == null ? null : LocalDate.ofInstant(when, ZoneOffset.UTC);
      out.unit(new FeedbackUnit(UnitIds.of(SourceKind.TRANSCRIPT, id, i), SourceKind.TRANSCRIPT,
          id, i, customerId, date, turn.text(), null, null, null, null, channel, file,
          lineOfTurn.applyAsLong(i)));
    }
  }

  private static String required(ObjectNode o, String key) {
    return required(o, key, key);
  }

  private static String required(ObjectNode o, String key, String label) {
    String v = optional(o, key);
    if (v == null) {
      throw missing(label);
    }
    return v;
  }

  private static String optional(ObjectNode o, String key) {
    JsonNode n = o.get(key);
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isContainerNode()) {
      throw new RejectedRecord(QuarantineReason.BAD_VALUE, key + " must be a string or number");
    }
    String v = n.asText().strip();
    return v.isEmpty() ? null : v;
  }

  private static RejectedRecord missing(String label) {
    return new RejectedRecord(QuarantineReason.MISSING_FIELD,
        label + " is missing or empty (field " + label + ")");
  }
}
