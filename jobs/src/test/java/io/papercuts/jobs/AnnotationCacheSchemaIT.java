package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.jobs.Tables.AnalysedSentenceRow;
import io.papercuts.jobs.Tables.SentenceCacheRow;
import io.papercuts.jobs.Tables.TokenRow;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
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

  /** The cache row of {@code s} written by Spark and read back. */
  private static AnalyzedSentence roundTrip(AnalyzedSentence s) {
    Row row = Tables.SENTENCE_CACHE.row(new SentenceCacheRow("h", "v", AnalysisRows.toRow(s)));
    Row back = spark.createDataFrame(List.of(row), Tables.SENTENCE_CACHE.schemaWithoutRunDate())
        .collectAsList().get(0);
    return AnalysisRows.fromRow(Tables.SENTENCE_CACHE.read(back).analysis());
  }

  @Test
  void phrasesRoundTripThroughCachedRows() {
    assertEquals(sentence(), roundTrip(sentence()));
  }

  @Test
  void aFailureReasonRoundTripsThroughCachedRows() {
    AnalyzedSentence ok = sentence();
    AnalyzedSentence s = new AnalyzedSentence(0, ok.text(), ok.tokens(), Sentiment.NEUTRAL, 0.0,
        false, List.of(), List.of(), "corenlp_error: StackOverflowError at x.y");
    assertEquals(s, roundTrip(s));
  }

  /** An older model version's analysis, without the fields added since. */
  record OldAnalysis(Integer sentenceIdx, String text, Integer sentimentClass,
      Double sentimentScore, Boolean parsed, List<String> keyphrases, List<TokenRow> tokens) {
  }

  record OldCacheRow(String sentenceHash, String modelVersion, OldAnalysis analysis) {
  }

  /** The sentence cache as an older papercuts wrote it. */
  static final Table<OldCacheRow> OLD_CACHE =
      Table.of(Tables.SENTENCE_CACHE.name(), OldCacheRow.class);

  @Test
  void olderPartitionsWithoutPhrasesStillRead(@TempDir Path out) {
    TableWriter tables = new TableWriter(spark, out.toString());
    AnalysedSentenceRow now = AnalysisRows.toRow(sentence());
    OldAnalysis old = new OldAnalysis(now.sentenceIdx(), now.text(), now.sentimentClass(),
        now.sentimentScore(), now.parsed(), now.keyphrases(), now.tokens());
    tables.writePartition(OLD_CACHE.dataset(spark, List.of(new OldCacheRow("h-old",
        "old-version", old))), OLD_CACHE, LocalDate.of(2024, 1, 1), 1);
    tables.writePartition(Tables.SENTENCE_CACHE.dataset(spark, List.of(new SentenceCacheRow(
        "h-new", "new-version", now))), Tables.SENTENCE_CACHE, LocalDate.of(2024, 1, 2), 1);

    Dataset<Row> all = tables.readAll(Tables.SENTENCE_CACHE);
    Dataset<Row> fresh = Tables.SENTENCE_CACHE.dataset(spark, List.of(new SentenceCacheRow(
        "h-fresh", "new-version", now)));
    List<SentenceCacheRow> rows = all.select("sentence_hash", "analysis")
        .unionByName(fresh.select("sentence_hash", "analysis")).orderBy("sentence_hash")
        .collectAsList().stream().map(Tables.SENTENCE_CACHE::read).toList();
    assertEquals(3, rows.size());
    assertEquals("h-new", rows.get(1).sentenceHash());
    assertEquals(sentence(), AnalysisRows.fromRow(rows.get(1).analysis()));
    assertEquals("h-old", rows.get(2).sentenceHash());
    AnalyzedSentence fromOld = AnalysisRows.fromRow(rows.get(2).analysis());
    assertTrue(fromOld.phrases().isEmpty());
    assertEquals(null, fromOld.analysisFailed());
    assertEquals(sentence().tokens(), fromOld.tokens());
  }

  @Test
  void theOldLayoutIsNotTheContract() {
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> Tables.SENTENCE_CACHE.check(OLD_CACHE.schemaWithoutRunDate()));
    assertTrue(e.getMessage().endsWith("column analysis.phrases is missing"), e.getMessage());
  }
}
