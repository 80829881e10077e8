package io.papercuts.jobs;

import static org.apache.spark.sql.functions.array_sort;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collect_list;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.sha2;

import java.io.FileNotFoundException;
import java.io.IOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.jdk.javaapi.CollectionConverters;

/**
 * Which units' sentence rows a night can copy from the previous night instead of recomputing.
 * A unit's rows depend only on its own columns, its text, papercuts' code and the model
 * version, so a fingerprint of those that equals last night's means last night's rows are the
 * rows this night would compute. Feedback is mostly old text re-read every night, so night 2
 * splits, joins and classifies only what is new or changed.
 */
final class UnitFingerprints {

  /** Everything {@link SentenceRows#expand} reads from a unit, text by its hash. */
  private static final List<String> INPUTS = List.of("unit_id", "source", "doc_id",
      "customer_id", "event_date", "rating", "nps", "text_hash");

  private UnitFingerprints() {
  }

  /**
   * One row per unit_id (unit_id, fingerprint). A unit_id that occurs more than once (the same
   * review in two files) gets one fingerprint over all its occurrences, so it is reused only
   * when all of them are unchanged.
   */
  static Dataset<Row> of(Dataset<Row> units) {
    List<Column> parts = new ArrayList<>();
    for (String c : INPUTS) {
      // A marker for null, so (null, 5) and (5, null) differ.
      parts.add(coalesce(col(c).cast("string"), lit("\u0000")));
    }
    parts.add(lit(CodeFingerprint.value()));
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
  static LocalDate previousNight(SparkSession spark, TableWriter tables, LocalDate runDate) {
    LocalDate best = null;
    for (LocalDate d : partitionDates(spark, tables.tablePath(Tables.UNIT_FINGERPRINTS))) {
      if (d.isBefore(runDate) && (best == null || d.isAfter(best))
          && exists(spark, tables.partitionPath(Tables.SENTENCES, d))) {
        best = d;
      }
    }
    return best;
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
    Dataset<Row> stale = tables.readPartition(Tables.UNIT_FINGERPRINTS, previous)
        .select("unit_id", "fingerprint")
        .join(fingerprints, CollectionConverters.asScala(List.of("unit_id", "fingerprint"))
            .toSeq(), "left_anti")
        .select("unit_id");
    Set<String> staleFiles = new HashSet<>();
    for (Row r : rows.select(col("unit_id"), col("_metadata.file_name").as("file"))
        .join(stale, "unit_id", "left_semi").select("file").distinct().collectAsList()) {
      staleFiles.add(r.getString(0));
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

  private static List<LocalDate> partitionDates(SparkSession spark, String table) {
    List<LocalDate> dates = new ArrayList<>();
    Path dir = new Path(table);
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (FileStatus s : fs.listStatus(dir)) {
        String name = s.getPath().getName();
        String prefix = Tables.RUN_DATE + "=";
        if (s.isDirectory() && name.startsWith(prefix)) {
          try {
            dates.add(LocalDate.parse(name.substring(prefix.length())));
          } catch (DateTimeParseException e) {
            // Not a partition papercuts wrote: ignored, like Spark ignores it.
          }
        }
      }
    } catch (FileNotFoundException e) {
      return dates;
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT, "cannot list " + dir + ": " + e.getMessage(), e);
    }
    return dates;
  }

  private static boolean exists(SparkSession spark, String path) {
    Path p = new Path(path);
    try {
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT, "cannot read " + p + ": " + e.getMessage(), e);
    }
  }
}
