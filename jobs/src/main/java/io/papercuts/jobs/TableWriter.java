package io.papercuts.jobs;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.FileUtil;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;

/**
 * Writes and reads one run date's partition of a table under the output root, Hive-style
 * ({@code <out>/<table>/run_date=YYYY-MM-DD/}).
 *
 * <p>A partition is written to {@code <out>/_staging/} first and then swapped in by directory
 * rename, so a run killed while writing leaves the previous partition readable, and a rerun of the
 * same date replaces it whole, even when the new result has zero rows (which Spark's dynamic
 * overwrite alone would leave stale). Every write is checked against its table's contract
 * ({@link Table#check}) before anything runs. Driver-side only; writes of different tables may
 * run on several driver threads at once ({@link #concurrently}).
 */
public final class TableWriter {

  private final SparkSession spark;
  private final String outputRoot;

  public TableWriter(SparkSession spark, String outputRoot) {
    this.spark = spark;
    this.outputRoot = stripSlash(outputRoot);
  }

  public String tablePath(Table<?> table) {
    return outputRoot + "/" + table.name();
  }

  public String partitionPath(Table<?> table, LocalDate runDate) {
    return tablePath(table) + "/" + Tables.RUN_DATE + "=" + runDate;
  }

  /**
   * Fails with {@link ExitCode#OUTPUT} unless the output root can be created and written (a probe
   * file in its staging folder), so a bad --output stops a run before any work, not after it.
   */
  public void checkWritable() {
    Path probe = new Path(outputRoot + "/_staging/.write-probe");
    try {
      FileSystem fs = probe.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(probe.getParent());
      fs.create(probe, true).close();
      fs.delete(probe, false);
    } catch (IOException | RuntimeException e) {
      throw new PipelineException(ExitCode.OUTPUT, "cannot write to the output " + outputRoot
          + ": " + e.getMessage() + " (choose a writable --output)", e);
    }
  }

  /** Removes the {@code runDate} partition of {@code table} if present. */
  public void deletePartition(Table<?> table, LocalDate runDate) {
    Path p = new Path(partitionPath(table, runDate));
    try {
      p.getFileSystem(spark.sparkContext().hadoopConfiguration()).delete(p, true);
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT, "cannot delete " + p + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code rows} (without the run_date column) as the {@code runDate} partition of
   * {@code table}, in {@code files} files, replacing what was there.
   *
   * @throws IllegalStateException when the rows' columns are not the table's
   *     ({@link Table#check}); nothing is written then
   */
  public void writePartition(Dataset<Row> rows, Table<?> table, LocalDate runDate, int files) {
    writePartition(rows, table, runDate, files, List.of());
  }

  /**
   * As {@link #writePartition(Dataset, Table, LocalDate, int)}, plus {@code copies}: Parquet
   * files of the same table (same schema) copied unchanged into the new partition beside the
   * written ones, so rows that would be rewritten identically are not read, shuffled and encoded
   * again. Their names (Spark's unique part names) are kept.
   */
  public void writePartition(Dataset<Row> rows, Table<?> table, LocalDate runDate, int files,
      List<Path> copies) {
    String staging = outputRoot + "/_staging/" + table.name() + "/" + Tables.RUN_DATE + "="
        + runDate;
    Dataset<Row> body = rows.columns().length > 0 && hasColumn(rows, Tables.RUN_DATE)
        ? rows.drop(Tables.RUN_DATE) : rows;
    table.check(body.schema());
    try {
      body.coalesce(Math.max(1, files)).write().mode(SaveMode.Overwrite)
          .option("compression", "snappy").parquet(staging);
    } catch (RuntimeException e) {
      String reason = FailureHints.writeFailure(e);
      if (reason == null) {
        throw e;
      }
      throw new PipelineException(ExitCode.OUTPUT, "writing " + table + " to " + staging
          + " failed: " + reason + " (free space or choose another --output; rerun the date)", e);
    }
    Path stagingDir = new Path(staging);
    try {
      FileSystem fs = stagingDir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      for (Path from : copies) {
        Path to = new Path(stagingDir, from.getName());
        if (fs.exists(to) || !FileUtil.copy(fs, from, fs, to, false, fs.getConf())) {
          throw new IOException("cannot copy " + from + " to " + to);
        }
      }
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT,
          "writing " + staging + " failed: " + e.getMessage(), e);
    }
    swap(stagingDir, new Path(partitionPath(table, runDate)));
  }

  /** The run dates that have a partition of {@code table}, in no particular order. */
  public List<LocalDate> partitionDates(Table<?> table) {
    String prefix = Tables.RUN_DATE + "=";
    List<LocalDate> dates = new ArrayList<>();
    for (FileStatus s : list(new Path(tablePath(table)))) {
      String name = s.getPath().getName();
      if (s.isDirectory() && name.startsWith(prefix)) {
        try {
          dates.add(LocalDate.parse(name.substring(prefix.length())));
        } catch (DateTimeParseException e) {
          // Not a partition papercuts wrote: ignored, as Spark ignores it.
        }
      }
    }
    return dates;
  }

  /** The Parquet data files of the {@code runDate} partition of {@code table} (none if absent). */
  public List<Path> dataFiles(Table<?> table, LocalDate runDate) {
    List<Path> out = new ArrayList<>();
    for (FileStatus f : list(new Path(partitionPath(table, runDate)))) {
      String name = f.getPath().getName();
      if (f.isFile() && name.endsWith(".parquet") && !name.startsWith("_")
          && !name.startsWith(".")) {
        out.add(f.getPath());
      }
    }
    out.sort(null);
    return out;
  }

  /** The entries of {@code dir}, none when it does not exist. */
  private FileStatus[] list(Path dir) {
    try {
      FileSystem fs = dir.getFileSystem(spark.sparkContext().hadoopConfiguration());
      return fs.exists(dir) ? fs.listStatus(dir) : new FileStatus[0];
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT, "cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /**
   * Writes {@code rows} as the {@code runDate} partition of {@code table} in one file, sorted by
   * {@code order}: the rows and their order are those of a global sort followed by
   * {@code coalesce(1)}, but without the global sort's sampling job and range shuffle. For tables
   * small enough to be one file.
   */
  public void writeSortedPartition(Dataset<Row> rows, Table<?> table, LocalDate runDate,
      String... order) {
    Column[] cols = new Column[order.length];
    for (int i = 0; i < order.length; i++) {
      cols[i] = org.apache.spark.sql.functions.col(order[i]);
    }
    writeSortedPartition(rows, table, runDate, cols);
  }

  /** {@link #writeSortedPartition(Dataset, Table, LocalDate, String...)} with sort expressions. */
  public void writeSortedPartition(Dataset<Row> rows, Table<?> table, LocalDate runDate,
      Column... order) {
    writePartition(rows.coalesce(1).sortWithinPartitions(order), table, runDate, 1);
  }

  /**
   * Runs independent steps (partition writes, small collects) at the same time, each on its own
   * driver thread, and waits for all of them. A small step's time is mostly driver work (planning,
   * code generation, scheduling, commit) and waiting, which overlap; Spark accepts jobs from
   * several threads. Each step's output is what it would be alone. Rethrows the first failure
   * once every step has finished.
   */
  public static void concurrently(List<Runnable> steps) {
    if (steps.size() <= 1) {
      steps.forEach(Runnable::run);
      return;
    }
    ExecutorService pool = Executors.newFixedThreadPool(steps.size(), r -> {
      Thread t = new Thread(r, "papercuts-step");
      t.setDaemon(true);
      return t;
    });
    try {
      List<Future<?>> running = new ArrayList<>();
      for (Runnable step : steps) {
        running.add(pool.submit(step));
      }
      RuntimeException failure = null;
      for (Future<?> f : running) {
        try {
          f.get();
        } catch (ExecutionException e) {
          if (failure == null) {
            failure = e.getCause() instanceof RuntimeException re ? re
                : new IllegalStateException(e.getCause());
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while writing", e);
        }
      }
      if (failure != null) {
        throw failure;
      }
    } finally {
      pool.shutdown();
    }
  }

  /** The {@code runDate} partition of {@code table} with its run_date column, or null if absent. */
  public Dataset<Row> readPartition(Table<?> table, LocalDate runDate) {
    String path = partitionPath(table, runDate);
    if (!exists(new Path(path))) {
      return null;
    }
    return spark.read().option("basePath", tablePath(table)).parquet(path);
  }

  /**
   * All partitions of {@code table} read with its contract's schema (run_date included), or null
   * when it has none yet. A column or struct field missing from an older partition reads as
   * null (the sentence cache of an older model version has no {@code phrases}), and no job is
   * run to read and merge every file's footer.
   */
  public Dataset<Row> readAll(Table<?> table) {
    if (!exists(new Path(tablePath(table)))) {
      return null;
    }
    return spark.read().schema(table.schema()).parquet(tablePath(table));
  }

  private void swap(Path staged, Path target) {
    try {
      FileSystem fs = staged.getFileSystem(spark.sparkContext().hadoopConfiguration());
      fs.mkdirs(target.getParent());
      if (fs.exists(target) && !fs.delete(target, true)) {
        throw new IOException("cannot delete " + target);
      }
      if (!fs.rename(staged, target)) {
        throw new IOException("cannot rename " + staged + " to " + target);
      }
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT,
          "writing " + target + " failed: " + e.getMessage(), e);
    }
  }

  private boolean exists(Path p) {
    try {
      return p.getFileSystem(spark.sparkContext().hadoopConfiguration()).exists(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static boolean hasColumn(Dataset<Row> rows, String name) {
    for (String c : rows.columns()) {
      if (c.equals(name)) {
        return true;
      }
    }
    return false;
  }

  private static String stripSlash(String s) {
    return s.endsWith("/") ? s.substring(0, s.length() - 1) : s;
  }
}
