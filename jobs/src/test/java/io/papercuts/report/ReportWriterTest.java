package io.papercuts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.jobs.Tables.RunRow;
import io.papercuts.jobs.Tables.ThemeExampleRow;
import io.papercuts.jobs.Tables.ThemeRow;
import io.papercuts.jobs.Tables.ThemeTrendRow;
import io.papercuts.report.ReportData.ReasonTheme;
import io.papercuts.report.ReportData.RunCounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

/**
 * The report writers on hand-built data, no Spark: HTML escaping, sections, number formats, the
 * cue highlight, SVG charts, the empty case; CSV columns, formula neutralisation and numbers
 * parsed back with Commons CSV, against golden files in {@code ReportWriterTest/}.
 */
class ReportWriterTest {

  static final String XSS = "<script>alert(1)</script>";
  static final LocalDate RUN = LocalDate.of(2026, 10, 31);

  static final long HEARD_FROM = 144L;

  /** A themes row, in the order the report shows its columns (rank first). */
  static ThemeRow theme(int rank, String id, String label, String origin, String kind,
      long customers, long mentions, Double breadth, Double negativeShare, Double quietShare,
      Double mixedShare, Double statedShare, Double hiddenness, Long churned, Double lift,
      Double low, Double high, Boolean supported, Double ratingDelta, Double impact,
      Double score, String basis) {
    return new ThemeRow(id, label, origin, kind, customers, mentions, breadth, negativeShare,
        quietShare, mixedShare, statedShare, hiddenness, churned, lift, low, high, supported,
        ratingDelta, impact, score, basis, rank, null, null, HEARD_FROM);
  }

  static ThemeExampleRow example(String themeId, int rank, String quote, String source,
      String cue, Boolean quiet, LocalDate eventDate, String unitId) {
    return new ThemeExampleRow(themeId, rank, quote, source, cue, quiet, unitId, eventDate);
  }

  static ThemeTrendRow trend(String themeId, LocalDate week, long mentions, long customers,
      Double negativeShare, Double mentionShare) {
    return new ThemeTrendRow(themeId, week, mentions, customers, negativeShare, null,
        mentionShare);
  }

  static final ThemeRow TRANSFERS = theme(1, "transfers",
      "Transferred around & \"repeating\" yourself's", "taxonomy", "papercut", 1234, 1500,
      0.16666666666666666, 0.78125, 0.76, 0.0, 0.16666666666666666, 0.7333333333333334, 14L,
      1.7872340425531916, 1.1898280605516898, 2.314184090252576, true, -0.2340374331550803,
      0.31241909696625564, 9.353267897947433, "churn_and_rating");
  static final ThemeRow EVIL = theme(2, "d_evil", XSS + " & co", "discovered", "papercut", 4, 5,
      0.027777777777777776, 1.0, null, 0.0, null, 0.625, 1L, null, null, null, false, null,
      0.08407563025210085, 0.8757878151260503, "rating");
  static final ThemeRow FORMULA = theme(3, "price", "=HYPERLINK(\"http://x.test\",\"y\")",
      "taxonomy", "stated", 17, 19, 0.11805555555555555, 0.6842105263157895, 0.8461538461538461,
      0.15384615384615385, 0.5555555555555556, 0.41025641025641024, 11L, 1.9824780976220275,
      1.265372838696062, 2.5334894176163623, true, -0.5, 0.3917899509955274, 0.0,
      "churn_and_rating");

  static final List<ThemeExampleRow> TRANSFER_QUOTES = List.of(
      example("transfers", 1, "I had to explain it again to the third agent, not a big deal, "
          + "but it added up.", "transcript", "not a big deal", true, LocalDate.of(2026, 10, 17),
          "u1"),
      example("transfers", 2, "Honestly " + XSS + " & \"quoted\" it's fine, Alert(1) twice",
          "survey", "alert(1)", false, LocalDate.of(2026, 10, 2), "u2"),
      example("transfers", 3, "They never called.", "survey", "never heard back", true,
          LocalDate.of(2026, 9, 1), "u3"),
      example("transfers", 4, "-5 stars: charged twice\r\nand transferred", "review",
          "charged twice", true, null, "u4"));
  static final List<ThemeExampleRow> EVIL_QUOTES = List.of(
      example("d_evil", 1, "@admin fix it\tplease", "review", null, null, null, "u5"),
      example("d_evil", 2, "\tTabbed start", "review", "+cue", false, null, "u6"));

  static ReportData data() {
    RunCounts run = new RunCounts(new RunRow("2026-10-31@2026-11-23T12:21:29Z", null,
        Instant.parse("2026-11-23T12:22:12Z"), "succeeded", null, 401L, 393L, 0L, 8L, 12345L,
        870L, null, null, null, null, null, "0.1.0-SNAPSHOT", null, "corenlp-4.5.10",
        "4dbe2b79ae162ce9", null, null), 150L, null, HEARD_FROM);
    return new ReportData(RUN, run, 20, List.of(TRANSFERS, EVIL, FORMULA),
        Map.of("transfers", TRANSFER_QUOTES, "d_evil", EVIL_QUOTES),
        Map.of("transfers", List.of(
                trend("transfers", LocalDate.of(2026, 9, 7), 3, 3, 1.0, null),
                trend("transfers", LocalDate.of(2026, 9, 21), 5, 4, 0.5, null),
                trend("transfers", LocalDate.of(2026, 10, 26), 2, 2, null, null)),
            "d_evil", List.of(trend("d_evil", LocalDate.of(2026, 9, 14), 1, 1, 1.0, null))),
        List.of(
            new ReasonTheme("Price", "transfers", TRANSFERS.label(), 6, false),
            new ReasonTheme("Price", "price", "Price too high", 5, true),
            new ReasonTheme("Price", "d_evil", EVIL.label(), 1, false),
            new ReasonTheme("Customer service " + XSS, "transfers", TRANSFERS.label(), 2, true),
            new ReasonTheme("Customer service " + XSS, "d_evil", EVIL.label(), 1, false),
            new ReasonTheme("Other", "gone", null, 1, false)));
  }

  static String html() {
    return new HtmlReportWriter(ReportOptions.DEFAULTS).render(data());
  }

  /** The {@code <tr>} of one theme in the top table. */
  static String row(String html, String themeId) {
    Matcher m = Pattern.compile("<tr data-theme-id=\"" + Pattern.quote(themeId) + "\">(.*?)</tr>",
        Pattern.DOTALL).matcher(html);
    assertTrue(m.find(), "no row for " + themeId);
    return m.group(1);
  }

  /** The text of the cell with class {@code cls} in a row, tags stripped. */
  static String cell(String row, String cls) {
    Matcher m = Pattern.compile("<td class=\"[^\"]*\\b" + cls + "\\b[^\"]*\">(.*?)</td>",
        Pattern.DOTALL).matcher(row);
    assertTrue(m.find(), "no cell " + cls + " in " + row);
    return m.group(1);
  }

  static String textOf(String fragment) {
    return fragment.replaceAll("<svg.*?</svg>", "").replaceAll("<[^>]+>", "").trim();
  }

  @Test
  void everyDataStringIsEscaped() throws IOException {
    String html = html();
    Files.writeString(Path.of("target", "report-fixture.html"), html);
    assertFalse(html.toLowerCase(Locale.ROOT).contains("<script"), "no script element at all");
    assertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; co"), "label");
    assertTrue(html.contains("Transferred around &amp; &quot;repeating&quot; yourself&#39;s"));
    assertTrue(html.contains("Honestly &lt;script&gt;<mark>alert(1)</mark>&lt;/script&gt; &amp; "
        + "&quot;quoted&quot; it&#39;s fine"), "quote with its cue highlighted inside");
    assertTrue(html.contains("<q class=\"said\">Customer service &lt;script&gt;"), "reason");
    assertTrue(html.contains("data-reason=\"Customer service &lt;script&gt;alert(1)&lt;/script&gt;\""),
        "attribute");
    assertTrue(html.contains("=HYPERLINK(&quot;http://x.test&quot;,&quot;y&quot;)"));
  }

  @Test
  void htmlEscapeCoversTheFiveSpecialCharacters() {
    assertEquals("&lt;a href=&quot;x&quot; title=&#39;y&#39;&gt;&amp;amp;&lt;/a&gt;",
        Html.escape("<a href=\"x\" title='y'>&amp;</a>"));
    assertEquals("plain text stays the same object", Html.escape("plain text stays the same object"));
    assertEquals("", Html.escape(null));
    assertEquals("a\uFFFDb", Html.escape("a\0b"));
  }

  @Test
  void hasEverySectionInOrder() {
    String html = html();
    int header = html.indexOf("id=\"summary\"");
    int top = html.indexOf("<section id=\"top-paper-cuts\">");
    int stated = html.indexOf("<section id=\"stated-vs-experienced\">");
    int quotes = html.indexOf("<section id=\"quotes\">");
    assertTrue(header > 0 && header < top && top < stated && stated < quotes, html);
    assertTrue(html.contains("<h1>Paper cuts, run date <time datetime=\"2026-10-31\">2026-10-31"));
    assertTrue(html.contains("<title>Paper cuts, run date 2026-10-31</title>"));
    assertTrue(html.contains("finished 2026-11-23 12:22 UTC"));
    assertEquals(3, Pattern.compile("<tr data-theme-id=").matcher(html).results().count());
    assertTrue(html.contains("The 3 highest-ranked of 20 themes"));
  }

  @Test
  void headerCountsAreFormattedAndNullsReadNa() {
    String html = html();
    assertEquals("401", count(html, "records_read"));
    assertEquals("0", count(html, "records_quarantined"));
    assertEquals("8", count(html, "records_skipped"));
    assertEquals("12,345", count(html, "units"));
    assertEquals("870", count(html, "sentences"));
    assertEquals("144", count(html, "customers_heard_from"));
    assertEquals("150", count(html, "customers"));
    assertEquals("n/a", count(html, "churned_customers"));
    assertEquals("20", count(html, "themes"));
  }

  static String count(String html, String key) {
    Matcher m = Pattern.compile("<div data-count=\"" + key + "\"><dt>[^<]*</dt><dd>(.*?)</dd>")
        .matcher(html);
    assertTrue(m.find(), key);
    return textOf(m.group(1));
  }

  @Test
  void themeRowsShowTheDataNumbers() {
    String html = html();
    String t = row(html, "transfers");
    assertEquals("1", textOf(cell(t, "rank")));
    assertEquals("Transferred around &amp; &quot;repeating&quot; yourself&#39;s",
        textOf(cell(t, "label")));
    assertEquals("1,234", textOf(cell(t, "customers")));
    assertEquals("76%", textOf(cell(t, "quiet")));
    assertEquals("17%", textOf(cell(t, "stated")));
    assertEquals("1.79 [1.19, 2.31]", textOf(cell(t, "lift")));
    assertEquals("9.35", textOf(cell(t, "score")));
    assertTrue(cell(t, "lift").contains("class=\"interval above\""), "lower end above 1");
    assertTrue(cell(t, "score").contains("<rect class=\"bar-fg\" width=\"90.0\""), "top score, full bar");

    String e = row(html, "d_evil");
    assertEquals("n/a", textOf(cell(e, "quiet")));
    assertEquals("n/a", textOf(cell(e, "stated")));
    assertEquals("n/a", textOf(cell(e, "lift")));
    assertEquals("0.88", textOf(cell(e, "score")));
    assertTrue(cell(e, "label").contains("<span class=\"tag\">discovered</span>"));
    assertTrue(cell(row(html, "price"), "label").contains("stated reason"));
    assertEquals("0.00", textOf(cell(row(html, "price"), "score")));
    assertTrue(cell(row(html, "price"), "score").contains("<rect class=\"bar-fg\" width=\"0.0\""));
  }

  @Test
  void sparklinesShareOneWeeklyAxisWithGapsAsZero() {
    String html = html();
    String trend = cell(row(html, "transfers"), "trend");
    // Weeks 2026-09-07 .. 2026-10-26 (8 Mondays); the missing ones count zero.
    assertTrue(trend.contains("weeks of 2026-09-07 to 2026-10-26: 3, 0, 5, 0, 0, 0, 0, 2 (peak 5)"),
        trend);
    assertTrue(trend.contains("<polyline points=\"3.0,11.8 "), "first point at the left, 3 of 5");
    assertTrue(cell(row(html, "d_evil"), "trend").contains(": 0, 1, 0, 0, 0, 0, 0, 0 (peak 1)"));
    assertEquals("n/a", textOf(cell(row(html, "price"), "trend")), "no trend rows");
  }

  @Test
  void statedReasonsListWhatCustomersAlsoMentioned() {
    String html = html();
    Matcher m = Pattern.compile("<li data-reason=\"Price\">(.*?)</li>\n", Pattern.DOTALL)
        .matcher(html);
    assertTrue(m.find());
    String price = m.group(1);
    assertTrue(price.contains("Customers who said <q class=\"said\">Price</q> also mentioned:"));
    assertTrue(price.indexOf("Transferred around") < price.indexOf("&lt;script&gt;"),
        "biggest first");
    assertTrue(price.contains("yourself&#39;s <b>6</b>"), price);
    assertTrue(price.contains("<span class=\"chip named\">Price too high <b>5</b></span>"), price);
    assertTrue(html.indexOf("data-reason=\"Price\"") < html.indexOf("data-reason=\"Other\""),
        "reasons by customers who experienced something else");
    assertTrue(html.contains("data-theme-id=\"gone\">gone <b>1</b>"), "label missing: the id");
  }

  @Test
  void quotesHighlightTheCueAndCarryBadges() {
    String html = html();
    assertTrue(html.contains("to the third agent, <mark>not a big deal</mark>, but it added up."));
    assertTrue(html.contains("<span class=\"badge source\">transcript</span> "
        + "<span class=\"badge quiet\">quiet</span> <time datetime=\"2026-10-17\">"));
    assertTrue(html.contains("They never called.</blockquote>"));
    assertTrue(html.contains("<span class=\"cue-label\">cue: <mark>never heard back</mark>"),
        "a cue not in the quote is shown next to it");
    assertFalse(html.contains("charged twice"), "3 quotes per theme by default, not the 4th");
    assertTrue(html.contains("\tTabbed start"));
    assertTrue(html.contains("id=\"quotes-1\"") && html.contains("href=\"#quotes-1\""));
    assertTrue(html.contains("No quotes for this theme"), "price has none");
    assertFalse(new HtmlReportWriter(new ReportOptions(20, 0, true)).render(data())
        .contains("id=\"quotes\""));
  }

  @Test
  void highlightPrefersWholeWordsAndEscapesPiecesApart() {
    assertEquals("a <mark>typo</mark> in typos",
        HtmlReportWriter.highlight("a typo in typos", "typo").html());
    assertEquals("<mark>Typo</mark>s &amp; more",
        HtmlReportWriter.highlight("Typos & more", "typo").html());
    assertEquals("x &lt;b&gt;", HtmlReportWriter.highlight("x <b>", null).html());
    assertFalse(HtmlReportWriter.highlight("nothing here", "cue").found());
  }

  @Test
  void pageIsSelfContained() {
    String html = html();
    String lower = html.toLowerCase(Locale.ROOT);
    for (String banned : List.of("<script", "<img", "<iframe", "<object", "<embed", "@import",
        "url(", "src=", "<link rel=\"stylesheet\"", " on")) {
      if (banned.equals(" on")) {
        assertFalse(Pattern.compile("\\son[a-z]+\\s*=").matcher(lower).find(), "event handler");
      } else {
        assertFalse(lower.contains(banned), banned);
      }
    }
    Matcher href = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (href.find()) {
      assertTrue(href.group(1).startsWith("#") || href.group(1).startsWith("data:"),
          "only in-page links: " + href.group(1));
    }
    assertTrue(html.contains("Content-Security-Policy\" content=\"default-src 'none';"));
    assertTrue(html.startsWith("<!DOCTYPE html>"));
    assertTrue(html.contains("@media print"));
  }

  @Test
  void emptyRunDateRendersWithNa() {
    ReportData empty = new ReportData(RUN, RunCounts.missing(), 0, List.of(), Map.of(),
        Map.of(), List.of());
    String html = new HtmlReportWriter(ReportOptions.DEFAULTS).render(empty);
    assertTrue(html.contains("No themes for this run date."));
    assertTrue(html.contains("No exit-survey reasons in this window."));
    assertTrue(html.contains("has no <code>runs</code> row"));
    assertEquals("n/a", count(html, "records_read"));
    assertEquals("0", count(html, "themes"));
    assertTrue(html.contains("papercuts <span class=\"na\">n/a</span>"));
  }

  @Test
  void neutralisesFormulaStartsOnly() {
    for (String s : List.of("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx")) {
      assertEquals("'" + s, CsvReportWriter.neutralise(s));
    }
    for (String s : List.of("", "1", "a=b", " =1", "'x", "Price")) {
      assertEquals(s, CsvReportWriter.neutralise(s));
    }
    assertNull(CsvReportWriter.neutralise(null));
  }

  @Test
  void themesCsvHasTheColumnsAndSafeCellsAndRealNumbers() throws IOException {
    String csv = themesCsv();
    assertEquals(golden("top-themes.csv"), csv);
    try (CSVParser p = parse(csv)) {
      assertEquals(List.of("rank", "theme_id", "label", "origin", "kind", "customers", "mentions",
          "breadth", "negative_share", "quiet_share", "mixed_share", "stated_share", "hiddenness",
          "churned_customers", "churn_lift", "churn_lift_low", "churn_lift_high",
          "lift_supported", "rating_delta", "impact", "papercut_score", "score_basis",
          "customers_heard_from", "run_date"), p.getHeaderNames());
      List<CSVRecord> rows = p.getRecords();
      assertEquals(3, rows.size());
      CSVRecord t = rows.get(0);
      assertEquals("transfers", t.get("theme_id"));
      assertEquals(TRANSFERS.label(), t.get("label"));
      assertEquals(1234L, Long.parseLong(t.get("customers")));
      assertEquals(HEARD_FROM, Long.parseLong(t.get("customers_heard_from")));
      assertEquals(TRANSFERS.quietShare(), Double.parseDouble(t.get("quiet_share")));
      assertEquals(TRANSFERS.ratingDelta(), Double.parseDouble(t.get("rating_delta")),
          "a negative number stays a number");
      assertEquals("-0.2340374331550803", t.get("rating_delta"));
      assertEquals(TRANSFERS.papercutScore(), Double.parseDouble(t.get("papercut_score")));
      assertEquals("true", t.get("lift_supported"));
      assertEquals("2026-10-31", t.get("run_date"));

      CSVRecord e = rows.get(1);
      assertEquals(XSS + " & co", e.get("label"), "CSV is not HTML: no escaping");
      assertEquals("", e.get("churn_lift"), "null is an empty cell");
      assertEquals("", e.get("quiet_share"));
      assertEquals("false", e.get("lift_supported"));

      CSVRecord f = rows.get(2);
      assertEquals("'=HYPERLINK(\"http://x.test\",\"y\")", f.get("label"));
      assertEquals("-0.5", f.get("rating_delta"));
      assertEquals("0.0", f.get("papercut_score"));
    }
  }

  @Test
  void examplesCsvNeutralisesQuotesAndKeepsTheirText() throws IOException {
    StringWriter w = new StringWriter();
    CsvReportWriter.writeExamples(data(), w);
    String csv = w.toString();
    assertEquals(golden("theme-examples.csv"), csv);
    try (CSVParser p = parse(csv)) {
      assertEquals(CsvReportWriter.exampleColumns(), p.getHeaderNames());
      List<CSVRecord> rows = p.getRecords();
      assertEquals(6, rows.size(), "every stored quote of the top themes, not only 3");
      assertEquals("1", rows.get(0).get("theme_rank"));
      assertEquals("1", rows.get(0).get("example_rank"));
      assertEquals("not a big deal", rows.get(0).get("cue"));
      assertEquals("true", rows.get(0).get("is_quiet"));
      assertEquals("2026-10-17", rows.get(0).get("event_date"));
      assertEquals("Honestly " + XSS + " & \"quoted\" it's fine, Alert(1) twice",
          rows.get(1).get("quote"));
      assertEquals("'-5 stars: charged twice\r\nand transferred", rows.get(3).get("quote"));
      assertEquals("", rows.get(3).get("event_date"));
      assertEquals("'@admin fix it\tplease", rows.get(4).get("quote"));
      assertEquals("", rows.get(4).get("cue"));
      assertEquals("", rows.get(4).get("is_quiet"));
      assertEquals("'\tTabbed start", rows.get(5).get("quote"));
      assertEquals("'+cue", rows.get(5).get("cue"));
      assertEquals("2", rows.get(5).get("theme_rank"));
      for (CSVRecord r : rows) {
        for (String v : r.values()) {
          assertTrue(v.isEmpty() || "=+-@\t\r".indexOf(v.charAt(0)) < 0
              || v.matches("-?[0-9.]+"), "unsafe cell " + v);
        }
      }
    }
  }

  @Test
  void emptyCsvsHaveOnlyTheHeader() throws IOException {
    ReportData empty = new ReportData(RUN, RunCounts.missing(), 0, List.of(), Map.of(),
        Map.of(), List.of());
    StringWriter w = new StringWriter();
    CsvReportWriter.writeThemes(empty, w);
    assertEquals(String.join(",", CsvReportWriter.themeColumns()) + "\r\n", w.toString());
  }

  static String themesCsv() throws IOException {
    StringWriter w = new StringWriter();
    CsvReportWriter.writeThemes(data(), w);
    return w.toString();
  }

  static CSVParser parse(String csv) throws IOException {
    return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
        .parse(new StringReader(csv));
  }

  static String golden(String name) throws IOException {
    try (InputStream in = ReportWriterTest.class.getResourceAsStream(
        "/ReportWriterTest/" + name)) {
      assertTrue(in != null, "golden file ReportWriterTest/" + name);
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
