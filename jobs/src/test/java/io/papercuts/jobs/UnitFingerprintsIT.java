package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Which of the previous night's sentence files a night copies: only files whose every unit is
 * unchanged; the unchanged units' rows in the other files are carried as rows; past the file
 * limit nothing is copied (compaction) and every unchanged unit's rows are carried.
 */
class UnitFingerprintsIT {

  private static final LocalDate PREVIOUS = LocalDate.of(2026, 10, 1);
  private static final StructType SENTENCE = new StructType().add("unit_id", DataTypes.StringType)
      .add("sentence_idx", DataTypes.IntegerType);
  private static final StructType FINGERPRINT = new StructType()
      .add("unit_id", DataTypes.StringType).add("fingerprint", DataTypes.StringType);
  private static SparkSession spark;

  @TempDir
  static Path out;
  static TableWriter tables;
  static Dataset<Row> current;
  static Dataset<Row> unchanged;

  @BeforeAll
  static void previousNight() throws Exception {
    spark = SparkSessions.create("local[2]", false);
    tables = new TableWriter(spark, out.toString());
    // The previous night's sentences in four files; u4 changes tonight, u5 is gone.
    Map<String, List<String>> files = new TreeMap<>(Map.of(
        "a", List.of("u1", "u2"), "b", List.of("u3"), "c", List.of("u4", "u5", "u8"),
        "d", List.of("u6")));
    Path partition = Path.of(tables.partitionPath(Tables.SENTENCES, PREVIOUS));
    Files.createDirectories(partition);
    List<Row> previousPrints = new ArrayList<>();
    for (Map.Entry<String, List<String>> file : files.entrySet()) {
      List<Row> rows = new ArrayList<>();
      for (String unit : file.getValue()) {
        rows.add(RowFactory.create(unit, 0));
        rows.add(RowFactory.create(unit, 1));
        previousPrints.add(RowFactory.create(unit, "same"));
      }
      Path one = out.resolve("files-" + file.getKey());
      spark.createDataFrame(rows, SENTENCE).coalesce(1).write().parquet(one.toString());
      try (Stream<Path> parts = Files.list(one)) {
        Path part = parts.filter(p -> p.toString().endsWith(".parquet")).findFirst().orElseThrow();
        Files.copy(part, partition.resolve("part-" + file.getKey() + ".parquet"));
      }
    }
    tables.writePartition(spark.createDataFrame(previousPrints, FINGERPRINT),
        Tables.UNIT_FINGERPRINTS, PREVIOUS, 1);
    current = spark.createDataFrame(List.of(RowFactory.create("u1", "same"),
        RowFactory.create("u2", "same"), RowFactory.create("u3", "same"),
        RowFactory.create("u4", "changed"), RowFactory.create("u6", "same"),
        RowFactory.create("u7", "new"), RowFactory.create("u8", "same")), FINGERPRINT);
    unchanged = UnitFingerprints.compare(current, UnitFingerprints.ofNight(tables, PREVIOUS),
        "left_semi");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void copiesFilesWithOnlyUnchangedUnitsAndCarriesTheRestAsRows() {
    UnitFingerprints.Carried carried =
        UnitFingerprints.carryOver(tables, PREVIOUS, current, unchanged, 10);
    assertEquals(List.of("part-a.parquet", "part-b.parquet", "part-d.parquet"),
        carried.files().stream().map(p -> p.getName()).toList());
    assertEquals(List.of("u8/0", "u8/1"), units(carried.rows()));
  }

  @Test
  void pastTheFileLimitCopiesNothingAndCarriesEveryUnchangedUnit() {
    UnitFingerprints.Carried carried =
        UnitFingerprints.carryOver(tables, PREVIOUS, current, unchanged, 3);
    assertEquals(List.of(), carried.files());
    assertEquals(List.of("u1/0", "u1/1", "u2/0", "u2/1", "u3/0", "u3/1", "u6/0", "u6/1", "u8/0",
        "u8/1"), units(carried.rows()));
  }

  private static List<String> units(Dataset<Row> rows) {
    return rows.orderBy("unit_id", "sentence_idx").collectAsList().stream()
        .map(r -> r.getAs("unit_id") + "/" + r.getAs("sentence_idx")).toList();
  }
}
