package io.papercuts.jobs;

import static org.apache.spark.sql.functions.abs;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.arrays_overlap;
import static org.apache.spark.sql.functions.avg;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_set;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.countDistinct;
import static org.apache.spark.sql.functions.date_trunc;
import static org.apache.spark.sql.functions.explode;
import static org.apache.spark.sql.functions.expr;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.lower;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.regexp_replace;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.size;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.papercuts.jobs.Tables.ThemeRow;
import io.papercuts.scoring.ScoringSettings;
import io.papercuts.themes.DiscoveredTheme;
import io.papercuts.themes.StatedReasons;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.storage.StorageLevel;

/**
 * Stage 3: sentences of the window -> {@code themes}, {@code theme_examples},
 * {@code customer_frictions}, {@code stated_vs_unstated}, {@code theme_trends}.
 *
 * <p>A theme mention is a sentence matched by a taxonomy theme (themes were assigned in annotate),
 * or a complaint sentence with no taxonomy theme that joined a theme discovered by meaning in this
 * window ({@link DiscoveredThemes}); {@code sentence_themes} lists them all. Per-theme counts are
 * aggregated in Spark; only one row per theme reaches the driver, where {@link ThemeScoring}
 * computes lift, score and rank.
 */
public final class SummarizeJob {

  static final int EXAMPLES_PER_THEME = 5;

  /**
   * Stars (r - 1) / 4 or NPS n / 10: one 0..1 scale for the rating delta, counted in twentieths
   * ((r - 1) * 5 or n * 2, an integer) so sums are exact whatever the partitioning (a cluster run
   * equals a local one bit for bit); {@link #RATING_UNITS} turns a sum back into 0..1.
   */
  private static final Column NORMALISED_RATING = org.apache.spark.sql.functions.coalesce(
      col("rating").minus(1).multiply(5), col("nps").multiply(2)).cast(DataTypes.LongType);
  private static final double RATING_UNITS = 20.0;

  /** The cue shown with a quote: the first one that is not negated and says why it is a cut. */
  private static final Column QUOTE_CUE = org.apache.spark.sql.functions.expr(
      "try_element_at(filter(cues, c -> NOT c.negated AND c.type IN "
          + io.papercuts.cues.CueType.papercutCueLabels().stream().map(l -> "'" + l + "'")
              .collect(java.util.stream.Collectors.joining(", ", "(", ")")) + "), 1).phrase");

  private static final Column[] MENTION_BASE = {col("person"), col("customer_id"),
      col("unit_id"), col("sentence_idx"), col("source"), col("event_date"), col("rating"),
      col("nps"), col("text"), col("is_complaint"), col("is_quiet"), col("is_mixed"), col("cues")};

  public record Result(long themes) {
  }

  private SummarizeJob() {
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    SummaryInputs in = SummaryInputs.read(spark, config);
    Rules rules = Rules.of(config);
    TableWriter tables = new TableWriter(spark, config.output());
    Dataset<Row> sentences = in.sentences.persist(StorageLevel.MEMORY_AND_DISK());
    DiscoveredThemes.Found found = DiscoveredThemes.find(spark, tables, config,
        rules.settings(), rules.taxonomy().themes(), sentences);
    // Groups folded into a taxonomy theme add to that theme's figures, not a theme of their own.
    List<DiscoveredTheme> discovered = found.themes().stream()
        .filter(t -> !io.papercuts.themes.ThemeDiscovery.isFolded(t)).toList();
    Dataset<Row> mentions = mentions(sentences, found)
        .unionByName(structuralMentions(in, sentences, rules))
        .persist(StorageLevel.MEMORY_AND_DISK());
    // Used by the theme statistics and the totals: computed once.
    Dataset<Row> population = in.population.persist(StorageLevel.MEMORY_AND_DISK());
    try {
      List<ReasonTheme> reasonThemeRows = reasonThemes(in.responses, rules);
      Dataset<Row> reasonThemes = REASON_THEMES.dataset(spark, reasonThemeRows);

      // The per-theme counts and the totals are independent small collects: run together.
      AtomicReference<List<ThemeScoring.ThemeCounts>> stats = new AtomicReference<>();
      AtomicReference<ThemeScoring.Overall> totals = new AtomicReference<>();
      TableWriter.concurrently(List.of(
          () -> stats.set(themeStats(mentions, in, population, reasonThemeRows)),
          () -> totals.set(overall(sentences, in, population))));
      List<ThemeRow> themeRows = ThemeScoring.score(stats.get(), totals.get(), rules.taxonomy(),
          discovered, ScoringSettings.fromMap(config.namespace("scoring.")));
      // Each summary table is one file sorted within it (no global sort's sampling job); the
      // tables are independent reads of the cached mentions, written at the same time.
      TableWriter.concurrently(List.of(
          () -> tables.writePartition(Tables.THEMES.dataset(spark, themeRows), Tables.THEMES,
              config.runDate(), 1),
          () -> tables.writeSortedPartition(examples(mentions), Tables.THEME_EXAMPLES,
              config.runDate(), "theme_id", "rank"),
          () -> tables.writeSortedPartition(frictions(mentions), Tables.CUSTOMER_FRICTIONS,
              config.runDate(), "customer_id", "theme_id"),
          () -> tables.writeSortedPartition(statedVsUnstated(mentions, in.responses, reasonThemes,
              spark), Tables.STATED_VS_UNSTATED, config.runDate(), col("stated_reason"),
              col("customers").desc(), col("theme_id")),
          () -> tables.writeSortedPartition(trends(mentions, sentences), Tables.THEME_TRENDS,
              config.runDate(), "theme_id", "week"),
          () -> tables.writeSortedPartition(sentenceThemes(mentions), Tables.SENTENCE_THEMES,
              config.runDate(), "unit_id", "sentence_idx", "theme_id"),
          () -> tables.writePartition(Tables.THEME_CENTROIDS.dataset(spark,
              DiscoveredThemes.centroidRows(found)), Tables.THEME_CENTROIDS, config.runDate(),
              1)));
      return new Result(themeRows.size());
    } finally {
      population.unpersist();
      mentions.unpersist();
      sentences.unpersist();
    }
  }

  /**
   * A mention per (sentence, theme): taxonomy themes as annotate matched them, complaint
   * sentences that joined a discovered theme by meaning, and other unclaimed sentences that use a
   * discovered theme's distinctive words (so, like a taxonomy theme, a discovered one counts its
   * neutral mentions too and its negative_share says how often it was a complaint).
   */
  private static Dataset<Row> mentions(Dataset<Row> sentences, DiscoveredThemes.Found found) {
    Dataset<Row> taxonomy = sentences.select(concat(MENTION_BASE,
        explode(col("theme_ids")).as("theme_id")));
    Dataset<Row> byMeaning = sentences.filter(SentenceVectors.discoverable())
        .withColumn("sentence_hash", SentenceVectors.SENTENCE_HASH)
        .join(found.assignments(), "sentence_hash")
        .select(concat(MENTION_BASE, col("theme_id")));
    Dataset<Row> byWording = sentences.filter(SentenceVectors.unclaimedNonComplaint())
        .withColumn("sentence_hash", SentenceVectors.SENTENCE_HASH)
        .join(found.byWording(), "sentence_hash")
        .select(concat(MENTION_BASE, col("theme_id")));
    return taxonomy.unionByName(byMeaning).unionByName(byWording);
  }

  /** {@code sentence_themes}: what each theme's figures count, and where it came from. */
  private static Dataset<Row> sentenceThemes(Dataset<Row> mentions) {
    return mentions.select(col("unit_id"), col("sentence_idx"), col("theme_id"),
        when(col("sentence_idx").lt(0), lit("structure"))
            .when(col("theme_id").startsWith(DiscoveredTheme.ID_PREFIX), lit("discovered"))
            .otherwise(lit("taxonomy")).as("origin"))
        .dropDuplicates("unit_id", "sentence_idx", "theme_id");
  }

  /**
   * Themes a conversation's structure implies (transferred twice, a long hold): the customer
   * experienced them whether or not they said so, so each counts as a quiet complaint mention with
   * no quote. Customers without an id cannot be joined to churn and are left out.
   */
  private static Dataset<Row> structuralMentions(SummaryInputs in, Dataset<Row> sentences,
      Rules rules) {
    if (in.contacts == null) {
      return sentences.limit(0).select(
          concat(MENTION_BASE, lit(null).cast(DataTypes.StringType).as("theme_id")));
    }
    // A replaced taxonomy may not have the effort themes ingest implies: those are left out.
    Column known = expr("filter(implied_themes, t -> array_contains(array("
        + String.join(", ", rules.taxonomy().ids().stream().map(id -> "'" + id + "'").toList())
        + "), t))");
    return in.contacts.withColumn("implied_themes", known)
        .filter(col("customer_id").isNotNull().and(size(col("implied_themes")).gt(0)))
        .select(col("customer_id").as("person"), col("customer_id"),
            org.apache.spark.sql.functions.concat(lit("contact:"), col("doc_id")).as("unit_id"),
            lit(-1).as("sentence_idx"), lit("transcript").as("source"),
            org.apache.spark.sql.functions.to_date(col("started_at")).as("event_date"),
            lit(null).cast(DataTypes.IntegerType).as("rating"),
            lit(null).cast(DataTypes.IntegerType).as("nps"),
            lit(null).cast(DataTypes.StringType).as("text"), lit(true).as("is_complaint"),
            lit(true).as("is_quiet"), lit(false).as("is_mixed"),
            org.apache.spark.sql.functions.array().cast(CUES).as("cues"),
            explode(col("implied_themes")).as("theme_id"));
  }

  private static Column[] concat(Column[] cols, Column extra) {
    Column[] all = java.util.Arrays.copyOf(cols, cols.length + 1);
    all[cols.length] = extra;
    return all;
  }

  /** The type of {@code sentences.cues}. */
  private static final DataType CUES =
      Tables.SENTENCES.schemaWithoutRunDate().apply("cues").dataType();

  /** A stated reason that names a theme. */
  record ReasonTheme(String statedReason, String themeId) {
  }

  private static final RowCodec<ReasonTheme> REASON_THEMES = RowCodec.of(ReasonTheme.class);

  /** Every stated reason in the window that names a theme, with the theme. */
  private static List<ReasonTheme> reasonThemes(Dataset<Row> responses, Rules rules) {
    List<ReasonTheme> rows = new ArrayList<>();
    if (responses != null) {
      StatedReasons reasons = rules.statedReasons();
      // A survey's reasons are a short choice list; the cap guards against free-text columns.
      for (Row r : responses.select("stated_reason").where(col("stated_reason").isNotNull())
          .distinct().limit(10_000).collectAsList()) {
        String reason = r.getAs("stated_reason");
        for (String theme : reasons.themesNamedBy(reason)) {
          rows.add(new ReasonTheme(reason, theme));
        }
      }
    }
    return rows;
  }

  /**
   * One row per theme with the counts {@link ThemeScoring} needs, in two aggregations: per theme
   * and person, then per theme. A person is one customer id or one anonymous reviewer, so the
   * person fixes the customer id, and a unit (with its one rating) belongs to one person; counting
   * persons, their distinct rated units and their customer ids per theme therefore gives the
   * distinct counts directly. A theme counts only when one of its persons is in the population
   * (people heard from in the window's sentences), as the churn statistics need.
   */
  private static List<ThemeScoring.ThemeCounts> themeStats(Dataset<Row> mentions,
      SummaryInputs in, Dataset<Row> population, List<ReasonTheme> reasonThemes) {
    Dataset<Row> perPerson = mentions.groupBy("theme_id", "person").agg(
        max("customer_id").as("customer_id"), count(lit(1)).as("mentions"),
        sum(when(col("is_complaint"), 1).otherwise(0)).as("complaint_mentions"),
        sum(when(col("is_quiet"), 1).otherwise(0)).as("quiet_mentions"),
        sum(when(col("is_mixed").and(col("is_complaint")), 1).otherwise(0)).as("mixed_mentions"),
        collect_set(when(NORMALISED_RATING.isNotNull(),
            struct(col("unit_id"), NORMALISED_RATING.as("r")))).as("rated_units"))
        .join(population.withColumn("in_population", lit(true)), toSeq("person"), "left");
    Column stated;
    Column named;
    if (in.responses != null) {
      perPerson = perPerson.join(in.responses.where(col("stated_reason").isNotNull())
          .groupBy("customer_id").agg(collect_set("stated_reason").as("reasons")),
          toSeq("customer_id"), "left");
      stated = sum(when(col("reasons").isNotNull(), 1L).otherwise(0L));
      named = sum(when(namesTheme(reasonThemes), 1L).otherwise(0L));
    } else {
      stated = lit(0L);
      named = lit(0L);
    }
    List<Row> stats = perPerson.groupBy("theme_id").agg(
            count(lit(1)).as("customers"), sum("mentions").as("mentions"),
            sum("complaint_mentions").as("complaint_mentions"),
            sum("quiet_mentions").as("quiet_mentions"),
            sum("mixed_mentions").as("mixed_mentions"),
            sum(when(col("in_population").and(col("churned")), 1L).otherwise(0L))
                .as("churned_customers"),
            sum(expr("aggregate(rated_units, 0L, (a, u) -> a + u.r)")).divide(RATING_UNITS)
                .as("rating_sum"),
            sum(size(col("rated_units"))).as("rating_count"),
            stated.as("customers_with_stated"), named.as("stated_customers"),
            max(col("in_population")).as("in_population"))
        .filter(col("in_population"))
        // One row per theme: bounded by the taxonomy size plus themes.discovery.max_themes.
        .collectAsList();
    List<ThemeScoring.ThemeCounts> counts = new ArrayList<>(stats.size());
    stats.forEach(r -> counts.add(ThemeScoring.COUNTS.read(r)));
    counts.sort(java.util.Comparator.comparing(ThemeScoring.ThemeCounts::themeId));
    return counts;
  }

  /** True when one of the person's stated reasons names the row's theme (reasons may be null). */
  private static Column namesTheme(List<ReasonTheme> reasonThemes) {
    Map<String, List<String>> reasonsByTheme = new java.util.TreeMap<>();
    for (ReasonTheme r : reasonThemes) {
      reasonsByTheme.computeIfAbsent(r.themeId(), k -> new ArrayList<>()).add(r.statedReason());
    }
    Column names = lit(false);
    for (Map.Entry<String, List<String>> e : reasonsByTheme.entrySet()) {
      Column[] reasons = e.getValue().stream().map(org.apache.spark.sql.functions::lit)
          .toArray(Column[]::new);
      names = when(col("theme_id").equalTo(e.getKey()),
          arrays_overlap(col("reasons"), array(reasons))).otherwise(names);
    }
    return col("reasons").isNotNull().and(org.apache.spark.sql.functions.coalesce(names, lit(false)));
  }

  /** Totals over everyone heard from in the window. */
  private static ThemeScoring.Overall overall(Dataset<Row> sentences, SummaryInputs in,
      Dataset<Row> population) {
    Row people = population.agg(count(lit(1)).as("people"),
        sum(when(col("churned"), 1).otherwise(0)).as("churned")).first();
    Row ratings = sentences.withColumn("r", NORMALISED_RATING).filter(col("r").isNotNull())
        .select("unit_id", "r").distinct()
        .agg(sum("r").divide(RATING_UNITS).as("sum"), count(lit(1)).as("count")).first();
    boolean churnKnown = in.customers != null
        && !in.customers.filter(col("source").equalTo("crm")).isEmpty();
    Long churned = people.getAs("churned");
    Double ratingSum = ratings.getAs("sum");
    return new ThemeScoring.Overall(people.<Long>getAs("people"), churned == null ? 0L : churned,
        ratingSum == null ? 0.0 : ratingSum, ratings.<Long>getAs("count"), churnKnown);
  }

  /** A few varied, de-duplicated complaint quotes per theme: quiet ones and varied sources first. */
  private static Dataset<Row> examples(Dataset<Row> mentions) {
    Column variety = abs(hash(col("unit_id"), col("sentence_idx")));
    Column[] quietVariedFirst = {col("is_quiet").desc(), variety, col("unit_id"),
        col("sentence_idx")};
    // One quote per wording and theme, chosen by the same order as the ranking below rather than
    // by dropDuplicates, which keeps whichever row a partition meets first: a rerun must pick the
    // same customer's words.
    Dataset<Row> candidates = mentions.filter(col("is_complaint")
            .and(length(col("text")).between(20, 300)))
        .withColumn("dedup", regexp_replace(lower(col("text")), "[^a-z0-9]+", " "))
        .withColumn("copy", row_number().over(Window.partitionBy("theme_id", "dedup")
            .orderBy(quietVariedFirst)))
        .filter(col("copy").equalTo(1));
    return candidates
        .withColumn("source_rank", row_number().over(Window.partitionBy("theme_id", "source")
            .orderBy(quietVariedFirst)))
        .withColumn("rank", row_number().over(Window.partitionBy("theme_id")
            .orderBy(col("source_rank"), col("is_quiet").desc(), variety, col("unit_id"),
                col("sentence_idx"))))
        .filter(col("rank").leq(EXAMPLES_PER_THEME))
        .select(col("theme_id"), col("rank"), col("text").as("quote"), col("source"),
            QUOTE_CUE.as("cue"), col("is_quiet"),
            col("unit_id"), col("event_date"));
  }

  private static Dataset<Row> frictions(Dataset<Row> mentions) {
    return mentions.filter(col("customer_id").isNotNull())
        .groupBy("customer_id", "theme_id").agg(
            count(lit(1)).as("mentions"),
            sum(when(col("is_quiet"), 1L).otherwise(0L)).as("quiet_mentions"),
            array_sort(collect_set("source")).as("channels"),
            min("event_date").as("first_date"), max("event_date").as("last_date"));
  }

  private static Dataset<Row> statedVsUnstated(Dataset<Row> mentions, Dataset<Row> responses,
      Dataset<Row> reasonThemes, SparkSession spark) {
    if (responses == null) {
      return Tables.STATED_VS_UNSTATED.dataset(spark, List.of());
    }
    return responses.select("customer_id", "stated_reason").where(col("stated_reason").isNotNull())
        .join(mentions.select("customer_id", "theme_id").distinct(), "customer_id")
        .groupBy("stated_reason", "theme_id").agg(countDistinct("customer_id").as("customers"))
        .join(reasonThemes.withColumn("reason_names_theme", lit(true)),
            toSeq("stated_reason", "theme_id"), "left")
        .select(col("stated_reason"), col("theme_id"), col("customers"),
            org.apache.spark.sql.functions.coalesce(col("reason_names_theme"), lit(false))
                .as("reason_names_theme"));
  }

  /**
   * Per theme and week; {@code mention_share} divides by the week's sentences, so a week with far
   * more feedback (a review campaign) is not a spike of every theme.
   */
  private static Dataset<Row> trends(Dataset<Row> mentions, Dataset<Row> sentences) {
    Column week = date_trunc("week", col("event_date")).cast(DataTypes.DateType);
    Dataset<Row> volume = sentences.filter(col("event_date").isNotNull())
        .groupBy(week.as("week")).agg(count(lit(1)).as("week_sentences"));
    return mentions.filter(col("event_date").isNotNull())
        .withColumn("week", week)
        .groupBy("theme_id", "week").agg(
            count(lit(1)).as("mentions"), countDistinct("person").as("customers"),
            avg(when(col("is_complaint"), 1.0).otherwise(0.0)).as("negative_share"))
        .join(volume, toSeq("week"), "left")
        .select(col("theme_id"), col("week"), col("mentions"), col("customers"),
            col("negative_share"), col("week_sentences"),
            col("mentions").divide(col("week_sentences")).as("mention_share"));
  }

  private static scala.collection.immutable.Seq<String> toSeq(String... cols) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(cols)).toList();
  }
}
