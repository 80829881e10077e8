package io.papercuts.ingest;

import java.util.Arrays;
import java.util.List;

/**
 * The logical columns (CSV) or keys (JSON Lines) of the sources read as records, with the names
 * tried by default, in order, matched case-insensitively. Each is configurable with
 * {@link #settingKey()}: {@code ingest.<source>.column.<field>}, and for transcripts
 * {@code ingest.transcripts.key.<field>} (a JSON key, or a CSV column of a message-per-row
 * export). A transcript field is read from the conversation object ({@code conversation_id},
 * {@code customer_id}, {@code started_at}, {@code channel}, {@code turns}) or from each turn
 * ({@code speaker}, {@code text}, {@code ts}, {@code agent_id}); in the message layout every
 * field is read from the message record. {@link #required()} of a transcript field is what a
 * message record needs ({@link TranscriptLayout}); plain-text transcripts use none of these.
 */
public enum InputField {
  SURVEY_RESPONSE_ID(SourceKind.SURVEY, "response_id", true,
      "response_id", "ResponseId", "Respondent ID"),
  SURVEY_CUSTOMER_ID(SourceKind.SURVEY, "customer_id", true,
      "customer_id", "ExternalReference", "Custom Data 1"),
  SURVEY_SUBMITTED_AT(SourceKind.SURVEY, "submitted_at", true,
      "submitted_at", "RecordedDate", "EndDate", "End Date"),
  SURVEY_STATED_REASON(SourceKind.SURVEY, "stated_reason", false, "stated_reason"),
  SURVEY_COMMENT(SourceKind.SURVEY, "comment", false, "comment"),
  SURVEY_NPS(SourceKind.SURVEY, "nps", false, "nps"),

  REVIEW_ID(SourceKind.REVIEW, "review_id", true, "review_id"),
  REVIEW_CUSTOMER_ID(SourceKind.REVIEW, "customer_id", false, "customer_id"),
  REVIEW_PRODUCT(SourceKind.REVIEW, "product", false, "product"),
  REVIEW_RATING(SourceKind.REVIEW, "rating", true, "rating"),
  REVIEW_TITLE(SourceKind.REVIEW, "title", false, "title"),
  REVIEW_BODY(SourceKind.REVIEW, "body", true, "body"),
  REVIEW_DATE(SourceKind.REVIEW, "review_date", true, "review_date"),

  CUSTOMER_ID(SourceKind.CUSTOMER, "customer_id", true, "customer_id"),
  CUSTOMER_CHURNED(SourceKind.CUSTOMER, "churned", true, "churned"),
  CUSTOMER_CHURN_DATE(SourceKind.CUSTOMER, "churn_date", false, "churn_date"),
  CUSTOMER_SEGMENT(SourceKind.CUSTOMER, "segment", false, "segment"),

  TRANSCRIPT_CONVERSATION_ID(SourceKind.TRANSCRIPT, "conversation_id", true, "conversation_id"),
  TRANSCRIPT_CUSTOMER_ID(SourceKind.TRANSCRIPT, "customer_id", true, "customer_id"),
  TRANSCRIPT_STARTED_AT(SourceKind.TRANSCRIPT, "started_at", false, "started_at"),
  TRANSCRIPT_CHANNEL(SourceKind.TRANSCRIPT, "channel", false, "channel"),
  /** The list of turns of the conversation layout; never a CSV column. */
  TRANSCRIPT_TURNS(SourceKind.TRANSCRIPT, "turns", false, "turns"),
  TRANSCRIPT_SPEAKER(SourceKind.TRANSCRIPT, "speaker", true, "speaker"),
  TRANSCRIPT_TEXT(SourceKind.TRANSCRIPT, "text", true, "text"),
  TRANSCRIPT_TS(SourceKind.TRANSCRIPT, "ts", false, "ts"),
  TRANSCRIPT_AGENT_ID(SourceKind.TRANSCRIPT, "agent_id", false, "agent_id"),
  /** A message's position in its conversation (message layout): a number, ordered ascending. */
  TRANSCRIPT_SEQUENCE(SourceKind.TRANSCRIPT, "sequence", false, "sequence"),
  /** A message's own id (message layout): a second row with it is a duplicate. */
  TRANSCRIPT_MESSAGE_ID(SourceKind.TRANSCRIPT, "message_id", false, "message_id");

  private final SourceKind source;
  private final String field;
  private final boolean required;
  private final List<String> defaultNames;

  InputField(SourceKind source, String field, boolean required, String... defaultNames) {
    this.source = source;
    this.field = field;
    this.required = required;
    this.defaultNames = List.of(defaultNames);
  }

  public SourceKind source() {
    return source;
  }

  /** The logical name used in docs/inputs.md and in quarantine details, e.g. {@code rating}. */
  public String field() {
    return field;
  }

  /**
   * Whether a record without it is rejected (and a CSV header without it stops the run); for
   * the review id only under {@code ingest.reviews.missing_id = quarantine}
   * ({@link IngestSettings#requiresColumn}).
   */
  public boolean required() {
    return required;
  }

  /** Column names tried when the setting is absent, first match wins. */
  public List<String> defaultNames() {
    return defaultNames;
  }

  /** E.g. {@code ingest.surveys.column.comment}, {@code ingest.transcripts.key.speaker}. */
  public String settingKey() {
    return "ingest." + source.dir() + (source == SourceKind.TRANSCRIPT ? ".key." : ".column.")
        + field;
  }

  /** Whether a CSV file can hold the field as a column (all but the conversation's turns). */
  public boolean isColumn() {
    return this != TRANSCRIPT_TURNS;
  }

  /** The fields of one source, in declaration order. */
  public static List<InputField> of(SourceKind source) {
    return Arrays.stream(values()).filter(f -> f.source == source).toList();
  }
}
