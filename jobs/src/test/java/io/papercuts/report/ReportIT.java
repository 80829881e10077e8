package io.papercuts.report;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.papercuts.cli.PapercutsCli;
import io.papercuts.jobs.SparkSessions;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The report of the README's sample run: the CLI runs the pipeline on sample-data/, then
 * {@link ReportJob} writes the report; its labels and numbers must equal the Parquet tables read
 * back with DuckDB (not Spark). Then headless Chromium renders the page from disk: a screenshot
 * ({@code target/report-screenshot.png}) and no console message (no script, no blocked load).
 */
class ReportIT {

  static final Path SAMPLE = Path.of("..", "sample-data").toAbsolutePath().normalize();
  static final LocalDate RUN = LocalDate.of(2026, 10, 31);
  static final Path TARGET = Path.of(System.getProperty("basedir", "."), "target");
  static final Path CHROMIUM = Path.of("/usr/bin/chromium");

  @TempDir
  static Path out;
  static ReportJob.ReportResult result;
  static String html;

  @BeforeAll
  static void runPipelineThenReport() throws IOException {
    int exit = PapercutsCli.execute("nightly", "--input", SAMPLE.toString(),
        "--output", out.toString(), "--run-date", RUN.toString(), "--master", "local[2]");
    assertEquals(0, exit, "nightly on the sample");
    // The CLI's session is still active: getOrCreate returns it.
    SparkSession spark = SparkSessions.create("local[2]", false);
    result = ReportJob.run(spark, out.toString(), RUN);
    html = Files.readString(Path.of(result.htmlFile()), StandardCharsets.UTF_8);
    Files.createDirectories(TARGET);
    Files.writeString(TARGET.resolve("report-sample.html"), html, StandardCharsets.UTF_8);
  }

  @Test
  void writesTheThreeFilesUnderReports() throws IOException {
    Path dir = out.resolve("reports").resolve("run_date=2026-10-31");
    assertEquals(dir.toString(), result.directory());
    try (Stream<Path> files = Files.list(dir)) {
      assertEquals(List.of("papercuts-report.html", "theme-examples.csv", "top-themes.csv"),
          files.map(p -> p.getFileName().toString()).sorted().toList(),
          "no temporary or checksum files");
    }
    assertTrue(result.themes() > 0 && result.examples() > 0, result.toString());
  }

  @Test
  void themesCsvEqualsTheThemesTable() throws Exception {
    List<List<Object>> expected = duck("SELECT rank, theme_id, label, customers, mentions, "
        + "quiet_share, stated_share, churn_lift, churn_lift_low, churn_lift_high, rating_delta, "
        + "papercut_score FROM " + table("themes") + " WHERE run_date = DATE '2026-10-31' "
        + "ORDER BY rank LIMIT 20");
    List<CSVRecord> rows = csv(result.csvThemes());
    assertEquals(expected.size(), rows.size());
    assertEquals(result.themes(), rows.size());
    String[] cols = {"rank", "theme_id", "label", "customers", "mentions", "quiet_share",
        "stated_share", "churn_lift", "churn_lift_low", "churn_lift_high", "rating_delta",
        "papercut_score"};
    for (int i = 0; i < rows.size(); i++) {
      for (int c = 0; c < cols.length; c++) {
        Object want = expected.get(i).get(c);
        String got = rows.get(i).get(cols[c]);
        if (want == null) {
          assertEquals("", got, cols[c] + " of row " + i);
        } else if (want instanceof Double d) {
          assertEquals(d, Double.parseDouble(got), cols[c] + " of row " + i);
        } else if (want instanceof Number n) {
          assertEquals(n.longValue(), Long.parseLong(got), cols[c] + " of row " + i);
        } else {
          assertEquals(CsvReportWriter.neutralise(want.toString()), got, cols[c]);
        }
      }
    }
  }

  @Test
  void htmlRowsShowTheThemesTableNumbers() throws Exception {
    List<List<Object>> themes = duck("SELECT theme_id, rank, label, customers, quiet_share, "
        + "stated_share, churn_lift, churn_lift_low, churn_lift_high, papercut_score FROM "
        + table("themes") + " ORDER BY rank LIMIT 20");
    assertEquals(themes.size(),
        Pattern.compile("<tr data-theme-id=").matcher(html).results().count());
    int previous = 0;
    for (List<Object> t : themes) {
      String row = ReportWriterTest.row(html, (String) t.get(0));
      int at = html.indexOf("<tr data-theme-id=\"" + t.get(0) + "\"");
      assertTrue(at > previous, "rows in rank order");
      previous = at;
      assertEquals(String.valueOf(t.get(1)), text(row, "rank"));
      String label = ReportWriterTest.cell(row, "label");
      int tag = label.indexOf(" <span class=\"tag");
      assertEquals(Html.escape((String) t.get(2)),
          ReportWriterTest.textOf(tag < 0 ? label : label.substring(0, tag)));
      assertEquals(String.format(Locale.ROOT, "%,d", (Long) t.get(3)), text(row, "customers"));
      assertEquals(pct(t.get(4)), text(row, "quiet"), "quiet of " + t.get(0));
      assertEquals(pct(t.get(5)), text(row, "stated"), "stated of " + t.get(0));
      String lift = t.get(6) == null ? "n/a" : String.format(Locale.ROOT, "%.2f [%.2f, %.2f]",
          t.get(6), t.get(7), t.get(8));
      assertEquals(lift, text(row, "lift"), "lift of " + t.get(0));
      assertEquals(String.format(Locale.ROOT, "%.2f", t.get(9)), text(row, "score"));
    }
  }

  @Test
  void examplesCsvEqualsTheThemeExamplesOfTheTopThemes() throws Exception {
    List<List<Object>> expected = duck("SELECT t.rank, e.theme_id, e.rank, e.quote, e.cue, "
        + "e.source, e.is_quiet FROM " + table("theme_examples") + " e JOIN (SELECT * FROM "
        + table("themes") + " ORDER BY rank LIMIT 20) t USING (theme_id) "
        + "ORDER BY t.rank, e.rank");
    List<CSVRecord> rows = csv(result.csvExamples());
    assertEquals(expected.size(), rows.size());
    assertEquals(result.examples(), rows.size());
    for (int i = 0; i < rows.size(); i++) {
      List<Object> e = expected.get(i);
      CSVRecord r = rows.get(i);
      assertEquals(String.valueOf(e.get(0)), r.get("theme_rank"));
      assertEquals(e.get(1), r.get("theme_id"));
      assertEquals(String.valueOf(e.get(2)), r.get("example_rank"));
      assertEquals(CsvReportWriter.neutralise((String) e.get(3)), r.get("quote"));
      assertEquals(e.get(4) == null ? "" : CsvReportWriter.neutralise((String) e.get(4)),
          r.get("cue"));
      assertEquals(e.get(5), r.get("source"));
      assertEquals(String.valueOf(e.get(6)), r.get("is_quiet"));
    }
    // The page shows up to 3 quotes per theme, each escaped, with its cue marked when present.
    List<Object> first = expected.get(0);
    assertTrue(html.contains(Html.escape((String) first.get(3)).substring(0, 10)), "a quote");
    assertTrue(html.contains("<mark>"), "cues highlighted");
  }

  @Test
  void headerCountsEqualTheRunsRow() throws Exception {
    List<Object> run = duck("SELECT records_read, records_quarantined, records_skipped, units, "
        + "sentences, themes FROM " + table("runs")).get(0);
    String[] keys = {"records_read", "records_quarantined", "records_skipped", "units",
        "sentences", "themes"};
    for (int i = 0; i < keys.length; i++) {
      assertEquals(String.format(Locale.ROOT, "%,d", (Long) run.get(i)),
          ReportWriterTest.count(html, keys[i]), keys[i]);
    }
    List<Object> customers = duck("SELECT count(*), count(*) FILTER (WHERE churned) FROM "
        + table("customers")).get(0);
    assertEquals(String.format(Locale.ROOT, "%,d", (Long) customers.get(0)),
        ReportWriterTest.count(html, "customers"));
    assertEquals(String.format(Locale.ROOT, "%,d", (Long) customers.get(1)),
        ReportWriterTest.count(html, "churned_customers"));
    assertFalse(html.contains("has no <code>runs</code> row"));
  }

  /**
   * Summarize writes the population it scores against: one value per run date, everyone heard
   * from (anonymous reviewers one each), breadth's denominator; the page shows it.
   */
  @Test
  void customersHeardFromIsThePopulationThemesAreScoredAgainst() throws Exception {
    List<List<Object>> heard = duck("SELECT DISTINCT customers_heard_from FROM "
        + table("themes"));
    assertEquals(1, heard.size(), "the same on every theme");
    long population = (Long) heard.get(0).get(0);
    long persons = (Long) duck("SELECT count(DISTINCT coalesce(customer_id, 'anon:' || source "
        + "|| ':' || doc_id)) FROM " + table("sentences")).get(0).get(0);
    assertEquals(persons, population);
    for (List<Object> t : duck("SELECT customers, breadth FROM " + table("themes"))) {
      assertEquals((Long) t.get(0) / (double) population, (Double) t.get(1), 1e-12);
    }
    assertEquals(String.format(Locale.ROOT, "%,d", population),
        ReportWriterTest.count(html, "customers_heard_from"));
  }

  @Test
  void statedReasonsMatchTheTable() throws Exception {
    List<List<Object>> reasons = duck("SELECT DISTINCT stated_reason FROM "
        + table("stated_vs_unstated") + " ORDER BY 1");
    for (List<Object> r : reasons) {
      assertTrue(html.contains("<li data-reason=\"" + Html.escape((String) r.get(0)) + "\">"),
          "reason " + r.get(0));
    }
    assertEquals(reasons.size(),
        Pattern.compile("<li data-reason=").matcher(html).results().count());
    List<Object> biggest = duck("SELECT s.stated_reason, t.label, s.customers FROM "
        + table("stated_vs_unstated") + " s JOIN " + table("themes") + " t USING (theme_id) "
        + "WHERE NOT reason_names_theme ORDER BY s.customers DESC, s.stated_reason, t.label "
        + "LIMIT 1").get(0);
    Matcher m = Pattern.compile("<li data-reason=\"" + Pattern.quote(
        Html.escape((String) biggest.get(0))) + "\">(.*?)</li>\n", Pattern.DOTALL).matcher(html);
    assertTrue(m.find());
    assertTrue(m.group(1).contains(Html.escape((String) biggest.get(1)) + " <b>"
        + biggest.get(2) + "</b>"), m.group(1));
  }

  @Test
  void rerunReplacesTheReportWithTheSameBytes() throws IOException {
    ReportJob.ReportResult again = ReportJob.run(SparkSessions.create("local[2]", false),
        out.toString(), RUN);
    assertArrayEquals(html.getBytes(StandardCharsets.UTF_8),
        Files.readAllBytes(Path.of(again.htmlFile())), "the page is a function of the tables");
  }

  @Test
  void aMissingRunDateIsAnInputError() {
    io.papercuts.jobs.PipelineException e = org.junit.jupiter.api.Assertions.assertThrows(
        io.papercuts.jobs.PipelineException.class, () -> ReportJob.run(
            SparkSessions.create("local[2]", false), out.toString(), RUN.minusDays(1)));
    assertEquals(io.papercuts.jobs.ExitCode.INPUT, e.exitCode());
  }

  @Test
  void headlessChromiumRendersItWithoutConsoleMessages() throws Exception {
    Path chromium = chromium();
    Path work = Files.createTempDirectory(out, "chromium");
    Path png = work.resolve("report.png");
    Path log = work.resolve("stderr.txt");
    String url = Path.of(result.htmlFile()).toUri().toString();
    int exit = chromium(chromium, work, log, log, "--enable-logging=stderr", "--v=0",
        "--screenshot=" + png, "--window-size=1280,2000", url);
    String stderr = Files.readString(log, StandardCharsets.UTF_8);
    assertEquals(0, exit, stderr);
    assertTrue(Files.size(png) > 20_000, "a non-trivial screenshot: " + Files.size(png));
    BufferedImage image = ImageIO.read(png.toFile());
    assertEquals(1280, image.getWidth());
    assertEquals(2000, image.getHeight());
    assertTrue(inkShare(image) > 0.02, "the page is not blank: " + inkShare(image));
    Files.copy(png, TARGET.resolve("report-screenshot.png"), StandardCopyOption.REPLACE_EXISTING);

    List<String> console = stderr.lines()
        .filter(l -> l.contains(":CONSOLE") || l.contains("Refused to") || l.contains("Uncaught"))
        .toList();
    assertEquals(List.of(), console, "no console message: no script, nothing blocked by CSP");

    Path dom = work.resolve("dom.html");
    assertEquals(0, chromium(chromium, work, dom, work.resolve("dom-stderr.txt"), "--dump-dom",
        url));
    String rendered = Files.readString(dom, StandardCharsets.UTF_8);
    assertFalse(rendered.toLowerCase(Locale.ROOT).contains("<script"), "no script in the DOM");
    for (String id : List.of("summary", "top-paper-cuts", "stated-vs-experienced", "quotes")) {
      assertTrue(rendered.contains("id=\"" + id + "\""), "section " + id + " in the DOM");
    }
  }

  /** /usr/bin/chromium, installed with apt-get when missing and allowed; else the test skips. */
  static Path chromium() throws Exception {
    if (Files.isExecutable(CHROMIUM)) {
      return CHROMIUM;
    }
    boolean root = "root".equals(System.getProperty("user.name"));
    boolean apt = Files.isExecutable(Path.of("/usr/bin/apt-get"));
    assumeTrue(root && apt, "headless check skipped: " + CHROMIUM + " is missing and can only "
        + "be installed here as root with apt-get (run: apt-get install -y chromium)");
    Path log = Files.createTempFile(out, "apt", ".log");
    if (exec(List.of("apt-get", "install", "-y", "chromium"), log, 900) != 0) {
      exec(List.of("apt-get", "update"), log, 600);
      exec(List.of("apt-get", "install", "-y", "chromium"), log, 900);
    }
    assumeTrue(Files.isExecutable(CHROMIUM), "headless check skipped: apt-get install -y "
        + "chromium did not provide " + CHROMIUM + "; see " + log);
    return CHROMIUM;
  }

  /** Runs headless Chromium isolated from the network and from any profile. */
  static int chromium(Path chromium, Path work, Path stdout, Path stderr, String... args)
      throws Exception {
    List<String> cmd = new ArrayList<>(List.of(chromium.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
        "--user-data-dir=" + work.resolve("profile")));
    cmd.addAll(List.of(args));
    return exec(cmd, stdout, stderr, 120);
  }

  static int exec(List<String> cmd, Path log, long timeoutS) throws Exception {
    return exec(cmd, log, log, timeoutS);
  }

  static int exec(List<String> cmd, Path stdout, Path stderr, long timeoutS) throws Exception {
    ProcessBuilder pb = new ProcessBuilder(cmd)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(stdout.toFile()))
        .redirectError(ProcessBuilder.Redirect.appendTo(stderr.toFile()));
    pb.environment().put("DEBIAN_FRONTEND", "noninteractive");
    Process p = pb.start();
    if (!p.waitFor(timeoutS, TimeUnit.SECONDS)) {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      throw new AssertionError(cmd.get(0) + " did not finish in " + timeoutS + " s");
    }
    return p.exitValue();
  }

  /** Share of pixels that are not (nearly) white. */
  static double inkShare(BufferedImage image) {
    long ink = 0;
    for (int y = 0; y < image.getHeight(); y += 2) {
      for (int x = 0; x < image.getWidth(); x += 2) {
        int rgb = image.getRGB(x, y);
        int r = (rgb >> 16) & 0xff;
        int g = (rgb >> 8) & 0xff;
        int b = rgb & 0xff;
        if (r + g + b < 3 * 235) {
          ink++;
        }
      }
    }
    return ink / ((image.getWidth() / 2.0) * (image.getHeight() / 2.0));
  }

  static String text(String row, String cls) {
    return ReportWriterTest.textOf(ReportWriterTest.cell(row, cls)).replaceAll("\\s+", " ");
  }

  static String pct(Object share) {
    return share == null ? "n/a" : String.format(Locale.ROOT, "%.0f%%", 100 * (Double) share);
  }

  static String table(String name) {
    return "read_parquet('" + out.resolve(name) + "/*/*.parquet', hive_partitioning = true)";
  }

  static List<List<Object>> duck(String sql) throws SQLException {
    List<List<Object>> rows = new ArrayList<>();
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        rows.add(row);
      }
    }
    return rows;
  }

  static List<CSVRecord> csv(String file) throws IOException {
    String text = Files.readString(Path.of(file), StandardCharsets.UTF_8);
    // The default: a UTF-8 byte-order mark, so a spreadsheet opened by double-click reads UTF-8.
    assertTrue(text.startsWith("\uFEFF"), file + " has no byte-order mark");
    text = text.substring(1);
    try (CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(text))) {
      return p.getRecords();
    }
  }
}
