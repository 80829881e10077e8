package io.papercuts.jobs;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Which units' sentence rows a night can copy from the previous night instead of recomputing.
 * A unit's rows depend only on its own columns, its text, papercuts' code and the model
 * version, so a fingerprint of those that equals last night's means last night's rows are the
 * rows this night would compute. Feedback is mostly old text re-read every night, so night 2
 * splits, joins and classifies only what is new or changed.
 */
final class UnitFingerprints {

  /**
   * Everything {@link SentenceRows#expand} reads from a unit ({@link SentenceRows.AnalysedUnit}),
   * its analyses by the hash of the text they come from.
   */
  private static final List<String> INPUTS = List.of("unit_id", "source", "doc_id",
      "customer_id", "event_date", "rating", "nps", "text_hash");

  private UnitFingerprints() {
  }

  /**
   * One row per unit_id (unit_id, fingerprint). A unit_id that occurs more than once (the same
   * review in two files) gets one fingerprint over all its occurrences, so it is reused only
   * when all of them are unchanged.
   */
  static Dataset<Row> of(Dataset<Row> units, String rulesHash) {
    List<Column> parts = new ArrayList<>();
    for (String c : INPUTS) {
      // A marker for null, so (null, 5) and (5, null) differ.
      parts.add(coalesce(col(c).cast("string"), lit("\u0000")));
    }
    parts.add(lit(CodeFingerprint.value()));
    parts.add(lit(rulesHash));
    Column one = sha2(concat_ws("\u001f", parts.toArray(Column[]::new)), 256);
    return units.select(col("unit_id"), one.as("fingerprint"))
        .groupBy("unit_id")
        .agg(sha2(concat_ws(",", array_sort(collect_list("fingerprint"))), 256)
            .as("fingerprint"));
  }

  /**
   * The latest run date before {@code runDate} with both fingerprints and sentences, or null.
   * Fingerprints are written after the sentences and deleted before a date is recomputed, so
   * their presence means that date's sentences are complete.
   */
  static LocalDate previousNight(TableWriter tables, LocalDate runDate) {
    List<LocalDate> withSentences = tables.partitionDates(Tables.SENTENCES);
    LocalDate best = null;
    for (LocalDate d : tables.partitionDates(Tables.UNIT_FINGERPRINTS)) {
      if (d.isBefore(runDate) && (best == null || d.isAfter(best)) && withSentences.contains(d)) {
        best = d;
      }
    }
    return best;
  }

  /** The (unit_id, fingerprint) rows of {@code night}'s units. */
  static Dataset<Row> ofNight(TableWriter tables, LocalDate night) {
    return tables.readPartition(Tables.UNIT_FINGERPRINTS, night).select("unit_id", "fingerprint");
  }

  /**
   * The unit_ids of {@code these} whose (unit_id, fingerprint) {@code those} also has
   * ({@code "left_semi"}) or lacks ({@code "left_anti"}).
   */
  static Dataset<Row> compare(Dataset<Row> these, Dataset<Row> those, String joinType) {
    return these.join(those, CollectionConverters.asScala(List.of("unit_id", "fingerprint"))
        .toSeq(), joinType).select("unit_id");
  }

  /**
   * The previous night's sentence rows of the {@code unchanged} units, split in two: whole files
   * that hold no other unit, to copy as they are, and the rows in the remaining files, to write
   * again with the night's new rows. Copying is what keeps a night with little new text cheap: its
   * old rows are neither decoded nor shuffled nor encoded. Each night adds a few files to the
   * copied ones, so once the previous partition has more than {@code maxFiles} files nothing is
   * copied and the night's partition is written afresh (compacted).
   */
  static Carried carryOver(TableWriter tables, LocalDate previous, Dataset<Row> fingerprints,
      Dataset<Row> unchanged, int maxFiles) {
    Dataset<Row> rows = tables.readPartition(Tables.SENTENCES, previous).drop(Tables.RUN_DATE);
    List<Path> files = tables.dataFiles(Tables.SENTENCES, previous);
    if (files.size() > maxFiles) {
      return new Carried(List.of(), rows.join(unchanged, "unit_id", "left_semi"));
    }
    // Units of the previous night that changed or are gone, and the files holding their rows.
    Dataset<Row> stale = compare(ofNight(tables, previous), fingerprints, "left_anti");
    Set<String> staleFiles = new HashSet<>();
    for (Row r : rows.select(col("unit_id"), col("_metadata.file_name").as("file"))
        .join(stale, "unit_id", "left_semi").select("file").distinct().collectAsList()) {
      staleFiles.add(r.getAs("file"));
    }
    List<Path> copies = new ArrayList<>();
    for (Path f : files) {
      if (!staleFiles.contains(f.getName())) {
        copies.add(f);
      }
    }
    Dataset<Row> rest = staleFiles.isEmpty() ? rows.limit(0)
        : rows.filter(col("_metadata.file_name").isin(staleFiles.toArray()))
            .join(unchanged, "unit_id", "left_semi");
    return new Carried(copies, rest);
  }

  /** {@link #carryOver}'s result: files to copy, rows to write again. */
  record Carried(List<Path> files, Dataset<Row> rows) {
  }
}
