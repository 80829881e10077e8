package io.papercuts.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.InputStream;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntToLongFunction;

/**
 * Reads {@code transcripts/*.jsonl} (docs/inputs.md) in one of two layouts
 * ({@link TranscriptLayout}; {@code auto}: the file's first object with a turns or a text key
 * decides):
 * <ul>
 *   <li>conversation: one conversation object per line with its list of turns. An accepted
 *       conversation yields its {@link Conversation} with all turns and one {@link FeedbackUnit}
 *       per non-blank customer turn ({@code turnIdx} = index among all turns; the unit's date is
 *       the turn's {@code ts}, else {@code started_at}). A second valid line with a conversation
 *       id already read in the file is skipped ({@link Skipped#DUPLICATE}).
 *   <li>message: one message object per line, grouped into conversations by
 *       {@link ConversationAssembler}.
 * </ul>
 * Keys are {@code ingest.transcripts.key.*} (dotted paths reach into nested objects,
 * {@link JsonFields}); speaker values are mapped by {@link SpeakerValues}, an unknown one is
 * {@code unknown_speaker}. Every turn's text is cleaned ({@link ExportText}) and held to
 * {@code ingest.max_text_chars}. Thread-safe; stateless apart from settings.
 */
public final class TranscriptJsonlParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private final IngestSettings settings;

  public TranscriptJsonlParser(IngestSettings settings) {
    this.settings = settings;
  }

  /** The layout a file was read in, and the line that decided it (0: set, or no line did). */
  private record Detected(TranscriptLayout layout, int line) {
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.TRANSCRIPT, file, settings);
    InputDates dates = settings.dates(SourceKind.TRANSCRIPT);
    DecodedText text = DecodedText.read(in, settings.charset());
    Detected layout = settings.transcriptLayout() == TranscriptLayout.AUTO ? detect(text)
        : new Detected(settings.transcriptLayout(), 0);
    if (layout.layout() == TranscriptLayout.MESSAGE) {
      ConversationAssembler messages = new ConversationAssembler(file, settings, out);
      JsonLines.forEach(text, out, (object, line) -> {
        JsonFields fields = new JsonFields(object, settings);
        if (layout.line() > 0 && fields.node(InputField.TRANSCRIPT_TURNS) != null) {
          throw new RejectedRecord(QuarantineReason.BAD_VALUE, "a whole conversation (it has "
              + "turns) in a file read as one message per line, as line " + layout.line()
              + " decided; set " + IngestSettings.TRANSCRIPT_LAYOUT);
        }
        messages.add(fields, line, text.line(line));
      });
      messages.finish();
    } else {
      JsonLines.forEach(text, out,
          (object, line) -> map(file, object, line, dates, out, layout.line()));
    }
    return out.build();
  }

  /** The first object with the turns key says conversation; one with only the text key, message. */
  private Detected detect(DecodedText text) {
    for (int line = 1; line <= text.lineCount(); line++) {
      String raw = text.line(line);
      if (raw.isBlank() || text.encodingProblem(line, line) != null) {
        continue;
      }
      ObjectNode o = JsonLines.objectOrNull(raw);
      if (o == null) {
        continue;
      }
      JsonFields f = new JsonFields(o, settings);
      if (f.node(InputField.TRANSCRIPT_TURNS) != null) {
        return new Detected(TranscriptLayout.CONVERSATION, line);
      }
      if (f.has(InputField.TRANSCRIPT_TEXT)) {
        return new Detected(TranscriptLayout.MESSAGE, line);
      }
    }
    return new Detected(TranscriptLayout.CONVERSATION, 0);
  }

  /** @param decidedBy the line whose shape chose this layout, 0 when it was set */
  private void map(String file, ObjectNode o, int line, InputDates dates, ResultBuilder out,
      int decidedBy) {
    JsonFields c = new JsonFields(o, settings);
    JsonNode turnsNode = c.node(InputField.TRANSCRIPT_TURNS);
    if (turnsNode == null && decidedBy > 0 && c.has(InputField.TRANSCRIPT_TEXT)) {
      throw new RejectedRecord(FieldValues.missing("turns").describe() + "; the line looks like"
          + " one message, but the file is read as one conversation per line, as line "
          + decidedBy + " decided; set " + IngestSettings.TRANSCRIPT_LAYOUT);
    }
    String id = FieldValues.required(c, InputField.TRANSCRIPT_CONVERSATION_ID);
    String customerId = FieldValues.required(c, InputField.TRANSCRIPT_CUSTOMER_ID);
    Instant startedAt = FieldValues.instant(dates,
        FieldValues.required(c, InputField.TRANSCRIPT_STARTED_AT), "started_at");
    String channel = c.get(InputField.TRANSCRIPT_CHANNEL);
    if (turnsNode == null) {
      throw FieldValues.missing("turns");
    }
    if (!turnsNode.isArray()) {
      throw new RejectedRecord(QuarantineReason.BAD_VALUE, "turns must be a list (field turns)");
    }
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < turnsNode.size(); i++) {
      String at = "turns[" + i + "]";
      if (!(turnsNode.get(i) instanceof ObjectNode turn)) {
        throw new RejectedRecord(QuarantineReason.BAD_VALUE, at + " is not an object");
      }
      JsonFields t = new JsonFields(turn, settings, at + ".");
      String speaker = speaker(settings, t);
      String text = text(settings, t);
      String ts = t.get(InputField.TRANSCRIPT_TS);
      turns.add(new Turn(speaker, t.get(InputField.TRANSCRIPT_AGENT_ID), text,
          ts == null ? null : FieldValues.instant(dates, ts, t.label(InputField.TRANSCRIPT_TS))));
    }
    if (!out.firstCopy(id, line, "conversation_id")) {
      return;
    }
    out.conversation(new Conversation(id, customerId, channel, startedAt, turns, file, line));
    addCustomerUnits(out, id, customerId, channel, startedAt, turns, file, i -> line);
    out.accept();
  }

  /**
   * The speaker a value names ({@link SpeakerValues}).
   *
   * @throws RejectedRecord {@code unknown_speaker} for a value no list holds
   */
  /** A message's or turn's speaker field, mapped to customer, agent or system. */
  static String speaker(IngestSettings settings, RecordFields r) {
    return speaker(settings, FieldValues.required(r, InputField.TRANSCRIPT_SPEAKER),
        r.label(InputField.TRANSCRIPT_SPEAKER));
  }

  /** A message's or turn's text (required, may be empty), cleaned and within the length bound. */
  static String text(IngestSettings settings, RecordFields r) {
    if (!r.has(InputField.TRANSCRIPT_TEXT)) {
      throw FieldValues.missing(r.label(InputField.TRANSCRIPT_TEXT));
    }
    String given = r.get(InputField.TRANSCRIPT_TEXT);
    return FieldValues.limited(given == null ? "" : ExportText.clean(given),
        settings.maxTextChars(), r.label(InputField.TRANSCRIPT_TEXT));
  }

  static String speaker(IngestSettings settings, String value, String label) {
    String speaker = settings.speakerValues().speakerOf(value);
    if (speaker == null) {
      throw new RejectedRecord(QuarantineReason.UNKNOWN_SPEAKER, FieldValues.quoted(value)
          + " is not a known speaker value (field " + label + "); add it to "
          + IngestSettings.SPEAKER_CUSTOMER + ", " + IngestSettings.SPEAKER_AGENT + " or "
          + IngestSettings.SPEAKER_SYSTEM);
    }
    return speaker;
  }

  /**
   * One unit per non-blank customer turn; shared with the other transcript parsers.
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
}
