package io.papercuts.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.DoubleType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;

import java.util.List;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * The output contract: every table's name and explicit schema (snake_case, documented in
 * docs/schema.md). Partitioned tables carry {@code run_date} as their last column.
 */
public final class Tables {

  private Tables() {
  }

  public static final String FEEDBACK = "feedback";
  public static final String CONTACTS = "contacts";
  public static final String CUSTOMERS = "customers";
  public static final String QUARANTINE = "quarantine";
  public static final String SENTENCES = "sentences";
  public static final String SENTENCE_CACHE = "sentence_cache";
  public static final String UNIT_FINGERPRINTS = "unit_fingerprints";
  public static final String THEMES = "themes";
  public static final String THEME_EXAMPLES = "theme_examples";
  public static final String CUSTOMER_FRICTIONS = "customer_frictions";
  public static final String STATED_VS_UNSTATED = "stated_vs_unstated";
  public static final String THEME_TRENDS = "theme_trends";
  public static final String RUNS = "runs";
  public static final String SENTENCE_VECTORS = "sentence_vectors";
  public static final String SENTENCE_THEMES = "sentence_themes";
  public static final String THEME_CENTROIDS = "theme_centroids";

  public static final String RUN_DATE = "run_date";

  private static StructField f(String name, org.apache.spark.sql.types.DataType type) {
    return createStructField(name, type, true);
  }

  private static StructType withRunDate(StructField... fields) {
    StructField[] all = java.util.Arrays.copyOf(fields, fields.length + 1);
    all[fields.length] = createStructField(RUN_DATE, DateType, false);
    return createStructType(all);
  }

  public static final StructType FEEDBACK_SCHEMA = withRunDate(
      f("unit_id", StringType), f("source", StringType), f("doc_id", StringType),
      f("turn_idx", IntegerType), f("customer_id", StringType), f("event_date", DateType),
      f("text", StringType), f("text_hash", StringType), f("rating", IntegerType),
      f("nps", IntegerType), f("stated_reason", StringType), f("product", StringType),
      f("channel", StringType), f("file", StringType), f("line", LongType));

  public static final StructType QUARANTINE_SCHEMA = withRunDate(
      f("source", StringType), f("file", StringType), f("line", LongType),
      f("reason", StringType), f("raw", StringType));

  public static final StructType CUSTOMERS_SCHEMA = withRunDate(
      f("customer_id", StringType), f("churned", BooleanType), f("churn_date", DateType),
      f("segment", StringType), f("source", StringType));

  public static final StructType TOKEN = createStructType(List.of(
      f("word", StringType), f("lemma", StringType), f("pos", StringType),
      f("begin", IntegerType), f("end", IntegerType)));

  /** One CoreNLP-analysed sentence as cached: everything the rules need, nothing derived. */
  public static final StructType ANALYSED_SENTENCE = createStructType(List.of(
      f("sentence_idx", IntegerType), f("text", StringType), f("sentiment_class", IntegerType),
      f("sentiment_score", DoubleType), f("parsed", BooleanType),
      f("keyphrases", createArrayType(StringType, false)),
      f("tokens", createArrayType(TOKEN, false)),
      // CoreNLP's non-neutral phrase sentiments, packed (AnalysisRows.packPhrases).
      f("phrases", createArrayType(IntegerType, false)),
      // Why the analysis is incomplete ("too_long: ...", "corenlp_error: ..."); null when fine.
      f("analysis_failed", StringType)));

  /** CoreNLP's analysis of one distinct sentence (sentence_idx inside is 0: it has no place). */
  public static final StructType SENTENCE_CACHE_SCHEMA = withRunDate(
      f("sentence_hash", StringType), f("model_version", StringType),
      f("analysis", ANALYSED_SENTENCE));

  /**
   * Per unit of a night, a hash of everything its {@code sentences} rows depend on (the unit's
   * text and columns, papercuts' code and the model version): the next night copies the rows of
   * units whose fingerprint has not changed instead of recomputing them.
   */
  public static final StructType UNIT_FINGERPRINTS_SCHEMA = withRunDate(
      f("unit_id", StringType), f("fingerprint", StringType));

  /** A cue found in a sentence; negated cues ("no complaints") are kept as evidence. */
  public static final StructType CUE = createStructType(List.of(
      f("type", StringType), f("phrase", StringType), f("negated", BooleanType)));

  public static final StructType SENTENCES_SCHEMA = withRunDate(
      f("unit_id", StringType), f("sentence_idx", IntegerType), f("source", StringType),
      f("doc_id", StringType), f("customer_id", StringType), f("event_date", DateType),
      f("rating", IntegerType), f("nps", IntegerType), f("text", StringType),
      f("sentiment", StringType), f("sentiment_score", DoubleType), f("parsed", BooleanType),
      f("keyphrases", createArrayType(StringType, false)),
      f("theme_ids", createArrayType(StringType, false)),
      f("cues", createArrayType(CUE, false)),
      f("is_complaint", BooleanType), f("is_quiet", BooleanType), f("is_mixed", BooleanType),
      f("evidence", createArrayType(StringType, false)), f("analysis_failed", StringType));

  public static final StructType THEMES_SCHEMA = withRunDate(
      f("theme_id", StringType), f("label", StringType), f("origin", StringType),
      f("kind", StringType), f("customers", LongType), f("mentions", LongType),
      f("breadth", DoubleType), f("negative_share", DoubleType), f("quiet_share", DoubleType),
      f("mixed_share", DoubleType), f("stated_share", DoubleType), f("hiddenness", DoubleType),
      f("churned_customers", LongType), f("churn_lift", DoubleType),
      f("churn_lift_low", DoubleType), f("churn_lift_high", DoubleType),
      f("lift_supported", BooleanType), f("rating_delta", DoubleType), f("impact", DoubleType),
      f("papercut_score", DoubleType), f("score_basis", StringType), f("rank", IntegerType),
      f("top_phrases", createArrayType(StringType, false)), f("representative", StringType));

  /**
   * A sentence embedding, one per distinct complaint sentence that no taxonomy theme took and
   * embedding model version: discovery groups these, and a later night embeds only new text.
   */
  public static final StructType SENTENCE_VECTORS_SCHEMA = withRunDate(
      f("sentence_hash", StringType), f("model_version", StringType),
      f("vector", createArrayType(DataTypes.FloatType, false)));

  /** Every (sentence, theme) that counts toward a theme's figures, taxonomy and discovered. */
  public static final StructType SENTENCE_THEMES_SCHEMA = withRunDate(
      f("unit_id", StringType), f("sentence_idx", IntegerType), f("theme_id", StringType),
      f("origin", StringType));

  /** A discovered theme's centroid, so the next night keeps its id while it is the same issue. */
  public static final StructType THEME_CENTROIDS_SCHEMA = withRunDate(
      f("theme_id", StringType), f("label", StringType), f("model_version", StringType),
      f("centroid", createArrayType(DataTypes.FloatType, false)),
      f("top_phrases", createArrayType(StringType, false)), f("representative", StringType),
      f("terms", createArrayType(StringType, false)), f("clustered_on", DateType),
      f("rank", IntegerType));

  public static final StructType THEME_EXAMPLES_SCHEMA = withRunDate(
      f("theme_id", StringType), f("rank", IntegerType), f("quote", StringType),
      f("source", StringType), f("cue", StringType), f("is_quiet", BooleanType),
      f("unit_id", StringType), f("event_date", DateType));

  public static final StructType CUSTOMER_FRICTIONS_SCHEMA = withRunDate(
      f("customer_id", StringType), f("theme_id", StringType), f("mentions", LongType),
      f("quiet_mentions", LongType), f("channels", createArrayType(StringType, false)),
      f("first_date", DateType), f("last_date", DateType));

  public static final StructType STATED_VS_UNSTATED_SCHEMA = withRunDate(
      f("stated_reason", StringType), f("theme_id", StringType), f("customers", LongType),
      f("reason_names_theme", BooleanType));

  public static final StructType THEME_TRENDS_SCHEMA = withRunDate(
      f("theme_id", StringType), f("week", DateType), f("mentions", LongType),
      f("customers", LongType), f("negative_share", DoubleType),
      f("week_sentences", LongType), f("mention_share", DoubleType));

  public static final StructType RUNS_SCHEMA = withRunDate(
      f("run_id", StringType), f("started_at", TimestampType), f("finished_at", TimestampType),
      f("status", StringType), f("input", StringType), f("records_read", LongType),
      f("records_accepted", LongType), f("records_quarantined", LongType),
      f("records_skipped", LongType), f("units", LongType), f("sentences", LongType),
      f("sentences_annotated", LongType), f("themes", LongType),
      f("duration_ingest_s", DoubleType), f("duration_annotate_s", DoubleType),
      f("duration_summarize_s", DoubleType), f("papercuts_version", StringType),
      f("spark_version", StringType), f("model_version", StringType), f("config_hash", StringType),
      f("units_reused", LongType), f("sentences_failed", LongType));
}
