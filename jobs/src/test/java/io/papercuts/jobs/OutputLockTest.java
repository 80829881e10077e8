package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OutputLockTest {

  private final ByteArrayOutputStream printed = new ByteArrayOutputStream();
  private final PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

  @Test
  void aSecondRunOnTheSameOutputIsRefusedNamingTheFirst(@TempDir Path root) {
    try (OutputLock first = OutputLock.acquire(root.toString(), "nightly --run-date 2026-10-31",
        out)) {
      PipelineException e = assertThrows(PipelineException.class,
          () -> OutputLock.acquire(root.toString(), "ingest", out));
      assertEquals(ExitCode.LOCKED, e.exitCode());
      assertTrue(e.getMessage().contains("pid " + ProcessHandle.current().pid())
          && e.getMessage().contains("nightly --run-date 2026-10-31"), e.getMessage());
      assertEquals(1, e.getMessage().lines().count());
    }
    // Released: the next run gets it, and finds nothing to take over.
    try (OutputLock again = OutputLock.acquire(root.toString(), "nightly", out)) {
      assertFalse(printed.toString(StandardCharsets.UTF_8).contains("taking over"));
    }
  }

  @Test
  void aKilledRunsLockIsTakenOverAndItsLeftoversRemoved(@TempDir Path root) throws Exception {
    Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
    Path deadSpark = tmp.resolve(OutputLock.SPARK_DIR_PREFIX + "2147483000");
    Files.createDirectories(deadSpark.resolve("blockmgr-1"));
    Files.writeString(root.resolve(OutputLock.FILE_NAME), "pid=2147483000\nhost=elsewhere\n"
        + "started=2026-10-31T02:30:00Z\ncommand=nightly\nspark_dir=" + deadSpark + "\n");
    Path temporary = root.resolve("_staging/feedback/run_date=2026-10-31/_temporary/0");
    Files.createDirectories(temporary);
    Files.writeString(temporary.resolve("part-0.parquet"), "half");
    Files.createDirectories(root.resolve("feedback/run_date=2026-10-30"));
    try (OutputLock lock = OutputLock.acquire(root.toString(), "nightly", out)) {
      String note = printed.toString(StandardCharsets.UTF_8);
      assertTrue(note.contains("taking over the lock of a run that ended without releasing it "
          + "(pid 2147483000 on elsewhere, started 2026-10-31T02:30:00Z, nightly)"), note);
      assertFalse(Files.exists(root.resolve("_staging")), "the killed run's staging");
      assertFalse(Files.exists(deadSpark), "the killed run's Spark temp folder");
      assertTrue(Files.exists(root.resolve("feedback/run_date=2026-10-30")), "tables are kept");
    }
    assertEquals(0, Files.size(root.resolve(OutputLock.FILE_NAME)), "emptied on release");
  }

  @Test
  void nonLocalOutputsAreNotLocked() {
    try (OutputLock lock = OutputLock.acquire("hdfs://nn/papercuts", "nightly", out)) {
      assertTrue(printed.toString(StandardCharsets.UTF_8).contains("is not locked"));
    }
  }
}
