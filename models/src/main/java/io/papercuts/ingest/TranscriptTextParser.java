package io.papercuts.ingest;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one plain-text transcript ({@code transcripts/*.txt}); the whole file is one record.
 * Optional {@code # key: value} header lines come first ({@code conversation_id},
 * {@code customer_id} (required), {@code channel}, {@code started_at}; other keys and {@code #}
 * lines without a colon are ignored). Then one turn per line prefixed {@code Agent:},
 * {@code Customer:} or {@code System:} (any case; {@code Agent [Priya]:} records the name as the
 * turn's agent id); a line without a prefix continues the previous turn (joined with a newline),
 * blank lines are ignored. Text before the first turn that is not a header is {@code bad_value}.
 * Without a {@code conversation_id} header the file name without directory and extension is the
 * id. Units carry the line where their turn starts; the conversation carries line 1. Thread-safe;
 * stateless apart from settings.
 */
public final class TranscriptTextParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private static final Pattern HEADER = Pattern.compile("^#\\s*([A-Za-z_]+)\\s*:\\s*(.*)$");
  private static final Pattern TURN = Pattern.compile(
      "^\\s*(agent|customer|system)\\s*(?:\\[([^\\]]*)\\])?\\s*:\\s?(.*)$", Pattern.CASE_INSENSITIVE);

  private final IngestSettings settings;

  public TranscriptTextParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.TRANSCRIPT, file, settings);
    DecodedText text = DecodedText.read(in, settings.charset());
    String whole = text.text();
    try {
      map(file, text, out);
      out.accept();
    } catch (RejectedRecord r) {
      out.quarantine(r.lineOr(1), r.describe(), r.rawOr(whole));
    }
    return out.build();
  }

  private void map(String file, DecodedText text, ResultBuilder out) {
    int badLine = text.firstBadLine(1, text.lineCount());
    if (badLine > 0) {
      throw new RejectedRecord(QuarantineReason.INVALID_ENCODING.describe(
          text.encodingProblem(badLine, badLine)), badLine, text.line(badLine));
    }
    Map<String, String> headers = new HashMap<>();
    List<String> speakers = new ArrayList<>();
    List<String> agents = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>();
    List<Integer> lines = new ArrayList<>();
    for (int line = 1; line <= text.lineCount(); line++) {
      String s = text.line(line);
      Matcher turn = TURN.matcher(s);
      if (turn.matches()) {
        speakers.add(turn.group(1).toLowerCase(Locale.ROOT));
        agents.add(turn.group(2) == null || turn.group(2).isBlank() ? null : turn.group(2).strip());
        texts.add(new StringBuilder(turn.group(3).strip()));
        lines.add(line);
      } else if (s.isBlank()) {
        continue;
      } else if (!texts.isEmpty()) {
        StringBuilder last = texts.get(texts.size() - 1);
        last.append(last.length() == 0 ? "" : "\n").append(s.strip());
      } else if (s.startsWith("#")) {
        Matcher h = HEADER.matcher(s);
        if (h.matches()) {
          headers.putIfAbsent(h.group(1).toLowerCase(Locale.ROOT), h.group(2).strip());
        }
      } else {
        throw new RejectedRecord(QuarantineReason.BAD_VALUE.describe(
            "line " + line + " is neither a # header nor a turn (Agent:, Customer:, System:)"),
            line, s);
      }
    }
    String customerId = blankToNull(headers.get("customer_id"));
    if (customerId == null) {
      throw new RejectedRecord(QuarantineReason.MISSING_FIELD,
          "customer_id is missing (header line \"# customer_id: ...\")");
    }
    if (texts.isEmpty()) {
      throw new RejectedRecord(QuarantineReason.MISSING_FIELD,
          "no turns (lines starting Agent:, Customer: or System:)");
    }
    String id = blankToNull(headers.get("conversation_id"));
    if (id == null) {
      id = baseName(file);
    }
    String started = blankToNull(headers.get("started_at"));
    Instant startedAt = started == null ? null
        : FieldValues.instant(settings.dates(SourceKind.TRANSCRIPT), started, "started_at");
    String channel = blankToNull(headers.get("channel"));
    List<Turn> turns = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String t = texts.get(i).toString();
      if (t.length() > settings.maxTextChars()) {
        throw new RejectedRecord(QuarantineReason.TEXT_TOO_LONG.describe(t.length()
            + " chars, max " + settings.maxTextChars() + " (turn " + i + ")"), lines.get(i),
            text.line(lines.get(i)));
      }
      turns.add(new Turn(speakers.get(i), agents.get(i), t, null));
    }
    out.conversation(new Conversation(id, customerId, channel, startedAt, turns, file, 1));
    TranscriptJsonlParser.addCustomerUnits(out, id, customerId, channel, startedAt, turns, file,
        lines::get);
  }

  static String baseName(String file) {
    String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
