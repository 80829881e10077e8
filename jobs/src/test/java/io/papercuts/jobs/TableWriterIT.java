package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
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
 * The shortcuts the stages take to launch fewer Spark jobs: a one-file sorted write gives the rows
 * of a global sort in its order, a read with a known schema gives null for a column an older
 * partition lacks (as the schema-merging read does), and concurrent steps all run before the
 * first failure is rethrown.
 */
class TableWriterIT {

  private static final LocalDate DAY1 = LocalDate.of(2026, 10, 1);
  private static final LocalDate DAY2 = LocalDate.of(2026, 10, 2);
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("local[2]", false);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void sortedPartitionIsOneFileInGlobalSortOrder(@TempDir Path out) throws Exception {
    StructType schema = new StructType().add("k", DataTypes.StringType)
        .add("n", DataTypes.IntegerType);
    List<Row> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(RowFactory.create("key" + (i * 7919 % 97), i));
    }
    TableWriter tables = new TableWriter(spark, out.toString());
    tables.writeSortedPartition(spark.createDataFrame(rows, schema).repartition(5), "t", DAY1,
        "k", "n");
    try (var files = java.nio.file.Files.list(Path.of(tables.partitionPath("t", DAY1)))) {
      assertEquals(1, files.filter(p -> p.toString().endsWith(".parquet")).count());
    }
    List<Row> back = tables.readPartition("t", DAY1).select("k", "n").collectAsList();
    List<Row> expected = spark.createDataFrame(rows, schema).sort("k", "n").collectAsList();
    assertEquals(expected, back);
  }

  @Test
  void knownSchemaReadGivesNullForColumnsOlderPartitionsLack(@TempDir Path out) {
    TableWriter tables = new TableWriter(spark, out.toString());
    StructType old = new StructType().add("id", DataTypes.StringType);
    StructType now = old.add("extra", DataTypes.IntegerType);
    tables.writePartition(spark.createDataFrame(List.of(RowFactory.create("a")), old), "t", DAY1,
        1);
    tables.writePartition(spark.createDataFrame(List.of(RowFactory.create("b", 7)), now), "t",
        DAY2, 1);
    List<Row> read = tables.readAll("t", now.add(Tables.RUN_DATE, DataTypes.DateType, false))
        .orderBy("id").collectAsList();
    assertEquals(2, read.size());
    assertNull(read.get(0).getAs("extra"));
    assertEquals(7, read.get(1).<Integer>getAs("extra"));
    assertEquals(java.sql.Date.valueOf(DAY2), read.get(1).getAs(Tables.RUN_DATE));
    assertNull(tables.readAll("missing", now));
  }

  @Test
  void concurrentStepsAllRunAndTheFirstFailureIsRethrown() {
    AtomicInteger ran = new AtomicInteger();
    PipelineException boom = new PipelineException(ExitCode.OUTPUT, "boom");
    PipelineException thrown = assertThrows(PipelineException.class, () ->
        TableWriter.concurrently(List.of(ran::incrementAndGet, () -> {
          throw boom;
        }, ran::incrementAndGet)));
    assertSame(boom, thrown);
    assertEquals(2, ran.get());
    TableWriter.concurrently(List.of(ran::incrementAndGet));
    assertTrue(ran.get() == 3);
  }
}
