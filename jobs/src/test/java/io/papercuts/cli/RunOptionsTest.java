package io.papercuts.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.jobs.PipelineConfig;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Options from the command line and from spark-submit's --conf spark.papercuts.* keys. */
class RunOptionsTest {

  private static final List<String> KEYS = List.of("spark.papercuts.output",
      "spark.papercuts.run_date", "spark.papercuts.window_days", "spark.papercuts.ingest.encoding",
      "spark.papercuts.bogus.key");

  @AfterEach
  void clear() {
    KEYS.forEach(System::clearProperty);
  }

  private static PipelineConfig parse(String... args) {
    NightlyCommand cmd = new NightlyCommand();
    new CommandLine(cmd).parseArgs(args);
    return cmd.options.toConfig();
  }

  @Test
  void sparkConfKeysFillWhatTheCommandLineLeavesOut() {
    System.setProperty("spark.papercuts.output", "hdfs://nn/papercuts");
    System.setProperty("spark.papercuts.run_date", "2026-10-31");
    System.setProperty("spark.papercuts.window_days", "30");
    System.setProperty("spark.papercuts.ingest.encoding", "windows-1252");
    PipelineConfig c = parse("--input", "in");
    assertEquals("hdfs://nn/papercuts", c.output());
    assertEquals(LocalDate.of(2026, 10, 31), c.runDate());
    assertEquals(30, c.windowDays());
    assertEquals("windows-1252", c.settings().get("ingest.encoding"));
  }

  @Test
  void commandLineWinsOverSparkConf() {
    System.setProperty("spark.papercuts.output", "hdfs://nn/papercuts");
    System.setProperty("spark.papercuts.window_days", "30");
    PipelineConfig c = parse("--input", "in", "--output", "out", "--window-days", "7");
    assertEquals("out", c.output());
    assertEquals(7, c.windowDays());
    assertEquals(0.05, c.maxQuarantineShare());
  }

  @Test
  void unknownSparkConfKeyIsAnError() {
    System.setProperty("spark.papercuts.bogus.key", "1");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("--input", "in", "--output", "out"));
    assertTrue(e.getMessage().contains("spark.papercuts.bogus.key"), e.getMessage());
  }

  @Test
  void outputIsRequiredSomewhere() {
    assertThrows(IllegalArgumentException.class, () -> parse("--input", "in"));
  }
}
