package io.papercuts.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.papercuts.nlp.CoreNlpAnalyzer;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/**
 * Stage 2: {@code feedback} -> {@code sentences}. Runs CoreNLP only on texts whose content hash
 * is not yet in {@code annotation_cache} for the current model version (so a night annotates only
 * new text, and identical texts such as "thanks" are analysed once), then applies the sentence
 * rules to every unit of the night.
 */
public final class AnnotateJob {

  /** Counts of one annotate run, for the console summary and the runs table. */
  public record Result(long units, long sentences, long textsAnnotated, long textsFromCache) {
  }

  private AnnotateJob() {
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    TableWriter tables = new TableWriter(spark, config.output());
    Dataset<Row> feedback = tables.readPartition(Tables.FEEDBACK, config.runDate());
    if (feedback == null) {
      throw new PipelineException(ExitCode.INPUT,
          "no feedback for run date " + config.runDate() + " under " + config.output()
              + ": run 'papercuts ingest' (or 'nightly') for that date first");
    }
    Dataset<Row> units = feedback.filter(col("text").isNotNull());

    Dataset<Row> cached = previousAnalyses(tables, config);
    Dataset<Row> texts = units.select("text_hash", "text").dropDuplicates("text_hash");
    Dataset<Row> missing = cached == null ? texts
        : texts.join(cached.select("text_hash"), "text_hash", "left_anti");

    int slices = Math.max(2, spark.sparkContext().defaultParallelism() * 4);
    StructType cacheBody = dropRunDate(Tables.ANNOTATION_CACHE_SCHEMA);
    Dataset<Row> annotated = missing.repartition(slices)
        .map((MapFunction<Row, Row>) AnnotateJob::analyse, Encoders.row(cacheBody));
    tables.writePartition(annotated, Tables.ANNOTATION_CACHE, config.runDate(), slices);

    Dataset<Row> fresh = tables.readPartition(Tables.ANNOTATION_CACHE, config.runDate())
        .select("text_hash", "sentences");
    Dataset<Row> analyses = cached == null ? fresh
        : cached.select("text_hash", "sentences").unionByName(fresh);

    Dataset<Row> sentences = units.join(analyses, "text_hash")
        .flatMap((FlatMapFunction<Row, Row>) AnnotateJob::expand,
            Encoders.row(dropRunDate(Tables.SENTENCES_SCHEMA)))
        .sort("unit_id", "sentence_idx");
    tables.writePartition(sentences, Tables.SENTENCES, config.runDate(), slices);

    long textsAnnotated = fresh.count();
    long textsTotal = texts.count();
    return new Result(units.count(),
        tables.readPartition(Tables.SENTENCES, config.runDate()).count(),
        textsAnnotated, textsTotal - textsAnnotated);
  }

  /** Cached analyses of earlier run dates for this model version, one row per text hash. */
  private static Dataset<Row> previousAnalyses(TableWriter tables, PipelineConfig config) {
    Dataset<Row> all = tables.readAll(Tables.ANNOTATION_CACHE);
    if (all == null) {
      return null;
    }
    // The current date's partition is excluded so a rerun of a night recomputes what it added.
    return all.filter(col(Tables.RUN_DATE).notEqual(lit(java.sql.Date.valueOf(config.runDate())))
            .and(col("model_version").equalTo(CoreNlpAnalyzer.MODEL_VERSION)))
        .dropDuplicates("text_hash");
  }

  private static Row analyse(Row textRow) {
    String hash = textRow.getString(0);
    String text = textRow.getString(1);
    return RowFactory.create(hash, CoreNlpAnalyzer.MODEL_VERSION,
        AnalysisRows.toRows(CoreNlpAnalyzer.shared().analyze(text)));
  }

  private static java.util.Iterator<Row> expand(Row unit) {
    return SentenceRows.expand(unit).iterator();
  }

  static StructType dropRunDate(StructType schema) {
    return new StructType(java.util.Arrays.stream(schema.fields())
        .filter(f -> !f.name().equals(Tables.RUN_DATE)).toArray(org.apache.spark.sql.types.StructField[]::new));
  }
}
