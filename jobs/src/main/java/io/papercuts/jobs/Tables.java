package io.papercuts.jobs;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * The output contract: every table papercuts writes, each defined once, by the record that is
 * one of its rows ({@link Table}). Columns, their order and types, how a row is built and how it
 * is read all derive from the record; docs/schema.md documents the same tables in the same order
 * (a test compares them). Every table is partitioned by {@link #RUN_DATE}, its last column.
 *
 * <p>A new column is a new component at the end of its record (older partitions then read it as
 * null); a new table is a record here, an entry in {@link #ALL} and a section in docs/schema.md.
 */
public final class Tables {

  private Tables() {
  }

  /** The partition column of every table: the night the row belongs to. */
  public static final String RUN_DATE = "run_date";

  // ---- Input side (ingest) ----

  /** One text unit: a survey comment, a customer turn of a transcript, a review. */
  public record FeedbackRow(String unitId, String source, String docId, Integer turnIdx,
      String customerId, LocalDate eventDate, String text, String textHash, Integer rating,
      Integer nps, String statedReason, String product, String channel, String file, Long line) {
  }

  /** Every valid exit-survey response, with or without a comment. */
  public record SurveyResponseRow(String responseId, String customerId, LocalDate submittedOn,
      String statedReason, Integer nps, String unitId, String file, Long line) {
  }

  /** One support conversation with the effort its structure shows. */
  public record ContactRow(String docId, String customerId, String channel, Instant startedAt,
      Integer turns, Integer customerTurns, Integer agentCount, Integer transfers, Integer holds,
      Integer holdMinutes, Integer identityChecks, Integer callbacksPromised,
      List<String> impliedThemes, String file, Long line) {
  }

  /** A customer's churn state at this run. */
  public record CustomerRow(String customerId, Boolean churned, LocalDate churnDate,
      String segment, String source) {
  }

  /** One rejected input record. */
  public record QuarantineRow(String source, String file, Long line, String reason, String raw) {
  }

  /** One record read and deliberately not analysed. */
  public record SkippedRow(String source, String file, Long line, String reason) {
  }

  public static final Table<FeedbackRow> FEEDBACK = Table.of("feedback", FeedbackRow.class);
  public static final Table<SurveyResponseRow> SURVEY_RESPONSES =
      Table.of("survey_responses", SurveyResponseRow.class);
  public static final Table<ContactRow> CONTACTS = Table.of("contacts", ContactRow.class);
  public static final Table<CustomerRow> CUSTOMERS = Table.of("customers", CustomerRow.class);
  public static final Table<QuarantineRow> QUARANTINE =
      Table.of("quarantine", QuarantineRow.class);
  public static final Table<SkippedRow> SKIPPED = Table.of("skipped", SkippedRow.class);

  // ---- Analysis (annotate) ----

  /** A cue found in a sentence; negated cues ("no complaints") are kept as evidence. */
  public record CueRow(String type, String phrase, Boolean negated) {
  }

  /** One sentence of a unit: CoreNLP's analysis, the rules' verdict, the taxonomy themes. */
  public record SentenceRow(String unitId, Integer sentenceIdx, String source, String docId,
      String customerId, LocalDate eventDate, Integer rating, Integer nps, String text,
      String sentiment, Double sentimentScore, Boolean parsed, List<String> keyphrases,
      List<String> themeIds, List<CueRow> cues, Boolean isComplaint, Boolean isQuiet,
      Boolean isMixed, List<String> evidence, String analysisFailed) {
  }

  /** A token of an analysed sentence. */
  public record TokenRow(String word, String lemma, String pos, Integer begin, Integer end) {
  }

  /**
   * One CoreNLP-analysed sentence as cached: everything the rules need, nothing derived.
   * {@code phrases} are CoreNLP's non-neutral phrase sentiments, packed
   * ({@link AnalysisRows#packPhrases}); {@code analysisFailed} says why the analysis is
   * incomplete, null when it is not.
   */
  public record AnalysedSentenceRow(Integer sentenceIdx, String text, Integer sentimentClass,
      Double sentimentScore, Boolean parsed, List<String> keyphrases, List<TokenRow> tokens,
      List<Integer> phrases, String analysisFailed) {
  }

  /** CoreNLP's analysis of one distinct sentence (its sentence_idx is 0: it has no place). */
  public record SentenceCacheRow(String sentenceHash, String modelVersion,
      AnalysedSentenceRow analysis) {
  }

  /** The embedding of one distinct complaint sentence that no taxonomy theme took. */
  public record SentenceVectorRow(String sentenceHash, String modelVersion, float[] vector) {
  }

  /**
   * Per unit of a night, a hash of everything its sentence rows depend on: the next night copies
   * the rows of units whose fingerprint has not changed instead of recomputing them.
   */
  public record UnitFingerprintRow(String unitId, String fingerprint) {
  }

  public static final Table<SentenceRow> SENTENCES = Table.of("sentences", SentenceRow.class);
  public static final Table<SentenceCacheRow> SENTENCE_CACHE =
      Table.of("sentence_cache", SentenceCacheRow.class);
  public static final Table<SentenceVectorRow> SENTENCE_VECTORS =
      Table.of("sentence_vectors", SentenceVectorRow.class);
  public static final Table<UnitFingerprintRow> UNIT_FINGERPRINTS =
      Table.of("unit_fingerprints", UnitFingerprintRow.class);

  // ---- Summaries (summarize, nightly) ----

  /**
   * One theme of a run with every component of its score. {@code customersHeardFrom}, the same
   * on every row of a run date, is the population the theme is scored against.
   */
  public record ThemeRow(String themeId, String label, String origin, String kind,
      Long customers, Long mentions, Double breadth, Double negativeShare, Double quietShare,
      Double mixedShare, Double statedShare, Double hiddenness, Long churnedCustomers,
      Double churnLift, Double churnLiftLow, Double churnLiftHigh, Boolean liftSupported,
      Double ratingDelta, Double impact, Double papercutScore, String scoreBasis, Integer rank,
      List<String> topPhrases, String representative, Long customersHeardFrom) {
  }

  /** Every (sentence, theme) that counts toward a theme's figures. */
  public record SentenceThemeRow(String unitId, Integer sentenceIdx, String themeId,
      String origin) {
  }

  /** A discovered theme's centroid, so the next night keeps its id while it is the same issue. */
  public record ThemeCentroidRow(String themeId, String label, String modelVersion,
      float[] centroid, List<String> topPhrases, String representative, List<String> terms,
      LocalDate clusteredOn, Integer rank) {
  }

  /** A quote of a theme. */
  public record ThemeExampleRow(String themeId, Integer rank, String quote, String source,
      String cue, Boolean isQuiet, String unitId, LocalDate eventDate) {
  }

  /** Customer x theme. */
  public record CustomerFrictionRow(String customerId, String themeId, Long mentions,
      Long quietMentions, List<String> channels, LocalDate firstDate, LocalDate lastDate) {
  }

  /** Stated exit reason x theme. */
  public record StatedVsUnstatedRow(String statedReason, String themeId, Long customers,
      Boolean reasonNamesTheme) {
  }

  /** Theme x week. */
  public record ThemeTrendRow(String themeId, LocalDate week, Long mentions, Long customers,
      Double negativeShare, Long weekSentences, Double mentionShare) {
  }

  /** One run: the manifest, written last. */
  public record RunRow(String runId, Instant startedAt, Instant finishedAt, String status,
      String input, Long recordsRead, Long recordsAccepted, Long recordsQuarantined,
      Long recordsSkipped, Long units, Long sentences, Long sentencesAnnotated, Long themes,
      Double durationIngestS, Double durationAnnotateS, Double durationSummarizeS,
      String papercutsVersion, String sparkVersion, String modelVersion, String configHash,
      Long unitsReused, Long sentencesFailed) {
  }

  public static final Table<ThemeRow> THEMES = Table.of("themes", ThemeRow.class);
  public static final Table<SentenceThemeRow> SENTENCE_THEMES =
      Table.of("sentence_themes", SentenceThemeRow.class);
  public static final Table<ThemeCentroidRow> THEME_CENTROIDS =
      Table.of("theme_centroids", ThemeCentroidRow.class);
  public static final Table<ThemeExampleRow> THEME_EXAMPLES =
      Table.of("theme_examples", ThemeExampleRow.class);
  public static final Table<CustomerFrictionRow> CUSTOMER_FRICTIONS =
      Table.of("customer_frictions", CustomerFrictionRow.class);
  public static final Table<StatedVsUnstatedRow> STATED_VS_UNSTATED =
      Table.of("stated_vs_unstated", StatedVsUnstatedRow.class);
  public static final Table<ThemeTrendRow> THEME_TRENDS =
      Table.of("theme_trends", ThemeTrendRow.class);
  public static final Table<RunRow> RUNS = Table.of("runs", RunRow.class);

  /** Every table, in the order docs/schema.md documents them. */
  public static final List<Table<?>> ALL = List.of(FEEDBACK, SURVEY_RESPONSES, CONTACTS,
      CUSTOMERS, QUARANTINE, SKIPPED, SENTENCES, SENTENCE_CACHE, SENTENCE_VECTORS,
      UNIT_FINGERPRINTS, THEMES, SENTENCE_THEMES, THEME_CENTROIDS, THEME_EXAMPLES,
      CUSTOMER_FRICTIONS, STATED_VS_UNSTATED, THEME_TRENDS, RUNS);
}
