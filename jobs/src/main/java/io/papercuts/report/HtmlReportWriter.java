package io.papercuts.report;

import static io.papercuts.report.Html.escape;
import static io.papercuts.report.Html.textOrNa;

import io.papercuts.jobs.Tables.RunRow;
import io.papercuts.jobs.Tables.ThemeExampleRow;
import io.papercuts.jobs.Tables.ThemeRow;
import io.papercuts.jobs.Tables.ThemeTrendRow;
import io.papercuts.report.ReportData.ReasonTheme;
import io.papercuts.report.ReportData.RunCounts;
import io.papercuts.scoring.PapercutScorer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Renders {@link ReportData} as one self-contained HTML page: inline CSS, charts as inline SVG,
 * no script, font, image or network reference, and a Content-Security-Policy that forbids them
 * anyway. Opened from disk and printable.
 *
 * <p>Every data string (labels, quotes, cues, reasons, ids, versions) is HTML-escaped by
 * {@link Html}; the writer appends only its own markup raw. Missing values read "n/a". Output is
 * a pure function of the data (no clock, no locale), so it can be compared across runs.
 * Immutable and thread-safe.
 */
public final class HtmlReportWriter {

  /** The longest trend a sparkline draws, in weeks (the most recent ones). */
  static final int MAX_WEEKS = 60;
  private static final int CHIPS_PER_REASON = 8;
  private static final String CSS = resource("report.css");
  private static final DateTimeFormatter FINISHED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

  private final ReportOptions options;

  public HtmlReportWriter(ReportOptions options) {
    this.options = options;
  }

  /** The whole page. */
  public String render(ReportData d) {
    StringBuilder h = new StringBuilder(64 * 1024);
    head(h, d);
    h.append("<body>\n<main>\n");
    header(h, d);
    topThemes(h, d);
    statedVsExperienced(h, d);
    quotes(h, d);
    footer(h, d);
    h.append("</main>\n</body>\n</html>\n");
    return h.toString();
  }

  private static void head(StringBuilder h, ReportData d) {
    h.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        // Defence in depth: even a markup bug could not run a script or load anything.
        .append("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; ")
        .append("style-src 'unsafe-inline'; img-src data:\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<meta name=\"generator\" content=\"papercuts\">\n")
        // An empty icon, so the browser does not look for /favicon.ico.
        .append("<link rel=\"icon\" href=\"data:,\">\n")
        .append("<title>Paper cuts, run date ").append(d.runDate()).append("</title>\n")
        .append("<style>\n").append(CSS).append("</style>\n</head>\n");
  }

  private static void header(StringBuilder h, ReportData d) {
    RunCounts r = d.run();
    h.append("<header class=\"report-header\" id=\"summary\">\n")
        .append("<p class=\"kicker\">papercuts report</p>\n")
        .append("<h1>Paper cuts, run date <time datetime=\"").append(d.runDate()).append("\">")
        .append(d.runDate()).append("</time></h1>\n");
    if (r.complete()) {
      RunRow run = r.run();
      h.append("<p class=\"run-meta\">Run <code>").append(escape(run.runId())).append("</code>, ")
          .append(textOrNa(run.status()));
      if (run.finishedAt() != null) {
        h.append(", finished ").append(FINISHED.format(run.finishedAt()));
      }
      h.append("</p>\n");
    } else {
      h.append("<p class=\"warning\">This run date has no <code>runs</code> row: the run is "
          + "incomplete or still running, so the counts below are n/a.</p>\n");
    }
    h.append("<dl class=\"counts\">\n");
    count(h, "records_read", "Records read", r.of(RunRow::recordsRead));
    count(h, "records_quarantined", "Quarantined", r.of(RunRow::recordsQuarantined));
    count(h, "records_skipped", "Skipped", r.of(RunRow::recordsSkipped));
    count(h, "units", "Text units", r.of(RunRow::units));
    count(h, "sentences", "Sentences", r.of(RunRow::sentences));
    count(h, "customers_heard_from", "Customers heard from", r.customersHeardFrom());
    count(h, "customers", "Customers", r.customers());
    count(h, "churned_customers", "Churned", r.churnedCustomers());
    count(h, "themes", "Themes", d.totalThemes());
    h.append("</dl>\n</header>\n");
  }

  private static void count(StringBuilder h, String key, String label, Long value) {
    h.append("<div data-count=\"").append(key).append("\"><dt>").append(label)
        .append("</dt><dd>").append(value == null ? Html.NA : Formats.count(value))
        .append("</dd></div>\n");
  }

  private void topThemes(StringBuilder h, ReportData d) {
    List<ThemeRow> themes = d.themes();
    h.append("<section id=\"top-paper-cuts\">\n<h2>Top paper cuts</h2>\n")
        .append("<p class=\"lede\">The ").append(themes.size()).append(" highest-ranked of ")
        .append(d.totalThemes()).append(" themes. A paper cut is widespread, quiet and unstated, "
            + "and its customers leave more often than others. <b>Quiet</b>: share of its "
            + "complaints that are hedged or calm. <b>Stated</b>: of its customers who gave an "
            + "exit reason, the share whose reason names it. <b>Churn lift</b>: how much more "
            + "often its customers churn than everyone (1.00 = no difference) with its 95% "
            + "interval, n/a with too few customers or without churn data (no customer file)."
            + "</p>\n");
    if (themes.isEmpty()) {
      h.append("<p class=\"empty\">No themes for this run date.</p>\n</section>\n");
      return;
    }
    List<LocalDate> weeks = weekGrid(d);
    double maxScore = themes.stream().map(ThemeRow::papercutScore).filter(Formats::finite)
        .mapToDouble(Double::doubleValue).max().orElse(0);
    double liftScale = Math.min(10, Math.max(2, Math.ceil(themes.stream()
        .map(ThemeRow::churnLiftHigh).filter(Formats::finite).mapToDouble(Double::doubleValue)
        .max().orElse(2))));
    h.append("<table class=\"themes\">\n<thead><tr>")
        .append("<th scope=\"col\" class=\"num\">Rank</th><th scope=\"col\">Theme</th>")
        .append("<th scope=\"col\">Weekly mentions</th>")
        .append("<th scope=\"col\" class=\"num\">Customers</th>")
        .append("<th scope=\"col\" class=\"num\">Quiet</th>")
        .append("<th scope=\"col\" class=\"num\">Stated</th>")
        .append("<th scope=\"col\">Churn lift [95% CI]</th><th scope=\"col\">Score</th>")
        .append("</tr></thead>\n<tbody>\n");
    for (ThemeRow t : themes) {
      boolean linked = options.quotesPerTheme() > 0 && !d.examplesOf(t.themeId()).isEmpty();
      h.append("<tr data-theme-id=\"").append(escape(t.themeId())).append("\">")
          .append("<td class=\"num rank\">").append(t.rank()).append("</td>")
          .append("<td class=\"label\">");
      if (linked) {
        h.append("<a href=\"#quotes-").append(t.rank()).append("\">")
            .append(textOrNa(t.label())).append("</a>");
      } else {
        h.append(textOrNa(t.label()));
      }
      if ("stated".equals(t.kind())) {
        h.append(" <span class=\"tag stated\">stated reason</span>");
      }
      if ("discovered".equals(t.origin())) {
        h.append(" <span class=\"tag\">discovered</span>");
      }
      h.append("</td>")
          .append("<td class=\"trend\">").append(sparkline(d.trendOf(t.themeId()), weeks))
          .append("</td>")
          .append("<td class=\"num customers\">").append(Formats.count(t.customers()))
          .append("</td>")
          .append("<td class=\"num quiet\">").append(na(Formats.percent(t.quietShare())))
          .append("</td>")
          .append("<td class=\"num stated\">").append(na(Formats.percent(t.statedShare())))
          .append("</td>")
          .append("<td class=\"lift\"><span class=\"lift-text\">")
          .append(liftText(t))
          .append("</span>").append(liftGlyph(t, liftScale)).append("</td>")
          .append("<td class=\"score\"><span class=\"score-text\">")
          .append(na(Formats.decimal2(t.papercutScore()))).append("</span>")
          .append(scoreBar(t.papercutScore(), maxScore)).append("</td>")
          .append("</tr>\n");
    }
    h.append("</tbody>\n</table>\n</section>\n");
  }

  private static void statedVsExperienced(StringBuilder h, ReportData d) {
    h.append("<section id=\"stated-vs-experienced\">\n")
        .append("<h2>What they say vs what they experience</h2>\n")
        .append("<p class=\"lede\">Exit-survey reasons next to the themes the same customers "
            + "mentioned (customers per theme). Most are frictions the customers lived through "
            + "but did not give as their reason; a theme the reason itself names (\u201cCustomer "
            + "service\u201d names hold times) is listed apart.</p>\n");
    Map<String, List<ReasonTheme>> byReason = new LinkedHashMap<>();
    for (ReasonTheme r : d.reasons()) {
      byReason.computeIfAbsent(r.statedReason() == null ? "" : r.statedReason(),
          k -> new ArrayList<>()).add(r);
    }
    if (byReason.isEmpty()) {
      h.append("<p class=\"empty\">No exit-survey reasons in this window.</p>\n</section>\n");
      return;
    }
    Map<String, Long> unstatedTotal = new HashMap<>();
    byReason.forEach((reason, rows) -> unstatedTotal.put(reason, rows.stream()
        .filter(r -> !r.namesTheme()).mapToLong(ReasonTheme::customers).sum()));
    List<String> order = new ArrayList<>(byReason.keySet());
    order.sort(Comparator.comparing((String r) -> -unstatedTotal.get(r))
        .thenComparing(Comparator.naturalOrder()));
    Comparator<ReasonTheme> biggest = Comparator.comparingLong(ReasonTheme::customers).reversed()
        .thenComparing(r -> String.valueOf(r.themeLabel()));
    h.append("<ul class=\"reasons\">\n");
    for (String reason : order) {
      List<ReasonTheme> unstated = byReason.get(reason).stream().filter(r -> !r.namesTheme())
          .sorted(biggest).toList();
      List<ReasonTheme> named = byReason.get(reason).stream().filter(ReasonTheme::namesTheme)
          .sorted(biggest).toList();
      h.append("<li data-reason=\"").append(escape(reason)).append("\">")
          .append("<p class=\"reason\">Customers who said <q class=\"said\">")
          .append(textOrNa(reason)).append("</q> also mentioned:</p>\n<ul class=\"chips\">");
      if (unstated.isEmpty()) {
        h.append("<li class=\"chip none\">no other theme</li>");
      }
      for (ReasonTheme r : unstated.subList(0, Math.min(CHIPS_PER_REASON, unstated.size()))) {
        chip(h, r);
      }
      if (unstated.size() > CHIPS_PER_REASON) {
        h.append("<li class=\"chip more\">+").append(unstated.size() - CHIPS_PER_REASON)
            .append(" more</li>");
      }
      h.append("</ul>\n");
      if (!named.isEmpty()) {
        h.append("<p class=\"named-line\">and the theme their reason names: ");
        for (ReasonTheme r : named) {
          h.append("<span class=\"chip named\">").append(reasonThemeLabel(r)).append(" <b>")
              .append(Formats.count(r.customers())).append("</b></span> ");
        }
        h.append("</p>\n");
      }
      h.append("</li>\n");
    }
    h.append("</ul>\n</section>\n");
  }

  private static void chip(StringBuilder h, ReasonTheme r) {
    h.append("<li class=\"chip\" data-theme-id=\"")
        .append(escape(r.themeId())).append("\">").append(reasonThemeLabel(r)).append(" <b>")
        .append(Formats.count(r.customers())).append("</b></li>");
  }

  private static String reasonThemeLabel(ReasonTheme r) {
    return textOrNa(r.themeLabel() != null ? r.themeLabel() : r.themeId());
  }

  private void quotes(StringBuilder h, ReportData d) {
    if (options.quotesPerTheme() == 0) {
      return;
    }
    h.append("<section id=\"quotes\">\n<h2>In their words</h2>\n")
        .append("<p class=\"lede\">Up to ").append(options.quotesPerTheme())
        .append(" quotes per theme, PII redacted. The highlighted phrase is the cue that made "
            + "the sentence a paper cut; <span class=\"badge quiet\">quiet</span> marks a hedged "
            + "or calmly stated complaint.</p>\n");
    if (d.themes().isEmpty()) {
      h.append("<p class=\"empty\">No themes for this run date.</p>\n");
    }
    for (ThemeRow t : d.themes()) {
      List<ThemeExampleRow> examples = d.examplesOf(t.themeId());
      h.append("<article class=\"theme-quotes\" id=\"quotes-").append(t.rank())
          .append("\" data-theme-id=\"").append(escape(t.themeId())).append("\">\n")
          .append("<h3><span class=\"rank\">").append(t.rank()).append("</span> ")
          .append(textOrNa(t.label())).append("</h3>\n");
      if (examples.isEmpty()) {
        h.append("<p class=\"empty\">No quotes for this theme (its mentions may come from "
            + "conversation structure, such as transfers between agents).</p>\n</article>\n");
        continue;
      }
      h.append("<ol class=\"quotes\">\n");
      int shown = Math.min(options.quotesPerTheme(), examples.size());
      for (ThemeExampleRow e : examples.subList(0, shown)) {
        Highlight q = highlight(e.quote(), e.cue());
        h.append("<li><blockquote>").append(q.html()).append("</blockquote>\n")
            .append("<p class=\"quote-meta\"><span class=\"badge source\">")
            .append(textOrNa(e.source())).append("</span>");
        if (Boolean.TRUE.equals(e.isQuiet())) {
          h.append(" <span class=\"badge quiet\">quiet</span>");
        }
        if (!q.found() && e.cue() != null && !e.cue().isBlank()) {
          h.append(" <span class=\"cue-label\">cue: <mark>").append(escape(e.cue()))
              .append("</mark></span>");
        }
        if (e.eventDate() != null) {
          h.append(" <time datetime=\"").append(e.eventDate()).append("\">")
              .append(e.eventDate()).append("</time>");
        }
        h.append("</p></li>\n");
      }
      h.append("</ol>\n</article>\n");
    }
    h.append("</section>\n");
  }

  private static void footer(StringBuilder h, ReportData d) {
    RunCounts r = d.run();
    h.append("<footer>\n<p>papercuts ").append(textOrNa(r.of(RunRow::papercutsVersion)))
        .append(" &middot; model ").append(textOrNa(r.of(RunRow::modelVersion)))
        .append(" &middot; config ").append(textOrNa(r.of(RunRow::configHash))).append("</p>\n")
        .append("<p>Score = 100 &times; &radic;breadth &times; hiddenness &times; impact, where "
            + "hiddenness rewards unstated and quiet themes and impact is the lower end of the "
            + "churn lift above 1 plus any rating drop (docs/method.md). Every number is over "
            + "the summary window ending on the run date. The same themes and their quotes are "
            + "in <code>top-themes.csv</code> and <code>theme-examples.csv</code> next to this "
            + "file.</p>\n</footer>\n");
  }

  /** A quote with its cue in {@code <mark>}: the pieces are escaped apart, never the markup. */
  record Highlight(String html, boolean found) {
  }

  static Highlight highlight(String quote, String cue) {
    if (quote == null) {
      return new Highlight(Html.NA, false);
    }
    if (cue == null || cue.isBlank()) {
      return new Highlight(escape(quote), false);
    }
    String c = Pattern.quote(cue.strip());
    int flags = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    Matcher m = Pattern.compile("(?<![\\p{L}\\p{N}])" + c + "(?![\\p{L}\\p{N}])", flags)
        .matcher(quote);
    if (!m.find()) {
      m = Pattern.compile(c, flags).matcher(quote);
      if (!m.find()) {
        return new Highlight(escape(quote), false);
      }
    }
    return new Highlight(escape(quote.substring(0, m.start())) + "<mark>"
        + escape(quote.substring(m.start(), m.end())) + "</mark>"
        + escape(quote.substring(m.end())), true);
  }

  /** The weeks every sparkline spans, so they share one time axis: oldest to newest. */
  static List<LocalDate> weekGrid(ReportData d) {
    TreeSet<LocalDate> seen = new TreeSet<>();
    d.trends().values().forEach(points -> points.forEach(p -> {
      if (p.week() != null) {
        seen.add(p.week());
      }
    }));
    if (seen.isEmpty()) {
      return List.of();
    }
    LocalDate first = seen.first();
    LocalDate last = seen.last();
    List<LocalDate> grid = new ArrayList<>();
    for (LocalDate w = first; !w.isAfter(last); w = w.plusWeeks(1)) {
      grid.add(w);
    }
    if (!grid.containsAll(seen)) {
      grid = new ArrayList<>(seen);
    }
    return grid.size() > MAX_WEEKS ? grid.subList(grid.size() - MAX_WEEKS, grid.size()) : grid;
  }

  static String sparkline(List<ThemeTrendRow> points, List<LocalDate> weeks) {
    if (points.isEmpty() || weeks.isEmpty()) {
      return Html.NA;
    }
    // Per 1,000 of the week's sentences where known: a week with far more feedback is not a spike.
    boolean shares = points.stream().allMatch(p -> Formats.finite(p.mentionShare()));
    Map<LocalDate, Long> byWeek = new HashMap<>();
    points.forEach(p -> byWeek.merge(p.week(),
        shares ? Math.round(p.mentionShare() * 1000) : p.mentions(), Long::sum));
    long[] v = weeks.stream().mapToLong(w -> byWeek.getOrDefault(w, 0L)).toArray();
    long max = Math.max(1, java.util.Arrays.stream(v).max().orElse(1));
    double w = 120;
    double ht = 28;
    double pad = 3;
    StringBuilder pts = new StringBuilder();
    double x = 0;
    double y = 0;
    for (int i = 0; i < v.length; i++) {
      x = v.length == 1 ? w / 2 : pad + i * (w - 2 * pad) / (v.length - 1);
      y = ht - pad - (double) v[i] / max * (ht - 2 * pad);
      pts.append(i == 0 ? "" : " ").append(Formats.coord(x)).append(',')
          .append(Formats.coord(y));
    }
    StringBuilder values = new StringBuilder();
    for (int i = 0; i < v.length; i++) {
      values.append(i == 0 ? "" : ", ").append(v[i]);
    }
    String text = (shares ? "Weekly mentions per 1,000 sentences" : "Weekly mentions")
        + ", weeks of " + weeks.get(0) + " to " + weeks.get(weeks.size() - 1)
        + ": " + values + " (peak " + max + ")";
    return "<svg class=\"spark\" viewBox=\"0 0 120 28\" width=\"120\" height=\"28\" role=\"img\" "
        + "aria-label=\"" + escape(text) + "\"><title>" + escape(text) + "</title>"
        + "<line class=\"base\" x1=\"" + Formats.coord(pad) + "\" y1=\"" + Formats.coord(ht - pad)
        + "\" x2=\"" + Formats.coord(w - pad) + "\" y2=\"" + Formats.coord(ht - pad) + "\"/>"
        + "<polyline points=\"" + pts + "\"/>"
        + "<circle cx=\"" + Formats.coord(x) + "\" cy=\"" + Formats.coord(y) + "\" r=\"2\"/>"
        + "</svg><span class=\"peak\">peak " + max + "</span>";
  }

  static String scoreBar(Double score, double maxScore) {
    if (!Formats.finite(score)) {
      return "";
    }
    double width = maxScore > 0 ? Math.max(0, score) / maxScore * 90 : 0;
    return "<svg class=\"bar\" viewBox=\"0 0 90 10\" width=\"90\" height=\"10\" aria-hidden=\"true\">"
        + "<rect class=\"bar-bg\" width=\"90\" height=\"10\" rx=\"2\"/>"
        + "<rect class=\"bar-fg\" width=\"" + Formats.coord(width) + "\" height=\"10\" rx=\"2\"/>"
        + "</svg>";
  }

  /** The lift and its interval, or why it is missing. */
  private static String liftText(ThemeRow t) {
    String lift = Formats.lift(t.churnLift(), t.churnLiftLow(), t.churnLiftHigh());
    if (Formats.NA.equals(lift) && t.scoreBasis() != null
        && t.scoreBasis().endsWith(PapercutScorer.NO_CHURN_DATA)) {
      return "n/a (no churn data)";
    }
    return na(lift);
  }

  /** The lift's interval against 1 (no difference); accented when its lower end is above 1. */
  static String liftGlyph(ThemeRow t, double scaleMax) {
    if (!Formats.finite(t.churnLift()) || !Formats.finite(t.churnLiftLow())
        || !Formats.finite(t.churnLiftHigh())) {
      return "";
    }
    double w = 100;
    double pad = 4;
    java.util.function.DoubleUnaryOperator x =
        v -> pad + Math.max(0, Math.min(v, scaleMax)) / scaleMax * (w - 2 * pad);
    String cls = t.churnLiftLow() > 1 ? "interval above" : "interval";
    return "<svg class=\"" + cls + "\" viewBox=\"0 0 100 14\" width=\"100\" height=\"14\" "
        + "aria-hidden=\"true\">"
        + "<line class=\"ref\" x1=\"" + Formats.coord(x.applyAsDouble(1)) + "\" y1=\"1\" x2=\""
        + Formats.coord(x.applyAsDouble(1)) + "\" y2=\"13\"/>"
        + "<line class=\"ci\" x1=\"" + Formats.coord(x.applyAsDouble(t.churnLiftLow()))
        + "\" y1=\"7\" x2=\"" + Formats.coord(x.applyAsDouble(t.churnLiftHigh())) + "\" y2=\"7\"/>"
        + "<circle cx=\"" + Formats.coord(x.applyAsDouble(t.churnLift())) + "\" cy=\"7\" r=\"3\"/>"
        + "</svg>";
  }

  private static String na(String formatted) {
    return Formats.NA.equals(formatted) ? Html.NA : formatted;
  }

  private static String resource(String name) {
    try (InputStream in = HtmlReportWriter.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/papercuts/report/" + name);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
