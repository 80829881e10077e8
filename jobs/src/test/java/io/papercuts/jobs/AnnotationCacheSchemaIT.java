package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The sentence cache's analysis struct gained a {@code phrases} field in its sentence struct: a lake whose older
 * partitions lack it must still read, union with new analyses, and give sentences without phrase
 * sentiments, and phrase sentiments must survive the round trip through the cached row form.
 */
class AnnotationCacheSchemaIT {

  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("local[1]", false);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static AnalyzedSentence sentence() {
    List<Token> tokens = List.of(new Token("Great", "great", "JJ", 0, 5),
        new Token("food", "food", "NN", 6, 10), new Token(",", ",", ",", 10, 11),
        new Token("slow", "slow", "JJ", 12, 16), new Token("service", "service", "NN", 17, 24));
    return new AnalyzedSentence(0, "Great food, slow service", tokens, Sentiment.NEUTRAL, 0.0,
        true, List.of("food", "service"), List.of(new PhraseSentiment(0, 2, Sentiment.POSITIVE),
            new PhraseSentiment(3, 5, Sentiment.VERY_NEGATIVE)));
  }

  @Test
  void phrasesRoundTripThroughCachedRows() {
    AnalyzedSentence s = sentence();
    StructType body = AnnotateJob.dropRunDate(Tables.SENTENCE_CACHE_SCHEMA);
    Row row = RowFactory.create("h", "v", AnalysisRows.toRows(List.of(s))[0]);
    Row back = spark.createDataFrame(List.of(row), body).collectAsList().get(0);
    assertEquals(List.of(s), AnalysisRows.fromRows(List.of(back.getStruct(2))));
  }

  @Test
  void aFailureReasonRoundTripsThroughCachedRows() {
    AnalyzedSentence ok = sentence();
    AnalyzedSentence s = new AnalyzedSentence(0, ok.text(), ok.tokens(), Sentiment.NEUTRAL, 0.0,
        false, List.of(), List.of(), "corenlp_error: StackOverflowError at x.y");
    StructType body = AnnotateJob.dropRunDate(Tables.SENTENCE_CACHE_SCHEMA);
    Row row = RowFactory.create("h", "v", AnalysisRows.toRows(List.of(s))[0]);
    Row back = spark.createDataFrame(List.of(row), body).collectAsList().get(0);
    assertEquals(List.of(s), AnalysisRows.fromRows(List.of(back.getStruct(2))));
  }

  @Test
  void olderPartitionsWithoutPhrasesStillRead(@TempDir Path out) {
    TableWriter tables = new TableWriter(spark, out.toString());
    StructType body = AnnotateJob.dropRunDate(Tables.SENTENCE_CACHE_SCHEMA);
    // An older model version's partition: sentence structs without the fields added since
    // (phrases, analysis_failed).
    List<StructField> oldFields = new ArrayList<>(Arrays.asList(Tables.ANALYSED_SENTENCE.fields()));
    oldFields.removeIf(f -> f.name().equals("phrases") || f.name().equals("analysis_failed"));
    StructType oldSentence = new StructType(oldFields.toArray(new StructField[0]));
    StructType oldBody = new StructType(new StructField[] {body.apply("sentence_hash"),
        body.apply("model_version"), DataTypes.createStructField("analysis", oldSentence, true)});
    Row[] newRows = AnalysisRows.toRows(List.of(sentence()));
    Object[] oldSentenceValues = new Object[7];
    for (int i = 0; i < 7; i++) {
      oldSentenceValues[i] = newRows[0].get(i);
    }
    Row oldRow = RowFactory.create("h-old", "old-version", RowFactory.create(oldSentenceValues));
    tables.writePartition(spark.createDataFrame(List.of(oldRow), oldBody),
        Tables.SENTENCE_CACHE, LocalDate.of(2024, 1, 1), 1);
    Row newRow = RowFactory.create("h-new", "new-version", newRows[0]);
    tables.writePartition(spark.createDataFrame(List.of(newRow), body),
        Tables.SENTENCE_CACHE, LocalDate.of(2024, 1, 2), 1);

    Dataset<Row> all = tables.readAll(Tables.SENTENCE_CACHE, Tables.SENTENCE_CACHE_SCHEMA);
    Dataset<Row> fresh = spark.createDataFrame(List.of(RowFactory.create("h-fresh", "new-version",
        newRows[0])), body);
    List<Row> rows = all.select("sentence_hash", "analysis")
        .unionByName(fresh.select("sentence_hash", "analysis")).orderBy("sentence_hash")
        .collectAsList();
    assertEquals(3, rows.size());
    List<AnalyzedSentence> fromNew = AnalysisRows.fromRows(List.of(rows.get(1).getStruct(1)));
    List<AnalyzedSentence> fromOld = AnalysisRows.fromRows(List.of(rows.get(2).getStruct(1)));
    assertEquals("h-new", rows.get(1).getString(0));
    assertEquals(sentence(), fromNew.get(0));
    assertEquals("h-old", rows.get(2).getString(0));
    assertTrue(fromOld.get(0).phrases().isEmpty());
    assertEquals(null, fromOld.get(0).analysisFailed());
    assertEquals(sentence().tokens(), fromOld.get(0).tokens());
  }
}
