package io.papercuts.jobs;

import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Stream;

/**
 * One run at a time per output root: an OS file lock ({@link FileChannel#tryLock}) on
 * {@code <output>/_papercuts.lock}, whose content names the holder (pid, host, start time, its
 * Spark temp folder). A second run is refused at once ({@link ExitCode#LOCKED}); the OS releases
 * the lock when a process dies, so a killed run's lock is free but still has content: the next run
 * takes it over and removes the killed run's leftovers ({@code <output>/_staging}, its Spark temp
 * folder; every run also removes the Spark temp folders of processes that no longer exist). On
 * release the file is emptied, not deleted: a deleted lock file would let two runs
 * lock two different files. Only local output roots (a path or {@code file:}) are locked; for
 * other Hadoop URIs (hdfs://, s3a://) the lock is a no-op and the scheduler must not start two
 * runs on one output (docs/operations.md). Not thread-safe: one per run.
 */
public final class OutputLock implements AutoCloseable {

  public static final String FILE_NAME = "_papercuts.lock";
  /** Parent of each local run's Spark temp folders, so a killed run's can be found. */
  static final String SPARK_DIR_PREFIX = "papercuts-spark-";

  private final FileChannel channel;
  private final FileLock lock;
  private final Path sparkDir;

  private OutputLock(FileChannel channel, FileLock lock, Path sparkDir) {
    this.channel = channel;
    this.lock = lock;
    this.sparkDir = sparkDir;
  }

  /**
   * Locks {@code outputRoot} for this process, or fails with {@link ExitCode#LOCKED} naming the
   * holder. {@code out} gets a line when a killed run's lock is taken over or the root is not
   * local. {@code command} is recorded for whoever finds the lock held.
   */
  public static OutputLock acquire(String outputRoot, String command, PrintStream out) {
    Path root = localPath(outputRoot);
    if (root == null) {
      out.println("note: " + outputRoot + " is not a local folder: it is not locked against a "
          + "second run (docs/operations.md, \"One run at a time\")");
      return new OutputLock(null, null, null);
    }
    Path file = root.resolve(FILE_NAME);
    FileChannel channel = null;
    try {
      Files.createDirectories(root);
      channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.READ,
          StandardOpenOption.WRITE);
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        lock = null; // held by this JVM (another run in the same process)
      }
      if (lock == null) {
        String holder = describe(read(channel));
        channel.close();
        throw new PipelineException(ExitCode.LOCKED, "another papercuts run is writing to "
            + outputRoot + " (" + holder + "): wait for it to end; runs on one output cannot "
            + "overlap (docs/operations.md)");
      }
      Map<String, String> previous = read(channel);
      if (!previous.isEmpty()) {
        out.println("note: taking over the lock of a run that ended without releasing it ("
            + describe(previous) + "); removing its leftovers");
        String dir = previous.get("spark_dir");
        if (dir != null && Path.of(dir).getFileName().toString().startsWith(SPARK_DIR_PREFIX)
            && !dir.endsWith(SPARK_DIR_PREFIX + ProcessHandle.current().pid())) {
          deleteTree(Path.of(dir));
        }
      }
      // Under the lock nobody else writes here: whatever is staged was left by a killed run.
      deleteTree(root.resolve("_staging"));
      Path sparkDir = Path.of(System.getProperty("java.io.tmpdir"),
          SPARK_DIR_PREFIX + ProcessHandle.current().pid());
      removeDeadRunsSparkDirs(sparkDir.getParent());
      Map<String, String> me = new LinkedHashMap<>();
      me.put("pid", Long.toString(ProcessHandle.current().pid()));
      me.put("host", hostName());
      me.put("started", Instant.now().toString());
      me.put("command", command);
      me.put("spark_dir", sparkDir.toString());
      write(channel, me);
      return new OutputLock(channel, lock, sparkDir);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new PipelineException(ExitCode.OUTPUT, "cannot lock the output " + outputRoot + ": "
          + e.getMessage() + " (choose a writable --output)", e);
    }
  }

  /**
   * Makes this run's Spark temp files go to {@link #sparkDir} (unless {@code spark.local.dir} or
   * {@code SPARK_LOCAL_DIRS} already says where), so that a killed run's can be found and
   * removed; call before the Spark session is created.
   */
  public void useForSparkTemp() {
    if (sparkDir != null && System.getProperty("spark.local.dir") == null
        && System.getenv("SPARK_LOCAL_DIRS") == null) {
      System.setProperty("spark.local.dir", sparkDir.toString());
    }
  }

  /**
   * Removes the Spark temp folders of runs whose process has ended (killed: Spark removes its
   * files at a normal exit but not after kill -9). A live pid's folder is never touched.
   */
  private static void removeDeadRunsSparkDirs(Path tmp) {
    try (Stream<Path> dirs = Files.list(tmp)) {
      for (Path d : dirs.toList()) {
        String name = d.getFileName().toString();
        if (name.startsWith(SPARK_DIR_PREFIX)) {
          try {
            long pid = Long.parseLong(name.substring(SPARK_DIR_PREFIX.length()));
            if (ProcessHandle.of(pid).isEmpty()) {
              deleteTree(d);
            }
          } catch (NumberFormatException | UncheckedIOException e) {
            // Not ours, or not removable now: left for a later run.
          }
        }
      }
    } catch (IOException e) {
      // The temp folder cannot be listed: nothing to clean.
    }
  }

  /** Empties the lock file and releases it; idempotent. */
  @Override
  public void close() {
    if (channel == null || !channel.isOpen()) {
      return;
    }
    try {
      channel.truncate(0);
      lock.release();
    } catch (IOException e) {
      // The OS releases the lock with the channel below; a non-empty file only costs the next
      // run a "taking over" line.
    } finally {
      closeQuietly(channel);
    }
  }

  private static Path localPath(String outputRoot) {
    try {
      URI uri = new org.apache.hadoop.fs.Path(outputRoot).toUri();
      if (uri.getScheme() == null) {
        return Path.of(uri.getPath()).toAbsolutePath();
      }
      return "file".equals(uri.getScheme()) ? Path.of(uri.getPath()) : null;
    } catch (IllegalArgumentException e) {
      return Path.of(outputRoot).toAbsolutePath();
    }
  }

  private static Map<String, String> read(FileChannel channel) throws IOException {
    ByteBuffer buf = ByteBuffer.allocate((int) Math.min(channel.size(), 64 * 1024));
    channel.read(buf, 0);
    Map<String, String> out = new LinkedHashMap<>();
    for (String line : new String(buf.array(), 0, buf.position(), StandardCharsets.UTF_8)
        .split("\n")) {
      int eq = line.indexOf('=');
      if (eq > 0) {
        out.put(line.substring(0, eq), line.substring(eq + 1));
      }
    }
    return out;
  }

  private static void write(FileChannel channel, Map<String, String> content) throws IOException {
    StringBuilder sb = new StringBuilder();
    content.forEach((k, v) -> sb.append(k).append('=').append(v.replace('\n', ' ')).append('\n'));
    channel.truncate(0);
    channel.write(ByteBuffer.wrap(sb.toString().getBytes(StandardCharsets.UTF_8)), 0);
    channel.force(true);
  }

  private static String describe(Map<String, String> holder) {
    if (holder.isEmpty()) {
      return "holder unknown";
    }
    return "pid " + holder.getOrDefault("pid", "?") + " on " + holder.getOrDefault("host", "?")
        + ", started " + holder.getOrDefault("started", "?") + ", "
        + holder.getOrDefault("command", "?");
  }

  private static String hostName() {
    try {
      return InetAddress.getLocalHost().getHostName();
    } catch (IOException e) {
      return "unknown-host";
    }
  }

  private static void closeQuietly(FileChannel channel) {
    if (channel != null) {
      try {
        channel.close();
      } catch (IOException e) {
        // Closing releases the lock; nothing else to do.
      }
    }
  }

  /** Deletes a folder tree if present. */
  static void deleteTree(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
