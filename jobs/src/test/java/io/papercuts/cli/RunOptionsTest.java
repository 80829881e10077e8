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
      "spark.papercuts.bogus.key", "spark.papercuts.pii.disable", "spark.papercuts.pii.phone_regions");

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
  void piiKeysAreReadAndValidatedBeforeSparkStarts() {
    System.setProperty("spark.papercuts.pii.disable", "name, address");
    System.setProperty("spark.papercuts.pii.phone_regions", "US,JP");
    PipelineConfig c = parse("--input", "in", "--output", "out");
    assertEquals(java.util.Set.of(io.papercuts.pii.PiiType.NAME, io.papercuts.pii.PiiType.ADDRESS),
        c.pii().disabled());
    assertEquals(List.of("US", "JP"), c.pii().phoneRegions());
    System.setProperty("spark.papercuts.pii.phone_regions", "US,XX");
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> parse("--input", "in", "--output", "out"));
    assertTrue(e.getMessage().contains("XX"), e.getMessage());
  }

  @Test
  void outputIsRequiredSomewhere() {
    assertThrows(IllegalArgumentException.class, () -> parse("--input", "in"));
  }

  private static String rejected(String... args) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> parse(args));
    assertTrue(e.getMessage().lines().count() == 1, e.getMessage());
    return e.getMessage();
  }

  @Test
  void emptyPathsAreRejected() {
    assertTrue(rejected("--input", "in", "--output", "").contains("--output must not be empty"));
    assertTrue(rejected("--input", " ", "--output", "out").contains("--input must not be empty"));
    assertTrue(rejected("--input", "in", "--output", "out", "--master", "")
        .contains("--master"));
  }

  @Test
  void shareMustBeANumberWithinZeroAndOne() {
    for (String bad : List.of("NaN", "-0.1", "1.5", "Infinity")) {
      assertTrue(rejected("--input", "in", "--output", "out", "--max-quarantine-share", bad)
          .contains("--max-quarantine-share must be a number within 0..1"), bad);
    }
    assertEquals(1.0, parse("--input", "in", "--output", "out", "--max-quarantine-share", "1")
        .maxQuarantineShare());
  }

  @Test
  void windowMustBeWithinTenYears() {
    assertTrue(rejected("--input", "in", "--output", "out", "--window-days", "2147483647")
        .contains("--window-days must be within 1..3650, got 2147483647"));
    assertTrue(rejected("--input", "in", "--output", "out", "--window-days", "0")
        .contains("--window-days"));
    assertEquals(3650, parse("--input", "in", "--output", "out", "--window-days", "3650")
        .windowDays());
  }

  @Test
  void badValuesEndWithExitTwoAndOneLine() {
    java.io.PrintStream err = System.err;
    java.io.ByteArrayOutputStream buf = new java.io.ByteArrayOutputStream();
    System.setErr(new java.io.PrintStream(buf, true, java.nio.charset.StandardCharsets.UTF_8));
    int code;
    try {
      code = PapercutsCli.execute("nightly", "--input", "in", "--output", "",
          "--run-date", "2026-10-31");
    } finally {
      System.setErr(err);
    }
    String text = buf.toString(java.nio.charset.StandardCharsets.UTF_8);
    assertEquals(2, code, text);
    assertEquals("papercuts: --output must not be empty: pass the output folder", text.strip());
  }
}
