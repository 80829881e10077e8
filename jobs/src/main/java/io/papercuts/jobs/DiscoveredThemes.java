package io.papercuts.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;

import io.papercuts.embed.SentenceEmbedder;
import io.papercuts.embed.Vectors;
import io.papercuts.jobs.Tables.ThemeCentroidRow;
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
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

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

  /** A sentence that joined a theme. */
  record Assignment(String sentenceHash, String themeId) {
  }

  /** A distinct discoverable sentence of the window with its embedding. */
  record Candidate(String sentenceHash, String text, List<String> keyphrases, Long customers,
      float[] vector) {
  }

  /** A sentence's embedding. */
  record Embedded(String sentenceHash, float[] vector) {
  }

  /** A distinct unclaimed sentence that may join a theme by its wording. */
  record Wording(String sentenceHash, String text, List<String> keyphrases) {
  }

  /** A sentence's words and the product it is about. */
  record ProductSentence(String text, List<String> keyphrases, String product) {
  }

  /** A term of a sentence about {@code product}. */
  record ProductTerm(String term, String product) {
  }

  /** A term of the sample, whose counts the namer needs. */
  record Term(String term) {
  }

  private static final RowCodec<Assignment> ASSIGNMENTS = RowCodec.of(Assignment.class);
  private static final RowCodec<Candidate> CANDIDATES = RowCodec.of(Candidate.class);
  private static final RowCodec<Embedded> EMBEDDED = RowCodec.of(Embedded.class);
  private static final RowCodec<Wording> WORDINGS = RowCodec.of(Wording.class);
  private static final RowCodec<ProductSentence> PRODUCT_SENTENCES =
      RowCodec.of(ProductSentence.class);
  private static final RowCodec<ProductTerm> PRODUCT_TERMS = RowCodec.of(ProductTerm.class);
  private static final RowCodec<Term> TERMS = RowCodec.of(Term.class);

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
      Candidate c = CANDIDATES.read(r);
      sample.add(new ClusterNamer.Member(c.text(), c.keyphrases(), c.vector(), c.customers()));
      terms.addAll(ThemeTerms.of(c.text(), c.keyphrases()));
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
    Dataset<Row> empty = ASSIGNMENTS.dataset(spark, List.of());
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
    Row n = tables.readAll(Tables.SENTENCE_VECTORS)
        .filter(col(Tables.RUN_DATE).leq(lit(java.sql.Date.valueOf(runDate))))
        .agg(count(lit(1)).as("all"), org.apache.spark.sql.functions.sum(
            org.apache.spark.sql.functions.when(col(Tables.RUN_DATE).gt(
                lit(java.sql.Date.valueOf(clusteredOn))), 1L).otherwise(0L)).as("newer"))
        .first();
    long all = n.<Long>getAs("all");
    Long newer = n.getAs("newer");
    newer = newer == null ? 0 : newer;
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
          Wording w = WORDINGS.read(r);
          Set<String> terms = ThemeTerms.of(w.text(), w.keyphrases());
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
              : List.of(ASSIGNMENTS.row(new Assignment(w.sentenceHash(), best))).iterator();
        }, ASSIGNMENTS.encoder());
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
    Dataset<Row> wanted = TERMS.dataset(spark, terms.stream().map(Term::new).toList());
    Dataset<Row> feedback = tables.readAll(Tables.FEEDBACK);
    Dataset<Row> withProduct = feedback == null
        ? sentences.select(col("text"), col("keyphrases"), col("source").as("product"))
        : sentences.select("unit_id", "source", "text", "keyphrases")
            .join(feedback.filter(col(Tables.RUN_DATE).leq(lit(java.sql.Date.valueOf(runDate))))
                .select("unit_id", "product").dropDuplicates("unit_id"), "unit_id", "left_outer")
            .select(col("text"), col("keyphrases"), org.apache.spark.sql.functions.coalesce(
                col("product"), col("source")).as("product"));
    Dataset<Row> sentenceTerms = withProduct.flatMap((FlatMapFunction<Row, Row>) r -> {
      ProductSentence p = PRODUCT_SENTENCES.read(r);
      List<Row> out = new ArrayList<>();
      for (String t : ThemeTerms.of(p.text(), p.keyphrases())) {
        out.add(PRODUCT_TERMS.row(new ProductTerm(t, p.product())));
      }
      return out.iterator();
    }, PRODUCT_TERMS.encoder());
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
      productSentences.put(r.getAs("product"), r.getAs("n"));
      total += r.<Long>getAs("n");
    }
    Map<String, Long> df = new HashMap<>();
    Set<String> ubiquitous = new HashSet<>();
    for (Row r : counts) {
      String term = r.getAs("term");
      String product = r.getAs("product");
      long n = r.<Long>getAs("n");
      df.merge(term, n, Long::sum);
      long inProduct = productSentences.getOrDefault(product, 0L);
      if (inProduct >= MIN_PRODUCT_SENTENCES
          && (n >= ClusterNamer.UBIQUITOUS_SHARE * inProduct
              || n >= PRODUCT_NAME_SHARE * inProduct && productWords(product).contains(term))) {
        ubiquitous.add(term);
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
    Dataset<Row> all = tables.readAll(Tables.THEME_CENTROIDS);
    List<DiscoveredTheme> out = new ArrayList<>();
    if (all == null) {
      return null;
    }
    Dataset<Row> earlier = all.filter(col(Tables.RUN_DATE).lt(lit(java.sql.Date.valueOf(runDate)))
        .and(col("model_version").equalTo(SentenceEmbedder.MODEL_VERSION)));
    java.sql.Date last = earlier.agg(max(Tables.RUN_DATE).as("last")).first().getAs("last");
    if (last == null) {
      return null;
    }
    LocalDate clusteredOn = null;
    // Kept in the previous run's rank order (customers of the sample), as clustering gave them.
    for (Row r : earlier.filter(col(Tables.RUN_DATE).equalTo(lit(last))).orderBy("rank")
        .collectAsList()) {
      ThemeCentroidRow c = Tables.THEME_CENTROIDS.read(r);
      out.add(new DiscoveredTheme(c.themeId(), c.label(), c.topPhrases(), c.representative(),
          c.centroid(), 0, c.terms()));
      clusteredOn = c.clusteredOn();
    }
    return new PreviousRun(out, clusteredOn);
  }

  /** Each discoverable sentence's nearest theme at or above the join similarity, on executors. */
  private static Dataset<Row> assign(SparkSession spark, Dataset<Row> bySentence,
      List<DiscoveredTheme> themes) {
    if (themes.isEmpty()) {
      return ASSIGNMENTS.dataset(spark, List.of());
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
        ASSIGNMENTS.encoder());
  }

  private static Iterator<Row> nearest(Iterator<Row> rows, List<String> ids,
      List<float[]> centroids, double join) {
    List<Row> out = new ArrayList<>();
    while (rows.hasNext()) {
      Embedded e = EMBEDDED.read(rows.next());
      float[] v = e.vector();
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
        out.add(ASSIGNMENTS.row(new Assignment(e.sentenceHash(), ids.get(best))));
      }
    }
    return out.iterator();
  }

  /** The {@code theme_centroids} rows of this run. */
  static List<ThemeCentroidRow> centroidRows(Found found) {
    List<ThemeCentroidRow> out = new ArrayList<>();
    int rank = 0;
    for (DiscoveredTheme t : found.themes()) {
      out.add(new ThemeCentroidRow(t.id(), t.label(), SentenceEmbedder.MODEL_VERSION,
          t.centroid(), t.topPhrases(), t.representative(), t.terms(), found.clusteredOn(),
          ++rank));
    }
    return out;
  }
}
