package io.papercuts.jobs;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.lit;

import io.papercuts.annotate.TextAnnotator;
import io.papercuts.embed.SentenceEmbedder;
import io.papercuts.jobs.Tables.SentenceCacheRow;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Stage 2: {@code feedback} -> {@code sentences}. Each distinct text is split into sentences (the
 * tokenizer only, cheap); CoreNLP's expensive part (tagger, parser, sentiment) runs only on
 * distinct sentences not yet in {@code sentence_cache} for the current model version. So a night
 * analyses only sentences it has not seen, and "Thanks for your help." is analysed once however
 * many chats end with it. Then the sentence rules run on every unit of the night, in its context.
 */
public final class AnnotateJob {

  /**
   * Counts of one annotate run, for the console summary and the runs table: units whose rows
   * were copied from the night {@code reusedFrom} (null: none), and, among the other units'
   * distinct sentences, those analysed by CoreNLP now and those found in the cache; and the
   * night's {@code sentences} rows whose analysis failed or was cut short (analysis_failed set).
   */
  public record Result(long units, long sentences, long sentencesAnalysed,
      long sentencesFromCache, long unitsReused, int filesCopied, LocalDate reusedFrom,
      long sentencesEmbedded, long sentencesFailed) {
  }

  /** "N sentences; [U units unchanged since D, rows copied (F files ...); ]A distinct ...". */
  public static String describe(Result r) {
    String reused = r.reusedFrom() == null ? ""
        : String.format("%,d units unchanged since %s, rows copied (%d files as they were); ",
            r.unitsReused(), r.reusedFrom(), r.filesCopied());
    String failed = r.sentencesFailed() == 0 ? ""
        : String.format("; %,d sentences not fully analysed (see sentences.analysis_failed)",
            r.sentencesFailed());
    return String.format("%,d sentences; %s%,d distinct sentences analysed, %,d from cache; "
        + "%,d complaint sentences embedded for discovery%s",
        r.sentences(), reused, r.sentencesAnalysed(), r.sentencesFromCache(),
        r.sentencesEmbedded(), failed);
  }

  /** One sentence of a distinct text: the split that joins texts to sentence analyses. */
  record TextSentence(String textHash, Integer sentenceIdx, String sentenceHash,
      String sentence) {
  }

  private static final RowCodec<TextSentence> TEXT_SENTENCES = RowCodec.of(TextSentence.class);

  private AnnotateJob() {
  }

  /**
   * In local mode the driver JVM is the executor: starts loading the CoreNLP models in the
   * background, so the ~5-10 s of model loading overlaps Spark's reading, de-duplication and
   * splitting (or, from {@code nightly}, the whole ingest stage) instead of following it. Tasks
   * that need the models wait for the load (class initialisation). On a cluster each executor
   * loads them on first use. Idempotent.
   */
  public static void preloadModelsIfLocal(SparkSession spark) {
    if (spark.sparkContext().isLocal()) {
      preloadModels();
    }
  }

  /**
   * The same, decided from the master URL before the Spark session exists (null: the one
   * spark-submit set, else local), so the load also overlaps Spark's start-up, which leaves a
   * core idle.
   */
  public static void preloadModelsIfLocal(String master) {
    String m = master != null ? master : System.getProperty("spark.master", "local[*]");
    if (m.startsWith("local")) {
      preloadModels();
    }
  }

  private static void preloadModels() {
    if (PRELOAD_STARTED.compareAndSet(false, true)) {
      Thread t = new Thread(() -> {
        try {
          CoreNlpAnalyzer.shared();
          SentenceEmbedder.shared();
        } catch (Throwable e) {
          // Not reported here: the first task that needs the models fails with the cause, and
          // the CLI turns that into one line (out of memory: which setting to raise).
        }
      }, "corenlp-preload");
      t.setDaemon(true);
      t.start();
    }
  }

  private static final AtomicBoolean PRELOAD_STARTED = new AtomicBoolean();

  public static Result run(SparkSession spark, PipelineConfig config) {
    preloadModelsIfLocal(spark);
    Rules rules = Rules.of(config);
    // Judges cached analyses only: ingest redacted the texts already.
    TextAnnotator annotator = rules.annotator(config.pii().redactor());
    TableWriter tables = new TableWriter(spark, config.output());
    LocalDate runDate = config.runDate();
    Dataset<Row> feedback = tables.readPartition(Tables.FEEDBACK, runDate);
    if (feedback == null) {
      throw new PipelineException(ExitCode.INPUT,
          "no feedback for run date " + runDate + " under " + config.output()
              + ": run 'papercuts ingest' (or 'nightly') for that date first");
    }
    // Until this run's sentences are written, this date offers nothing for later nights to copy.
    tables.deletePartition(Tables.UNIT_FINGERPRINTS, runDate);
    Dataset<Row> units = feedback.filter(col("text").isNotNull());
    int slices = Math.max(2, spark.sparkContext().defaultParallelism() * 4);

    // Units unchanged since the previous night: their rows are copied, not recomputed. Small
    // (two strings per unit) and used four times, so kept.
    Dataset<Row> fingerprints = UnitFingerprints.of(units, rules.hash())
        .persist(StorageLevel.MEMORY_AND_DISK());
    LocalDate previous = UnitFingerprints.previousNight(tables, runDate);
    Dataset<Row> unchanged = previous == null ? null
        : UnitFingerprints.compare(fingerprints, UnitFingerprints.ofNight(tables, previous),
            "left_semi").persist(StorageLevel.MEMORY_AND_DISK());
    long unitsReused = unchanged == null ? 0 : unchanged.count();
    if (unchanged != null && unitsReused == 0) {
      unchanged.unpersist();
      unchanged = null;
    }
    Dataset<Row> todo = unchanged == null ? units : units.join(unchanged, "unit_id", "left_anti");

    // Used twice (distinct sentences, then the join back to texts): split once.
    Dataset<Row> split = todo.select("text_hash", "text").dropDuplicates("text_hash")
        .flatMap((FlatMapFunction<Row, Row>) AnnotateJob::split, TEXT_SENTENCES.encoder())
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> distinct = split.select("sentence_hash", "sentence")
          .dropDuplicates("sentence_hash");
      Dataset<Row> cached = previousAnalyses(tables, config, distinct.select("sentence_hash"));
      Dataset<Row> missing = cached == null ? distinct
          : distinct.join(cached.select("sentence_hash"), "sentence_hash", "left_anti");

      Dataset<Row> annotated = missing.repartition(slices)
          .map((MapFunction<Row, Row>) AnnotateJob::analyse, Tables.SENTENCE_CACHE.encoder());
      tables.writePartition(annotated, Tables.SENTENCE_CACHE, runDate, slices);

      Dataset<Row> fresh = tables.readPartition(Tables.SENTENCE_CACHE, runDate)
          .select("sentence_hash", "analysis");
      Dataset<Row> analyses = cached == null ? fresh
          : cached.select("sentence_hash", "analysis").unionByName(fresh);

      // Back to one row per text with its analyses in sentence order (sentence_idx sorts first).
      Dataset<Row> byText = split.join(analyses, "sentence_hash")
          .groupBy("text_hash")
          .agg(array_sort(collect_list(
              col("analysis").withField("sentence_idx", col("sentence_idx")))).as("sentences"));

      Dataset<Row> computed = todo.join(byText, "text_hash")
          .flatMap((FlatMapFunction<Row, Row>) u -> SentenceRows.expand(u, annotator).iterator(),
              Tables.SENTENCES.encoder());
      UnitFingerprints.Carried carried = unchanged == null ? null
          : UnitFingerprints.carryOver(tables, previous, fingerprints, unchanged, slices * 3);
      Dataset<Row> all = carried == null ? computed : computed.unionByName(carried.rows());
      // Beside copied files, the few new rows go to a few files.
      int files = carried == null || carried.files().isEmpty() ? slices : Math.max(1, slices / 4);
      // Hash-partitioned and sorted within: deterministic files without the sampling pass of a
      // global sort, which would run the rules twice.
      tables.writePartition(all.repartition(files, col("unit_id"))
          .sortWithinPartitions("unit_id", "sentence_idx"), Tables.SENTENCES, runDate, files,
          carried == null ? List.of() : carried.files());
      // Then the fingerprints, whose presence tells a later night that this date's sentences are
      // complete; the counts (small jobs) alongside.
      AtomicLong embedded = new AtomicLong();
      AtomicLong unitCount = new AtomicLong();
      AtomicLong sentenceRows = new AtomicLong();
      AtomicLong analysedNow = new AtomicLong();
      AtomicLong distinctCount = new AtomicLong();
      AtomicLong failed = new AtomicLong();
      int copied = carried == null ? 0 : carried.files().size();
      boolean discovery = rules.settings().discovery();
      TableWriter.concurrently(List.of(
          () -> embedded.set(discovery ? SentenceVectors.embedNew(tables, runDate, slices) : 0),
          () -> tables.writePartition(fingerprints.repartition(1).sortWithinPartitions("unit_id"),
              Tables.UNIT_FINGERPRINTS, runDate, 1),
          () -> unitCount.set(units.count()),
          () -> sentenceRows.set(tables.readPartition(Tables.SENTENCES, runDate).count()),
          () -> analysedNow.set(fresh.count()),
          () -> distinctCount.set(distinct.count()),
          () -> failed.set(tables.readPartition(Tables.SENTENCES, runDate)
              .filter(col("analysis_failed").isNotNull()).count())));
      return new Result(unitCount.get(), sentenceRows.get(), analysedNow.get(),
          distinctCount.get() - analysedNow.get(), unitsReused, copied,
          unchanged == null ? null : previous, embedded.get(), failed.get());
    } finally {
      split.unpersist();
      fingerprints.unpersist();
      if (unchanged != null) {
        unchanged.unpersist();
      }
    }
  }

  /**
   * Cached analyses of earlier run dates for this model version, of the sentences in
   * {@code needed} only, one row per sentence hash. Filtering by the night's sentences first
   * keeps the cost to a scan of the cache: its analyses (tokens and all) are not shuffled, however
   * many nights it has grown over.
   */
  private static Dataset<Row> previousAnalyses(TableWriter tables, PipelineConfig config,
      Dataset<Row> needed) {
    Dataset<Row> all = tables.readAll(Tables.SENTENCE_CACHE);
    if (all == null) {
      return null;
    }
    // The current date's partition is excluded so a rerun of a night recomputes what it added.
    return all.filter(col(Tables.RUN_DATE).notEqual(lit(java.sql.Date.valueOf(config.runDate())))
            .and(col("model_version").equalTo(CoreNlpAnalyzer.MODEL_VERSION)))
        .join(needed, "sentence_hash", "left_semi")
        .dropDuplicates("sentence_hash");
  }

  /** A (text_hash, text) row's sentences. */
  private static Iterator<Row> split(Row text) {
    String hash = text.getAs("text_hash");
    List<String> sentences = CoreNlpAnalyzer.splitSentences(text.getAs("text"));
    List<Row> out = new ArrayList<>(sentences.size());
    for (int i = 0; i < sentences.size(); i++) {
      String s = sentences.get(i);
      out.add(TEXT_SENTENCES.row(new TextSentence(hash, i, Hashing.contentHash(s), s)));
    }
    return out.iterator();
  }

  /** A (sentence_hash, sentence) row's {@code sentence_cache} row. */
  private static Row analyse(Row sentence) {
    AnalyzedSentence a;
    try {
      a = CoreNlpAnalyzer.shared().analyzeSentence(0, sentence.getAs("sentence"));
    } catch (OutOfMemoryError e) {
      // Spark ends the JVM on an error in a task (exit 52 in local mode); an exception fails the
      // job instead, so the CLI can say which setting to raise.
      throw new PipelineException(ExitCode.INTERNAL, FailureHints.outOfMemory()
          + " (while annotating)");
    }
    return Tables.SENTENCE_CACHE.row(new SentenceCacheRow(sentence.getAs("sentence_hash"),
        CoreNlpAnalyzer.MODEL_VERSION, AnalysisRows.toRow(a)));
  }
}
