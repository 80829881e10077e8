package io.papercuts.ingest;

import java.io.InputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads one plain-text transcript ({@code transcripts/*.txt}); the whole file is one record.
 * Optional {@code # key: value} header lines come first ({@code conversation_id},
 * {@code customer_id} (required), {@code channel}, {@code started_at}, {@code agent} or
 * {@code agent_name}; other keys and {@code #} lines without a colon are ignored). Then one turn
 * per line, introduced by a speaker prefix from {@link SpeakerPrefixes} (by default
 * {@code Agent:}, {@code Rep:}, {@code Advisor:}, {@code Support:}, ... for agents,
 * {@code Customer:}, {@code Caller:}, ... for customers, {@code System:}; any case). A name may
 * go with the prefix: {@code Agent [Priya]:}, {@code Agent (Priya):}, {@code Priya (Agent):},
 * {@code Priya [Agent]:}; an agent's name is the turn's agent id.
 *
 * <p>Any other line continues the previous turn (joined with a newline), except a line that
 * looks like a speaker this file does not know: 1 to 3 words that each start with a capital
 * letter, optionally a bracketed name, then {@code :} and a space or the line's end, at the
 * start of the line ({@code Supervisor:}, {@code Priya:}, {@code Billing Team:}), and not an
 * ordinary text label ({@link SpeakerPrefixes#isTextLabel}: {@code Note:}, {@code P.S.:},
 * {@code Update:}, ...). Such a line makes the whole conversation {@code unknown_speaker}:
 * merging it into the previous turn would put an agent's words in the customer's mouth. Lower
 * case words ({@code the reason: ...}), numbers ({@code 14:20}) and URLs never count as
 * speakers. Blank lines are ignored; text before the first turn that is not a header is
 * {@code bad_value} (or {@code unknown_speaker} when it looks like a speaker prefix).
 *
 * <p>Names of agents (and of customers) given in prefixes or in an {@code agent} header are
 * personal data: every whole-word, case-sensitive occurrence of such a name (and of each word of
 * a name of several words) in any turn's text is replaced by {@code [NAME]}, also in the raw text
 * kept when the file is quarantined; the agents' names are listed in
 * {@link Conversation#agentNames()} for the PII layer. Without a {@code conversation_id} header
 * the file name without directory and extension is the id. Turn texts are cleaned of HTML
 * character references and @handles ({@link ExportText}). Units carry the line where their turn
 * starts; the conversation carries line 1. Thread-safe; stateless apart from settings.
 */
public final class TranscriptTextParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  /** The placeholder names are replaced by, as the PII redactor writes it. */
  static final String NAME = "[NAME]";

  private static final Pattern HEADER = Pattern.compile("^#\\s*([A-Za-z_]+)\\s*:\\s*(.*)$");
  private static final String WORD = "\\p{L}[\\p{L}.'&/-]*";
  /** 1-3 words, an optional (x) or [x], then ':' and the rest of the line. */
  private static final Pattern PREFIX = Pattern.compile("^\\s*(" + WORD + "(?:[ \\t]+" + WORD
      + "){0,2})\\s*(?:[\\[(]([^\\[\\]()]{1,60})[\\])])?\\s*:(.*)$");
  private static final Pattern PERSON_NAME = Pattern.compile(
      WORD + "(?:[ \\t]+" + WORD + "){0,3}");

  private final IngestSettings settings;

  public TranscriptTextParser(IngestSettings settings) {
    this.settings = settings;
  }

  /** How one line reads: a turn of a known speaker, an unknown speaker, or plain text. */
  private record LineKind(String speaker, String name, String text, String unknownPrefix) {

    static final LineKind TEXT = new LineKind(null, null, null, null);
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.TRANSCRIPT, file, settings);
    DecodedText text = DecodedText.read(in, settings.charset());
    Names names = new Names();
    try {
      names.collect(text);
      map(file, text, names, out);
      out.accept();
    } catch (RejectedRecord r) {
      out.quarantine(r.lineOr(1), r.describe(), names.redact(r.rawOr(text.text())));
    }
    return out.build();
  }

  private LineKind classify(String line) {
    Matcher m = PREFIX.matcher(line);
    if (!m.matches()) {
      return LineKind.TEXT;
    }
    SpeakerPrefixes sp = settings.speakers();
    String words = m.group(1).strip().replaceAll("\\s+", " ");
    String inner = m.group(2) == null || m.group(2).isBlank() ? null : m.group(2).strip();
    String rest = m.group(3);
    String speaker = sp.speakerOf(words);
    if (speaker != null) {
      return new LineKind(speaker, speaker.equals("system") ? null : inner, rest.strip(), null);
    }
    if (inner != null && sp.speakerOf(inner) != null) {
      String role = sp.speakerOf(inner);
      return new LineKind(role, role.equals("system") ? null : words, rest.strip(), null);
    }
    if (!rest.isEmpty() && !Character.isWhitespace(rest.charAt(0))) {
      return LineKind.TEXT;
    }
    if (sp.isTextLabel(words)) {
      return LineKind.TEXT;
    }
    for (String w : words.split(" ")) {
      if (!Character.isUpperCase(w.charAt(0))) {
        return LineKind.TEXT;
      }
    }
    return new LineKind(null, null, null, line.substring(0, line.indexOf(':') + 1).strip());
  }

  private void map(String file, DecodedText text, Names names, ResultBuilder out) {
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
      if (s.isBlank()) {
        continue;
      }
      if (texts.isEmpty() && s.startsWith("#")) {
        Matcher h = HEADER.matcher(s);
        if (h.matches()) {
          headers.putIfAbsent(h.group(1).toLowerCase(Locale.ROOT), h.group(2).strip());
        }
        continue;
      }
      LineKind kind = classify(s);
      if (kind.speaker() != null) {
        speakers.add(kind.speaker());
        agents.add(kind.speaker().equals("agent") ? kind.name() : null);
        texts.add(new StringBuilder(kind.text()));
        lines.add(line);
      } else if (kind.unknownPrefix() != null) {
        throw new RejectedRecord(QuarantineReason.UNKNOWN_SPEAKER.describe("line " + line
            + " starts with " + FieldValues.quoted(kind.unknownPrefix())
            + ", which looks like a speaker but is not a known prefix, so whose turn it is"
            + " cannot be told; add it to " + IngestSettings.AGENT_PREFIXES + " (or "
            + IngestSettings.CUSTOMER_PREFIXES + ", " + IngestSettings.SYSTEM_PREFIXES
            + "), or to " + IngestSettings.TEXT_LABELS + " if it is ordinary text"), line, s);
      } else if (!texts.isEmpty()) {
        StringBuilder last = texts.get(texts.size() - 1);
        last.append(last.length() == 0 ? "" : "\n").append(s.strip());
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
      String t = names.redact(ExportText.clean(texts.get(i).toString()));
      if (t.length() > settings.maxTextChars()) {
        throw new RejectedRecord(QuarantineReason.TEXT_TOO_LONG.describe(t.length()
            + " chars, max " + settings.maxTextChars() + " (turn " + i + ")"), lines.get(i),
            text.line(lines.get(i)));
      }
      turns.add(new Turn(speakers.get(i), agents.get(i), t, null));
    }
    out.conversation(new Conversation(id, customerId, channel, startedAt, turns, file, 1,
        names.agents()));
    TranscriptJsonlParser.addCustomerUnits(out, id, customerId, channel, startedAt, turns, file,
        lines::get);
  }

  /**
   * The people named in a file's prefixes and {@code agent} headers, found in a first pass so
   * that every turn (and a quarantined raw text) is redacted, whatever line names them first.
   */
  private final class Names {
    private final Set<String> agentNames = new LinkedHashSet<>();
    private final Set<String> all = new LinkedHashSet<>();
    private Pattern pattern;

    void collect(DecodedText text) {
      boolean turns = false;
      for (int line = 1; line <= text.lineCount(); line++) {
        String s = text.line(line);
        if (!turns && s.startsWith("#")) {
          Matcher h = HEADER.matcher(s);
          if (h.matches() && (h.group(1).equalsIgnoreCase("agent")
              || h.group(1).equalsIgnoreCase("agent_name"))) {
            add(h.group(2), true);
          }
          continue;
        }
        LineKind kind = classify(s);
        if (kind.speaker() != null) {
          turns = true;
          add(kind.name(), kind.speaker().equals("agent"));
        }
      }
      List<String> words = new ArrayList<>();
      for (String name : all) {
        words.add(name);
        for (String part : name.split("\\s+")) {
          if (part.length() > 1) {
            words.add(part);
          }
        }
      }
      // Longest first, so "Priya Sharma" is one [NAME], not two.
      words.sort(Comparator.comparingInt(String::length).reversed());
      if (!words.isEmpty()) {
        StringBuilder alternatives = new StringBuilder();
        for (String w : words) {
          alternatives.append(alternatives.length() == 0 ? "" : "|").append(Pattern.quote(w));
        }
        pattern = Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + alternatives + ")(?![\\p{L}\\p{N}])");
      }
    }

    /** Only names made of letters: {@code Agent [A-7]} is an id, not a person. */
    private void add(String name, boolean agent) {
      if (name == null) {
        return;
      }
      String n = name.strip().replaceAll("\\s+", " ");
      if (!n.isEmpty() && PERSON_NAME.matcher(n).matches()) {
        all.add(n);
        if (agent) {
          agentNames.add(n);
        }
      }
    }

    String redact(String s) {
      return pattern == null || s == null ? s : pattern.matcher(s).replaceAll(NAME);
    }

    List<String> agents() {
      return List.copyOf(agentNames);
    }
  }

  /** The file name without folders, {@code .gz} and extension: {@code chat-9}. */
  static String baseName(String file) {
    String name = SourceParsers.uncompressedName(file);
    int dot = name.lastIndexOf('.');
    return dot > 0 ? name.substring(0, dot) : name;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
