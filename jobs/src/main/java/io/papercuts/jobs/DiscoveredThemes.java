package io.papercuts.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.papercuts.embed.SentenceEmbedder;
import io.papercuts.embed.Vectors;
import io.papercuts.themes.ClusterNamer;
import io.papercuts.themes.DiscoveredTheme;
import io.papercuts.themes.ThemeDefinition;
import io.papercuts.themes.ThemeDiscovery;
import io.papercuts.themes.ThemeSettings;
import io.papercuts.themes.ThemeTerms;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The Spark side of theme discovery ({@link ThemeDiscovery}): complaint sentences of the window
 * that no taxonomy theme took, with their {@code sentence_vectors}. What reaches the driver is
 * bounded: a sample of at most {@value #SAMPLE} distinct sentences (the first by hash, a uniform
 * and repeatable choice) with their vectors, and term counts for the sample's terms only. The
 * driver clusters and names the sample; every discoverable sentence of the window is then joined
 * to its nearest theme centroid on the executors (centroids broadcast: at most a few hundred KB).
 */
final class DiscoveredThemes {

  /** Distinct sentences clustered on the driver: ~6 MB of vectors, a few seconds of k-means. */
  static final int SAMPLE = 4_000;

  /**
   * The themes; per discoverable sentence that joined one by meaning, its (sentence_hash,
   * theme_id); per other unclaimed sentence that uses a theme's words, the same.
   */
  record Found(List<DiscoveredTheme> themes, Dataset<Row> assignments, Dataset<Row> byWording,
      LocalDate clusteredOn) {
  }

  /**
   * A night reuses the previous run's themes instead of clustering again while little has
   * changed: at most this share of the window's vectors is newer than the last clustering...
   */
  static final double RECLUSTER_NEW_SHARE = 0.05;
  /** ... and that clustering is at most this many days old. */
  static final int RECLUSTER_DAYS = 7;

  /** The previous run's discovered themes and the date they were clustered on. */
  private record PreviousRun(List<DiscoveredTheme> themes, LocalDate clusteredOn) {
  }

  private static final StructType ASSIGNMENT = new StructType()
      .add("sentence_hash", DataTypes.StringType).add("theme_id", DataTypes.StringType);
  private static final StructType TERM = new StructType().add("term", DataTypes.StringType);

  private DiscoveredThemes() {
  }

  static Found find(SparkSession spark, TableWriter tables, PipelineConfig config,
      ThemeSettings settings, List<ThemeDefinition> taxonomy, Dataset<Row> sentences) {
    Dataset<Row> vectors = SentenceVectors.upTo(tables, config.runDate());
    if (!settings.discovery() || vectors == null) {
      return none(spark);
    }
    Dataset<Row> bySentence = sentences.filter(SentenceVectors.discoverable())
        .withColumn("sentence_hash", SentenceVectors.SENTENCE_HASH)
        .groupBy("sentence_hash").agg(first("text").as("text"),
            first("keyphrases").as("keyphrases"), countDistinct("person").as("customers"))
        .join(vectors, "sentence_hash");
    PreviousRun last = previous(tables, config.runDate());
    if (last != null && stillCurrent(tables, config.runDate(), last.clusteredOn())) {
      // Little new text since the last clustering: the same themes, only the assignment is new
      // (a group folded into a taxonomy theme the run no longer has is left out).
      Set<String> ids = new HashSet<>();
      taxonomy.forEach(t -> ids.add(t.id()));
      List<DiscoveredTheme> kept = last.themes().stream()
          .filter(t -> !ThemeDiscovery.isFolded(t) || ids.contains(t.id())).toList();
      return new Found(kept, assign(spark, bySentence, kept), byWording(sentences, kept),
          last.clusteredOn());
    }
    List<ThemeDiscovery.Previous> earlier = new ArrayList<>();
    if (last != null) {
      for (DiscoveredTheme t : last.themes()) {
        earlier.add(new ThemeDiscovery.Previous(t.id(), t.centroid()));
      }
    }
    List<ClusterNamer.Member> sample = new ArrayList<>();
    Set<String> terms = new HashSet<>();
    for (Row r : bySentence.orderBy("sentence_hash").limit(SAMPLE).collectAsList()) {
      List<String> keyphrases = r.getList(2);
      sample.add(new ClusterNamer.Member(r.getString(1), keyphrases,
          SentenceVectors.unboxed(r.getList(4)), r.getLong(3)));
      terms.addAll(ThemeTerms.of(r.getString(1), keyphrases));
    }
    if (sample.isEmpty()) {
      return none(spark);
    }
    ClusterNamer namer = termFrequencies(spark, tables, config.runDate(), sentences, terms);
    List<DiscoveredTheme> themes = ThemeDiscovery.discover(sample, namer, earlier,
        settings.minCustomers(), settings.maxDiscovered(), taxonomy);
    return new Found(themes, assign(spark, bySentence, themes), byWording(sentences, themes),
        config.runDate());
  }

  private static Found none(SparkSession spark) {
    Dataset<Row> empty = spark.createDataFrame(List.of(), ASSIGNMENT);
    return new Found(List.of(), empty, empty, null);
  }

  /**
   * True when the clustering of {@code clusteredOn} still stands for {@code runDate}: recent
   * enough, and at most {@link #RECLUSTER_NEW_SHARE} of the vectors up to the run date are newer.
   * Only the run_date column of {@code sentence_vectors} is read.
   */
  private static boolean stillCurrent(TableWriter tables, LocalDate runDate,
      LocalDate clusteredOn) {
    if (clusteredOn == null || clusteredOn.plusDays(RECLUSTER_DAYS).isBefore(runDate)) {
      return false;
    }
    Row n = tables.readAll(Tables.SENTENCE_VECTORS, Tables.SENTENCE_VECTORS_SCHEMA)
        .filter(col(Tables.RUN_DATE).leq(lit(java.sql.Date.valueOf(runDate))))
        .agg(count(lit(1)), org.apache.spark.sql.functions.sum(
            org.apache.spark.sql.functions.when(col(Tables.RUN_DATE).gt(
                lit(java.sql.Date.valueOf(clusteredOn))), 1L).otherwise(0L)))
        .first();
    long all = n.getLong(0);
    long newer = n.isNullAt(1) ? 0 : n.getLong(1);
    return all > 0 && newer <= RECLUSTER_NEW_SHARE * all;
  }

  /**
   * Unclaimed sentences that are not complaints (never embedded) join the theme whose distinctive
   * words they use most ({@link DiscoveredTheme#matches}); ties go to the better-ranked theme.
   */
  private static Dataset<Row> byWording(Dataset<Row> sentences, List<DiscoveredTheme> themes) {
    // Taxonomy themes count only what their rules or meaning give them, never shared words.
    List<DiscoveredTheme> list = themes.stream().filter(t -> !ThemeDiscovery.isFolded(t)).toList();
    return sentences.filter(SentenceVectors.unclaimedNonComplaint())
        .withColumn("sentence_hash", SentenceVectors.SENTENCE_HASH)
        .select("sentence_hash", "text", "keyphrases").dropDuplicates("sentence_hash")
        .flatMap((FlatMapFunction<Row, Row>) r -> {
          Set<String> terms = ThemeTerms.of(r.getString(1), r.getList(2));
          String best = null;
          int bestScore = 0;
          for (DiscoveredTheme t : list) {
            int m = t.matches(terms);
            if (m > bestScore) {
              bestScore = m;
              best = t.id();
            }
          }
          return best == null ? java.util.Collections.emptyIterator()
              : List.of(RowFactory.create(r.getString(0), best)).iterator();
        }, Encoders.row(ASSIGNMENT));
  }

  /**
   * How many window sentences (any, not only complaints) have each of the sample's terms, and
   * which terms are the corpus's subject words: in at least
   * {@link ClusterNamer#UBIQUITOUS_SHARE} of the window's sentences, or of the sentences of one
   * product (its units' {@code feedback.product}, else the source) with at least
   * {@value #MIN_PRODUCT_SENTENCES} sentences, so each app's or brand's own name counts even
   * when three brands share a corpus.
   */
  private static ClusterNamer termFrequencies(SparkSession spark, TableWriter tables,
      LocalDate runDate, Dataset<Row> sentences, Set<String> terms) {
    List<Row> termRows = new ArrayList<>(terms.size());
    for (String t : terms) {
      termRows.add(RowFactory.create(t));
    }
    Dataset<Row> wanted = spark.createDataFrame(termRows, TERM);
    Dataset<Row> feedback = tables.readAll(Tables.FEEDBACK, Tables.FEEDBACK_SCHEMA);
    Dataset<Row> withProduct = feedback == null
        ? sentences.select(col("text"), col("keyphrases"), col("source").as("product"))
        : sentences.select("unit_id", "source", "text", "keyphrases")
            .join(feedback.filter(col(Tables.RUN_DATE).leq(lit(java.sql.Date.valueOf(runDate))))
                .select("unit_id", "product").dropDuplicates("unit_id"), "unit_id", "left_outer")
            .select(col("text"), col("keyphrases"), org.apache.spark.sql.functions.coalesce(
                col("product"), col("source")).as("product"));
    Dataset<Row> sentenceTerms = withProduct.flatMap((FlatMapFunction<Row, Row>) r -> {
      List<Row> out = new ArrayList<>();
      for (String t : ThemeTerms.of(r.getString(0), r.getList(1))) {
        out.add(RowFactory.create(t, r.getString(2)));
      }
      return out.iterator();
    }, Encoders.row(TERM.add("product", DataTypes.StringType)));
    List<Row> counts = new ArrayList<>();
    List<Row> sizes = new ArrayList<>();
    // Both counts read the sentences joined to their products: joined once.
    withProduct.persist(org.apache.spark.storage.StorageLevel.MEMORY_AND_DISK());
    try {
      TableWriter.concurrently(List.of(
          () -> counts.addAll(sentenceTerms.join(org.apache.spark.sql.functions.broadcast(wanted),
              "term").groupBy("term", "product").agg(count(lit(1)).as("n")).collectAsList()),
          () -> sizes.addAll(withProduct.groupBy("product").agg(count(lit(1)).as("n"))
              .collectAsList())));
    } finally {
      withProduct.unpersist();
    }
    Map<String, Long> productSentences = new HashMap<>();
    long total = 0;
    for (Row r : sizes) {
      productSentences.put(r.getString(0), r.getLong(1));
      total += r.getLong(1);
    }
    Map<String, Long> df = new HashMap<>();
    Set<String> ubiquitous = new HashSet<>();
    for (Row r : counts) {
      df.merge(r.getString(0), r.getLong(2), Long::sum);
      long inProduct = productSentences.getOrDefault(r.getString(1), 0L);
      if (inProduct >= MIN_PRODUCT_SENTENCES
          && (r.getLong(2) >= ClusterNamer.UBIQUITOUS_SHARE * inProduct
              || r.getLong(2) >= PRODUCT_NAME_SHARE * inProduct
                  && productWords(r.getString(1)).contains(r.getString(0)))) {
        ubiquitous.add(r.getString(0));
      }
    }
    for (Map.Entry<String, Long> e : df.entrySet()) {
      if (e.getValue() >= ClusterNamer.UBIQUITOUS_SHARE * total) {
        ubiquitous.add(e.getKey());
      }
    }
    return new ClusterNamer(df, total, ubiquitous);
  }

  /** Least sentences of one product for its own ubiquitous words to count. */
  static final int MIN_PRODUCT_SENTENCES = 200;
  /** A word of a product's own name in this share of its sentences is its brand ("eats"). */
  static final double PRODUCT_NAME_SHARE = 0.02;

  /** The words of a product name, and the name run together ("Uber Eats" -> uber, eats, ubereats). */
  private static Set<String> productWords(String product) {
    String name = product == null ? "" : product.toLowerCase(java.util.Locale.ROOT);
    Set<String> words = new HashSet<>(List.of(name.split("[^\\p{L}\\p{N}]+")));
    words.add(name.replaceAll("[^\\p{L}\\p{N}]+", ""));
    return words;
  }

  /** The previous run's discovered themes for the current model, or null when none. */
  private static PreviousRun previous(TableWriter tables, LocalDate runDate) {
    Dataset<Row> all = tables.readAll(Tables.THEME_CENTROIDS, Tables.THEME_CENTROIDS_SCHEMA);
    List<DiscoveredTheme> out = new ArrayList<>();
    if (all == null) {
      return null;
    }
    Dataset<Row> earlier = all.filter(col(Tables.RUN_DATE).lt(lit(java.sql.Date.valueOf(runDate)))
        .and(col("model_version").equalTo(SentenceEmbedder.MODEL_VERSION)));
    Row last = earlier.agg(max(Tables.RUN_DATE)).first();
    if (last.isNullAt(0)) {
      return null;
    }
    LocalDate clusteredOn = null;
    // Kept in the previous run's rank order (customers of the sample), as clustering gave them.
    for (Row r : earlier.filter(col(Tables.RUN_DATE).equalTo(lit(last.getDate(0))))
        .select("theme_id", "label", "top_phrases", "representative", "centroid", "terms",
            "clustered_on", "rank").orderBy("rank").collectAsList()) {
      out.add(new DiscoveredTheme(r.getString(0), r.getString(1), r.getList(2), r.getString(3),
          SentenceVectors.unboxed(r.getList(4)), 0, r.getList(5)));
      clusteredOn = r.isNullAt(6) ? null : r.getDate(6).toLocalDate();
    }
    return new PreviousRun(out, clusteredOn);
  }

  /** Each discoverable sentence's nearest theme at or above the join similarity, on executors. */
  private static Dataset<Row> assign(SparkSession spark, Dataset<Row> bySentence,
      List<DiscoveredTheme> themes) {
    if (themes.isEmpty()) {
      return spark.createDataFrame(List.of(), ASSIGNMENT);
    }
    List<String> ids = new ArrayList<>();
    List<float[]> centroids = new ArrayList<>();
    for (DiscoveredTheme t : themes) {
      ids.add(t.id());
      centroids.add(t.centroid());
    }
    Broadcast<List<float[]>> c = new org.apache.spark.api.java.JavaSparkContext(
        spark.sparkContext()).broadcast(centroids);
    double join = ThemeDiscovery.JOIN_SIMILARITY;
    return bySentence.select("sentence_hash", "vector").mapPartitions(
        (MapPartitionsFunction<Row, Row>) rows -> nearest(rows, ids, c.value(), join),
        Encoders.row(ASSIGNMENT));
  }

  private static Iterator<Row> nearest(Iterator<Row> rows, List<String> ids,
      List<float[]> centroids, double join) {
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Row r = rows.next();
      float[] v = SentenceVectors.unboxed(r.getList(1));
      int best = -1;
      double bestSim = join;
      for (int i = 0; i < centroids.size(); i++) {
        double s = Vectors.dot(v, centroids.get(i));
        if (s >= bestSim) {
          bestSim = s;
          best = i;
        }
      }
      if (best >= 0) {
        out.add(RowFactory.create(r.getString(0), ids.get(best)));
      }
    }
    return out.iterator();
  }

  /** The {@code theme_centroids} rows of this run. */
  static List<Row> centroidRows(Found found) {
    List<Row> out = new ArrayList<>();
    int rank = 0;
    for (DiscoveredTheme t : found.themes()) {
      out.add(RowFactory.create(t.id(), t.label(), SentenceEmbedder.MODEL_VERSION,
          SentenceVectors.boxed(t.centroid()), t.topPhrases().toArray(new String[0]),
          t.representative(), t.terms().toArray(new String[0]),
          java.sql.Date.valueOf(found.clusteredOn()), ++rank));
    }
    return out;
  }
}
