package io.papercuts.ingest;

import java.io.Serializable;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Typed, validated, immutable settings of the input parsers; build once on the driver with
 * {@link #fromMap(Map)} and hand to {@link SourceParsers}. Serializable, so it can travel in a
 * Spark closure. Keys outside the {@code ingest.} namespace are ignored (other components own
 * them); an unknown {@code ingest.*} key or a bad value is an {@link IllegalArgumentException}
 * naming the key.
 *
 * <p>Keys (all optional):
 * <ul>
 *   <li>{@code ingest.encoding} (default {@code UTF-8}): character encoding of all input files,
 *       e.g. {@code windows-1252}. Must be ASCII-compatible (UTF-16/32 are rejected). Bytes that
 *       are invalid in it are reported ({@code invalid_encoding}), never replaced silently. A file
 *       starting with a UTF-8 byte-order mark is read as UTF-8 whatever this says.
 *   <li>{@code ingest.max_text_chars} (default {@code 20000}): longest accepted text unit in
 *       chars (UTF-16 code units); longer ones are quarantined as {@code text_too_long}.
 *   <li>{@code ingest.raw_snippet_chars} (default {@code 500}, may be 0): how much of a rejected
 *       record's original text is kept in the quarantine {@code raw} column.
 *   <li>{@code ingest.surveys.header_rows} (default {@code auto}): {@code 1} (plain CSV),
 *       {@code 2} (SurveyMonkey: question texts, then sub-headers), {@code 3} (Qualtrics: column
 *       ids, question texts, ImportId JSON) or {@code auto} (see {@link SurveyCsvParser}).
 *   <li>{@code ingest.<surveys|reviews|transcripts|customers>.date_pattern} (default none): one
 *       extra {@link DateTimeFormatter} pattern accepted besides the ISO forms, e.g.
 *       {@code MM/dd/yyyy hh:mm:ss a} for SurveyMonkey; US locale; no zone means UTC.
 *   <li>{@code ingest.<source>.column.<field>}: the column (CSV) or key (JSON Lines) holding a
 *       field, matched case-insensitively. A configured column must exist in a CSV header, even
 *       for an optional field. Without the key the defaults below are tried in order:
 *   <li>{@code ingest.surveys.column.response_id} (required; default {@code response_id},
 *       {@code ResponseId}, {@code Respondent ID}),
 *       {@code ingest.surveys.column.customer_id} (required; {@code customer_id},
 *       {@code ExternalReference}, {@code Custom Data 1}),
 *       {@code ingest.surveys.column.submitted_at} (required; {@code submitted_at},
 *       {@code RecordedDate}, {@code EndDate}, {@code End Date}),
 *       {@code ingest.surveys.column.stated_reason} ({@code stated_reason}),
 *       {@code ingest.surveys.column.comment} ({@code comment}; for Qualtrics set it to the
 *       question id, e.g. {@code Q5}), {@code ingest.surveys.column.nps} ({@code nps}).
 *   <li>{@code ingest.reviews.column.review_id} (generated when absent, see
 *       {@code ingest.reviews.missing_id}), {@code .customer_id},
 *       {@code .product}, {@code .rating} (required), {@code .title}, {@code .body} (required),
 *       {@code .review_date} (required); each defaults to its own name. Applies to CSV columns
 *       and JSON Lines keys alike.
 *   <li>{@code ingest.customers.column.customer_id} (required), {@code .churned} (required),
 *       {@code .churn_date}, {@code .segment}; each defaults to its own name.
 *   <li>{@code ingest.transcripts.key.<field>}: the key (JSON Lines; a dotted path such as
 *       {@code author.role} reaches into nested objects) or column (CSV) of a transcript field:
 *       {@code conversation_id}, {@code customer_id}, {@code started_at}, {@code channel},
 *       {@code turns}, and per turn or message {@code speaker}, {@code text}, {@code ts},
 *       {@code agent_id}, {@code sequence}, {@code message_id}; each defaults to its own name
 *       ({@link InputField}).
 *   <li>{@code ingest.transcripts.layout} (default {@code auto}): {@code conversation},
 *       {@code message} or {@code auto} ({@link TranscriptLayout}).
 *   <li>{@code ingest.transcripts.speaker.customer}, {@code .agent}, {@code .system}:
 *       comma-separated speaker values of JSON Lines and CSV transcripts; each replaces its
 *       default list ({@link SpeakerValues}).
 *   <li>{@code ingest.<surveys|reviews|transcripts|customers>.delimiter} (default {@code auto}):
 *       {@code comma}, {@code semicolon}, {@code tab}, {@code pipe} or {@code auto}
 *       ({@link CsvDelimiter}).
 *   <li>{@code ingest.reviews.missing_id} (default {@code row_hash}): {@code row_hash},
 *       {@code content_hash} or {@code quarantine} ({@link MissingReviewId}).
 *   <li>{@code ingest.transcripts.agent_prefixes}, {@code .customer_prefixes},
 *       {@code .system_prefixes}: comma-separated line prefixes of plain-text transcripts per
 *       speaker; {@code ingest.transcripts.text_labels}: prefixes that are ordinary text
 *       ({@code Note}, {@code P.S.}). Each replaces its default list ({@link SpeakerPrefixes}).
 * </ul>
 *
 * @param encoding canonical charset name
 * @param surveyHeaderRows 1, 2 or 3; 0 means detect per file
 * @param columns configured column names only (fields absent here use their defaults)
 * @param datePatterns configured extra date patterns per source
 * @param speakers the speaker prefixes of plain-text transcripts
 * @param transcriptLayout how JSON Lines transcripts hold their conversations
 * @param speakerValues the speaker values of JSON Lines and CSV transcripts
 * @param delimiters configured delimiters per source (absent: {@code auto})
 * @param missingReviewId what a review without an id gets
 */
public record IngestSettings(
    String encoding,
    int maxTextChars,
    int rawSnippetChars,
    int surveyHeaderRows,
    Map<InputField, String> columns,
    Map<SourceKind, String> datePatterns,
    SpeakerPrefixes speakers,
    TranscriptLayout transcriptLayout,
    SpeakerValues speakerValues,
    Map<SourceKind, Character> delimiters,
    MissingReviewId missingReviewId) implements Serializable {

  public static final String PREFIX = "ingest.";
  public static final String ENCODING = "ingest.encoding";
  public static final String MAX_TEXT_CHARS = "ingest.max_text_chars";
  public static final String RAW_SNIPPET_CHARS = "ingest.raw_snippet_chars";
  public static final String SURVEY_HEADER_ROWS = "ingest.surveys.header_rows";
  public static final String AGENT_PREFIXES = "ingest.transcripts.agent_prefixes";
  public static final String CUSTOMER_PREFIXES = "ingest.transcripts.customer_prefixes";
  public static final String SYSTEM_PREFIXES = "ingest.transcripts.system_prefixes";
  public static final String TEXT_LABELS = "ingest.transcripts.text_labels";
  public static final String TRANSCRIPT_LAYOUT = "ingest.transcripts.layout";
  public static final String SPEAKER_CUSTOMER = "ingest.transcripts.speaker.customer";
  public static final String SPEAKER_AGENT = "ingest.transcripts.speaker.agent";
  public static final String SPEAKER_SYSTEM = "ingest.transcripts.speaker.system";
  public static final String REVIEW_MISSING_ID = "ingest.reviews.missing_id";

  public IngestSettings {
    Charset cs = charsetFor(ENCODING, encoding);
    encoding = cs.name();
    if (maxTextChars < 1) {
      throw new IllegalArgumentException(MAX_TEXT_CHARS + " must be at least 1, got " + maxTextChars);
    }
    if (rawSnippetChars < 0) {
      throw new IllegalArgumentException(
          RAW_SNIPPET_CHARS + " must not be negative, got " + rawSnippetChars);
    }
    if (surveyHeaderRows < 0 || surveyHeaderRows > 3) {
      throw new IllegalArgumentException(SURVEY_HEADER_ROWS
          + " must be auto, 1, 2 or 3, got " + surveyHeaderRows);
    }
    columns = Map.copyOf(columns);
    columns.forEach((field, name) -> {
      if (name == null || name.isBlank()) {
        throw new IllegalArgumentException(field.settingKey() + " must not be blank");
      }
    });
    datePatterns = Map.copyOf(datePatterns);
    datePatterns.forEach((kind, pattern) -> checkPattern(datePatternKey(kind), pattern));
    if (speakers == null) {
      speakers = SpeakerPrefixes.defaults();
    }
    if (transcriptLayout == null) {
      transcriptLayout = TranscriptLayout.AUTO;
    }
    if (speakerValues == null) {
      speakerValues = SpeakerValues.defaults();
    }
    delimiters = Map.copyOf(delimiters == null ? Map.of() : delimiters);
    if (missingReviewId == null) {
      missingReviewId = MissingReviewId.ROW_HASH;
    }
  }

  /** Settings with the given speaker prefixes and defaults for everything added after them. */
  public IngestSettings(String encoding, int maxTextChars, int rawSnippetChars,
      int surveyHeaderRows, Map<InputField, String> columns,
      Map<SourceKind, String> datePatterns, SpeakerPrefixes speakers) {
    this(encoding, maxTextChars, rawSnippetChars, surveyHeaderRows, columns, datePatterns,
        speakers, null, null, Map.of(), null);
  }

  /** Settings with the default speaker prefixes (the shape before they were configurable). */
  public IngestSettings(String encoding, int maxTextChars, int rawSnippetChars,
      int surveyHeaderRows, Map<InputField, String> columns,
      Map<SourceKind, String> datePatterns) {
    this(encoding, maxTextChars, rawSnippetChars, surveyHeaderRows, columns, datePatterns,
        SpeakerPrefixes.defaults());
  }

  /** All defaults: UTF-8, 20,000 chars, 500-char snippets, survey shape detected per file. */
  public static IngestSettings defaults() {
    return new IngestSettings(StandardCharsets.UTF_8.name(), 20_000, 500, 0, Map.of(), Map.of());
  }

  /**
   * Reads the {@code ingest.*} keys of {@code settings} (other keys are ignored).
   *
   * @throws IllegalArgumentException naming the key, for an unknown key or a bad value
   */
  public static IngestSettings fromMap(Map<String, String> settings) {
    IngestSettings d = defaults();
    String encoding = d.encoding();
    int maxText = d.maxTextChars();
    int snippet = d.rawSnippetChars();
    int headerRows = d.surveyHeaderRows();
    Map<InputField, String> columns = new EnumMap<>(InputField.class);
    Map<SourceKind, String> patterns = new EnumMap<>(SourceKind.class);
    SpeakerPrefixes sp = d.speakers();
    List<String> agentPrefixes = sp.agent();
    List<String> customerPrefixes = sp.customer();
    List<String> systemPrefixes = sp.system();
    List<String> textLabels = sp.textLabels();
    TranscriptLayout layout = d.transcriptLayout();
    SpeakerValues sv = d.speakerValues();
    List<String> customerValues = sv.customer();
    List<String> agentValues = sv.agent();
    List<String> systemValues = sv.system();
    Map<SourceKind, Character> delimiters = new EnumMap<>(SourceKind.class);
    MissingReviewId missingId = d.missingReviewId();
    Map<String, InputField> columnKeys = new LinkedHashMap<>();
    for (InputField f : InputField.values()) {
      columnKeys.put(f.settingKey(), f);
    }
    Map<String, SourceKind> patternKeys = new LinkedHashMap<>();
    Map<String, SourceKind> delimiterKeys = new LinkedHashMap<>();
    for (SourceKind k : SourceKind.values()) {
      patternKeys.put(datePatternKey(k), k);
      delimiterKeys.put(delimiterKey(k), k);
    }
    for (Map.Entry<String, String> e : new TreeMap<>(settings).entrySet()) {
      String key = e.getKey();
      if (!key.startsWith(PREFIX)) {
        continue;
      }
      // A properties file turns "\t" into a tab, which stripping would make blank.
      if (delimiterKeys.containsKey(key) && "\t".equals(e.getValue())) {
        delimiters.put(delimiterKeys.get(key), '\t');
        continue;
      }
      String value = e.getValue() == null ? "" : e.getValue().strip();
      if (value.isEmpty()) {
        throw new IllegalArgumentException(key + " must not be blank");
      }
      switch (key) {
        case ENCODING -> encoding = charsetFor(key, value).name();
        case MAX_TEXT_CHARS -> maxText = intValue(key, value, 1);
        case RAW_SNIPPET_CHARS -> snippet = intValue(key, value, 0);
        case SURVEY_HEADER_ROWS -> headerRows = headerRows(value);
        case AGENT_PREFIXES -> agentPrefixes = SpeakerPrefixes.parseList(key, value);
        case CUSTOMER_PREFIXES -> customerPrefixes = SpeakerPrefixes.parseList(key, value);
        case SYSTEM_PREFIXES -> systemPrefixes = SpeakerPrefixes.parseList(key, value);
        case TEXT_LABELS -> textLabels = SpeakerPrefixes.parseList(key, value);
        case TRANSCRIPT_LAYOUT -> layout = TranscriptLayout.parse(key, value);
        case SPEAKER_CUSTOMER -> customerValues = SpeakerPrefixes.parseList(key, value);
        case SPEAKER_AGENT -> agentValues = SpeakerPrefixes.parseList(key, value);
        case SPEAKER_SYSTEM -> systemValues = SpeakerPrefixes.parseList(key, value);
        case REVIEW_MISSING_ID -> missingId = MissingReviewId.parse(key, value);
        default -> {
          if (columnKeys.containsKey(key)) {
            columns.put(columnKeys.get(key), value);
          } else if (patternKeys.containsKey(key)) {
            patterns.put(patternKeys.get(key), checkPattern(key, value));
          } else if (delimiterKeys.containsKey(key)) {
            char c = CsvDelimiter.parse(key, value);
            if (c == 0) {
              delimiters.remove(delimiterKeys.get(key));
            } else {
              delimiters.put(delimiterKeys.get(key), c);
            }
          } else {
            throw new IllegalArgumentException(unknownKey(key));
          }
        }
      }
    }
    return new IngestSettings(encoding, maxText, snippet, headerRows, columns, patterns,
        new SpeakerPrefixes(agentPrefixes, customerPrefixes, systemPrefixes, textLabels),
        layout, new SpeakerValues(customerValues, agentValues, systemValues), delimiters,
        missingId);
  }

  /** Every key {@link #fromMap(Map)} understands, sorted. */
  public static List<String> knownKeys() {
    TreeSet<String> keys = new TreeSet<>(
        List.of(ENCODING, MAX_TEXT_CHARS, RAW_SNIPPET_CHARS, SURVEY_HEADER_ROWS, AGENT_PREFIXES,
            CUSTOMER_PREFIXES, SYSTEM_PREFIXES, TEXT_LABELS, TRANSCRIPT_LAYOUT, SPEAKER_CUSTOMER,
            SPEAKER_AGENT, SPEAKER_SYSTEM, REVIEW_MISSING_ID));
    for (InputField f : InputField.values()) {
      keys.add(f.settingKey());
    }
    for (SourceKind k : SourceKind.values()) {
      keys.add(datePatternKey(k));
      keys.add(delimiterKey(k));
    }
    return List.copyOf(keys);
  }

  public Charset charset() {
    return Charset.forName(encoding);
  }

  /** The column names to try for a field: the configured one, or the defaults in order. */
  public List<String> columnNames(InputField field) {
    String configured = columns.get(field);
    return configured == null ? field.defaultNames() : List.of(configured);
  }

  /** Whether the field's column was set explicitly (it must then exist in a CSV header). */
  public boolean isConfigured(InputField field) {
    return columns.containsKey(field);
  }

  /**
   * Whether a CSV header must have the field's column: {@link InputField#required()}, except
   * the review id, which a review can do without unless {@link #missingReviewId()} is
   * {@link MissingReviewId#QUARANTINE}.
   */
  public boolean requiresColumn(InputField field) {
    if (field == InputField.REVIEW_ID) {
      return missingReviewId == MissingReviewId.QUARANTINE;
    }
    return field.required();
  }

  /** The configured delimiter of a source, or 0 for {@code auto} ({@link CsvDelimiter}). */
  public char delimiter(SourceKind source) {
    Character c = delimiters.get(source);
    return c == null ? 0 : c;
  }

  /** A date parser for one source, with its configured extra pattern if any. */
  public InputDates dates(SourceKind source) {
    return new InputDates(datePatterns.get(source), datePatternKey(source));
  }

  static String datePatternKey(SourceKind kind) {
    return PREFIX + kind.dir() + ".date_pattern";
  }

  static String delimiterKey(SourceKind kind) {
    return PREFIX + kind.dir() + ".delimiter";
  }

  private static int headerRows(String value) {
    if (value.equalsIgnoreCase("auto")) {
      return 0;
    }
    int n = intValue(SURVEY_HEADER_ROWS, value, 1);
    if (n > 3) {
      throw new IllegalArgumentException(SURVEY_HEADER_ROWS + " must be auto, 1, 2 or 3, got " + value);
    }
    return n;
  }

  private static int intValue(String key, String value, int min) {
    try {
      int n = Integer.parseInt(value.replace("_", "").replace(",", ""));
      if (n < min) {
        throw new IllegalArgumentException(key + " must be at least " + min + ", got " + value);
      }
      return n;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got \"" + value + "\"", e);
    }
  }

  private static Charset charsetFor(String key, String name) {
    Charset cs;
    try {
      cs = Charset.forName(name);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": unknown encoding \"" + name + "\"", e);
    }
    // Lines are found by their ASCII line-break bytes before decoding; that needs an encoding
    // that writes ASCII as single ASCII bytes.
    String probe = "\r\n,\"{}:azAZ09 ";
    if (!cs.canEncode()
        || !Arrays.equals(probe.getBytes(cs), probe.getBytes(StandardCharsets.US_ASCII))) {
      throw new IllegalArgumentException(key + ": encoding \"" + name
          + "\" is not ASCII-compatible (UTF-16/UTF-32 files must be converted to UTF-8 first)");
    }
    return cs;
  }

  private static String checkPattern(String key, String pattern) {
    try {
      DateTimeFormatter.ofPattern(pattern, Locale.US);
      return pattern;
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(key + ": bad date pattern \"" + pattern + "\": "
          + e.getMessage(), e);
    }
  }

  private static String unknownKey(String key) {
    String namespace = key.substring(0, key.lastIndexOf('.') + 1);
    TreeSet<String> near = new TreeSet<>();
    for (String k : knownKeys()) {
      if (k.startsWith(namespace)) {
        near.add(k);
      }
    }
    return "unknown setting " + key
        + (near.isEmpty() ? "; known keys: " + knownKeys() : "; known keys here: " + near);
  }
}
