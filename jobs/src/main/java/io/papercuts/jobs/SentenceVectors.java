package io.papercuts.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.substring;

import io.papercuts.embed.SentenceEmbedder;
import io.papercuts.jobs.Tables.SentenceVectorRow;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The {@code sentence_vectors} table: an embedding per distinct sentence that discovery may group
 * (a complaint no taxonomy theme took), computed once per sentence and model version. A night
 * embeds only such sentences no earlier night embedded; a rerun of a date recomputes what that
 * date added. Thin: the model is {@link SentenceEmbedder}, loaded once per executor.
 */
final class SentenceVectors {

  /** Sentences per call of the model: one ONNX run per batch amortises its fixed cost. */
  private static final int BATCH = 64;

  /** The sentence hash of a {@code sentences.text}, as {@link TextNormalizer#hash} gives it. */
  static final Column SENTENCE_HASH = substring(sha2(col("text"), 256), 1, 32);

  /** The sentences discovery groups: complaints that no taxonomy theme took. */
  static Column discoverable() {
    return col("is_complaint").and(size(col("theme_ids")).equalTo(0))
        .and(col("text").isNotNull());
  }

  /** Sentences no taxonomy theme took that are not complaints: they join by wording only. */
  static Column unclaimedNonComplaint() {
    return col("is_complaint").equalTo(false).and(size(col("theme_ids")).equalTo(0))
        .and(col("text").isNotNull());
  }

  private SentenceVectors() {
  }

  /** Embeds the night's discoverable sentences not yet embedded; returns how many it embedded. */
  static long embedNew(TableWriter tables, LocalDate runDate, int slices) {
    Dataset<Row> wanted = tables.readPartition(Tables.SENTENCES, runDate)
        .filter(discoverable())
        .select(SENTENCE_HASH.as("sentence_hash"), col("text"))
        .dropDuplicates("sentence_hash");
    Dataset<Row> known = earlier(tables, runDate);
    Dataset<Row> missing = known == null ? wanted
        : wanted.join(known, "sentence_hash", "left_anti");
    Dataset<Row> vectors = missing.repartition(slices).mapPartitions(
        (MapPartitionsFunction<Row, Row>) SentenceVectors::embed,
        Tables.SENTENCE_VECTORS.encoder());
    tables.writePartition(vectors, Tables.SENTENCE_VECTORS, runDate, Math.max(1, slices / 4));
    return tables.readPartition(Tables.SENTENCE_VECTORS, runDate).count();
  }

  /** Hashes embedded by other dates with the current model, or null when none. */
  private static Dataset<Row> earlier(TableWriter tables, LocalDate runDate) {
    Dataset<Row> all = tables.readAll(Tables.SENTENCE_VECTORS);
    return all == null ? null
        : all.filter(col(Tables.RUN_DATE).notEqual(lit(java.sql.Date.valueOf(runDate)))
            .and(col("model_version").equalTo(SentenceEmbedder.MODEL_VERSION)))
            .select("sentence_hash");
  }

  /**
   * (sentence_hash, vector) of the current model for every embedded sentence up to and including
   * {@code runDate}, one row per hash.
   */
  static Dataset<Row> upTo(TableWriter tables, LocalDate runDate) {
    Dataset<Row> all = tables.readAll(Tables.SENTENCE_VECTORS);
    return all == null ? null
        : all.filter(col(Tables.RUN_DATE).leq(lit(java.sql.Date.valueOf(runDate)))
            .and(col("model_version").equalTo(SentenceEmbedder.MODEL_VERSION)))
            .select("sentence_hash", "vector").dropDuplicates("sentence_hash");
  }

  /** (sentence_hash, text) rows -> their {@code sentence_vectors} rows. */
  private static Iterator<Row> embed(Iterator<Row> rows) {
    List<Row> out = new ArrayList<>();
    List<String> hashes = new ArrayList<>(BATCH);
    List<String> texts = new ArrayList<>(BATCH);
    while (rows.hasNext()) {
      Row r = rows.next();
      hashes.add(r.getAs("sentence_hash"));
      texts.add(r.getAs("text"));
      if (texts.size() == BATCH || !rows.hasNext()) {
        List<float[]> vectors = SentenceEmbedder.shared().embed(texts);
        for (int i = 0; i < vectors.size(); i++) {
          out.add(Tables.SENTENCE_VECTORS.row(new SentenceVectorRow(hashes.get(i),
              SentenceEmbedder.MODEL_VERSION, vectors.get(i))));
        }
        hashes.clear();
        texts.clear();
      }
    }
    return out.iterator();
  }
}
