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
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The shortcuts the stages take to launch fewer Spark jobs: a one-file sorted write gives the rows
 * of a global sort in its order, a read with a known schema gives null for a column an older
 * partition lacks (as the schema-merging read does), and concurrent steps all run before the
 * first failure is rethrown; and a write whose rows are not the table's is refused.
 */
class TableWriterIT {

  private static final LocalDate DAY1 = LocalDate.of(2026, 10, 1);
  private static final LocalDate DAY2 = LocalDate.of(2026, 10, 2);

  record Keyed(String k, Integer n) {
  }

  record Old(String id) {
  }

  record Now(String id, Integer extra) {
  }

  private static final Table<Keyed> KEYED = Table.of("t", Keyed.class);
  private static final Table<Old> OLD = Table.of("t", Old.class);
  private static final Table<Now> NOW = Table.of("t", Now.class);
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
    List<Keyed> rows = new ArrayList<>();
    for (int i = 0; i < 500; i++) {
      rows.add(new Keyed("key" + (i * 7919 % 97), i));
    }
    TableWriter tables = new TableWriter(spark, out.toString());
    tables.writeSortedPartition(KEYED.dataset(spark, rows).repartition(5), KEYED, DAY1, "k",
        "n");
    try (var files = java.nio.file.Files.list(Path.of(tables.partitionPath(KEYED, DAY1)))) {
      assertEquals(1, files.filter(p -> p.toString().endsWith(".parquet")).count());
    }
    List<Row> back = tables.readPartition(KEYED, DAY1).select("k", "n").collectAsList();
    List<Row> expected = KEYED.dataset(spark, rows).sort("k", "n").collectAsList();
    assertEquals(expected, back);
  }

  @Test
  void knownSchemaReadGivesNullForColumnsOlderPartitionsLack(@TempDir Path out) {
    TableWriter tables = new TableWriter(spark, out.toString());
    tables.writePartition(OLD.dataset(spark, List.of(new Old("a"))), OLD, DAY1, 1);
    tables.writePartition(NOW.dataset(spark, List.of(new Now("b", 7))), NOW, DAY2, 1);
    List<Row> read = tables.readAll(NOW).orderBy("id").collectAsList();
    assertEquals(2, read.size());
    assertEquals(new Now("a", null), NOW.read(read.get(0)));
    assertEquals(new Now("b", 7), NOW.read(read.get(1)));
    assertEquals(java.sql.Date.valueOf(DAY2), read.get(1).getAs(Tables.RUN_DATE));
    assertNull(tables.readAll(Table.of("missing", Now.class)));
  }

  @Test
  void aDatasetThatIsNotTheTablesIsRefusedBeforeAnythingIsWritten(@TempDir Path out) {
    TableWriter tables = new TableWriter(spark, out.toString());
    IllegalStateException e = assertThrows(IllegalStateException.class,
        () -> tables.writePartition(OLD.dataset(spark, List.of(new Old("a"))), NOW, DAY1, 1));
    assertEquals("table t does not match its contract (Tables, docs/schema.md): column extra is "
        + "missing", e.getMessage());
    assertTrue(tables.partitionDates(NOW).isEmpty());
    // The run_date column a read partition carries is not part of the check.
    tables.writePartition(NOW.dataset(spark, List.of(new Now("b", 7))), NOW, DAY1, 1);
    tables.writePartition(tables.readPartition(NOW, DAY1), NOW, DAY2, 1);
    assertEquals(List.of(new Now("b", 7)),
        tables.readPartition(NOW, DAY2).collectAsList().stream().map(NOW::read).toList());
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
