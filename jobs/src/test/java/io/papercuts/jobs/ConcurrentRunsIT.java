package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two nightly runs started at once on the same output and date: the second (another process, as
 * two cron entries would be) is refused at once with exit 6 and one line naming the first; the
 * first completes, and its tables equal those of a clean run alone.
 */
class ConcurrentRunsIT {

  static final String RUN_DATE = "2026-10-31";

  @TempDir
  Path work;

  @Test
  void theSecondRunIsRefusedAndTheFirstsTablesEqualACleanRun() throws Exception {
    Path input = work.resolve("input");
    Files.createDirectories(input.resolve("reviews"));
    Files.writeString(input.resolve("reviews/reviews.csv"),
        "review_id,customer_id,product,rating,title,body,review_date\n"
            + "V-1,C-1,Mobile Plan M,2,Meh,\"The app logs me out every week.\",2026-10-02\n"
            + "V-2,C-2,Mobile Plan M,4,Fine,\"Good network, but the hold times are long.\","
            + "2026-10-03\n"
            + "V-3,C-3,Mobile Plan M,1,Bad,\"I was charged twice and nobody called back.\","
            + "2026-10-04\n", StandardCharsets.UTF_8);
    Path out = work.resolve("out");
    Path lockFile = out.resolve(OutputLock.FILE_NAME);

    CompletableFuture<CliRun> first = CompletableFuture.supplyAsync(
        () -> CliRun.nightly(input, out, RUN_DATE));
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
    while (!(Files.exists(lockFile) && Files.size(lockFile) > 0) && !first.isDone()
        && System.nanoTime() < deadline) {
      Thread.sleep(20);
    }
    assertFalse(first.isDone(), "the first run is still running");

    long started = System.nanoTime();
    Process second = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java")
        .toString(), "-cp", System.getProperty("java.class.path"), "io.papercuts.cli.PapercutsCli",
        "nightly", "--input", input.toString(), "--output", out.toString(), "--run-date",
        RUN_DATE, "--master", "local[2]").redirectErrorStream(false).start();
    assertTrue(second.waitFor(60, TimeUnit.SECONDS), "the second run ends at once");
    double seconds = (System.nanoTime() - started) / 1e9;
    String err = new String(second.getErrorStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    String stdout = new String(second.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    System.out.printf("second run (another JVM): exit %d after %.1f s%n[stderr]%n%s%n",
        second.exitValue(), seconds, err);
    assertEquals(ExitCode.LOCKED.code(), second.exitValue(), err + stdout);
    List<String> lines = err.lines().filter(l -> l.startsWith("papercuts:")).toList();
    assertEquals(1, lines.size(), err);
    assertTrue(lines.get(0).startsWith("papercuts: another papercuts run is writing to " + out
        + " (pid " + ProcessHandle.current().pid()), lines.get(0));
    assertTrue(seconds < 20, "refused in " + seconds + " s (JVM start only, no Spark)");

    CliRun firstRun = first.get(300, TimeUnit.SECONDS);
    assertEquals(0, firstRun.exitCode(), firstRun::toString);
    assertEquals(0, Files.size(lockFile), "released");

    Path clean = work.resolve("clean");
    CliRun alone = CliRun.nightly(input, clean, RUN_DATE);
    assertEquals(0, alone.exitCode(), alone::toString);
    List<String> tables = CliRun.tables(out);
    assertEquals(CliRun.tables(clean), tables);
    try (DuckDb a = new DuckDb(out); DuckDb b = new DuckDb(clean)) {
      for (String t : tables) {
        if (t.equals(Tables.RUNS.name())) {
          continue; // times and run ids differ by nature
        }
        String sa = a.table(t);
        String sb = b.table(t);
        assertEquals(0, a.scalarLong("SELECT count(*) FROM ((SELECT * FROM " + sa
            + " EXCEPT ALL SELECT * FROM " + sb + ") UNION ALL (SELECT * FROM " + sb
            + " EXCEPT ALL SELECT * FROM " + sa + "))"), t);
      }
    }
  }
}
