package io.papercuts.jobs;

import java.util.concurrent.atomic.AtomicReference;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.SparkSession;

/**
 * Builds the SparkSession with the settings papercuts' output contract relies on (UTC, standard
 * Parquet timestamps, snappy, dynamic partition overwrite). The master is, in order: the CLI's
 * {@code --master}, the one spark-submit set, or {@code local[*]}, so one main class serves both.
 *
 * <p>Log levels are set only when papercuts chose a {@code local[...]} master itself (the CLI's
 * {@code --master} or the default): under spark-submit the cluster's own log4j2 configuration
 * applies. The session {@link #create} started (not one that already existed, as in tests) is
 * remembered, so {@code main} can stop it before returning ({@link #stopCreated}). Thread-safe.
 */
public final class SparkSessions {

  /** The session {@link #create} started in this JVM, until {@link #stopCreated}. */
  private static final AtomicReference<SparkSession> CREATED = new AtomicReference<>();

  private SparkSessions() {
  }

  public static SparkSession create(String cliMaster, boolean verbose) {
    // SparkConf reads the spark.* system properties spark-submit sets, including spark.master.
    SparkConf submitted = new SparkConf();
    boolean ownMaster = cliMaster != null || !submitted.contains("spark.master");
    String master = cliMaster != null ? cliMaster : submitted.get("spark.master", "local[*]");
    SparkSession.Builder b = SparkSession.builder()
        .appName(submitted.get("spark.app.name", "papercuts"))
        .master(master)
        .config("spark.sql.session.timeZone", "UTC")
        // INT96, Spark's default, is non-standard and overflows in Arrow-based BI readers.
        .config("spark.sql.parquet.outputTimestampType", "TIMESTAMP_MICROS")
        // zstd is not read by every BI tool.
        .config("spark.sql.parquet.compression.codec", "snappy")
        .config("spark.sql.sources.partitionOverwriteMode", "dynamic");
    if (master.startsWith("local")) {
      int cores = Runtime.getRuntime().availableProcessors();
      b.config("spark.sql.shuffle.partitions", Integer.toString(Math.max(4, cores * 2)))
          .config("spark.ui.enabled", Boolean.toString(verbose))
          // Progress bars help at a terminal but fill a nightly job's log with carriage returns.
          .config("spark.ui.showConsoleProgress",
              Boolean.toString(verbose || System.console() != null))
          // An error in a task (OutOfMemoryError) would make the local executor end the JVM with
          // Spark's exit code 50 or 52 and hundreds of lines of trace; at depth 0 it fails the
          // job instead, and the CLI ends with one line naming the setting to raise.
          .config("spark.executor.killOnFatalError.depth", "0");
    }
    boolean existed = SparkSession.getDefaultSession().isDefined()
        || SparkSession.getActiveSession().isDefined();
    SparkSession spark = b.getOrCreate();
    if (!existed) {
      CREATED.compareAndSet(null, spark);
    }
    if (ownMaster && master.startsWith("local")) {
      // A local run has no cluster log configuration: papercuts' quiet default, or --verbose.
      spark.sparkContext().setLogLevel(verbose ? "INFO" : "WARN");
    }
    return spark;
  }

  /**
   * Stops the session {@link #create} started in this JVM, if any and still running, telling the
   * cluster manager the run's exit code (YARN client mode reports a non-zero one as FAILED); a
   * session that existed before (a test's) is left alone. On success this lets {@code main}
   * return normally: YARN's ApplicationMaster marks an application that ends with
   * {@code System.exit} as failed, even with status 0.
   */
  public static void stopCreated(int exitCode) {
    SparkSession spark = CREATED.getAndSet(null);
    if (spark != null) {
      spark.sparkContext().stop(exitCode);
    }
  }
}
