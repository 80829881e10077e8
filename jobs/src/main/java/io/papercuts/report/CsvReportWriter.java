package io.papercuts.report;

import io.papercuts.report.ReportData.Example;
import io.papercuts.report.ReportData.Theme;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes the top themes and their quotes as CSV for spreadsheets: RFC 4180 (comma, double quotes,
 * CRLF), UTF-8 without a byte-order mark, a header row, one row per theme or quote.
 *
 * <p><b>Formula injection.</b> Every column is typed. Text cells (labels, quotes, cues, ids)
 * that start with {@code = + - @}, a tab or a carriage return get a leading {@code '} so a
 * spreadsheet shows them as text instead of evaluating them. Number, boolean and date cells are
 * never neutralised: they are written by this class from typed values (a negative
 * {@code rating_delta} stays {@code -0.2340374331550803}, a number), so they cannot carry a
 * formula. Numbers are written in full precision without exponent, nulls as empty cells.
 * Stateless, thread-safe.
 */
public final class CsvReportWriter {

  /** The characters a spreadsheet may read as the start of a formula. */
  private static final String FORMULA_START = "=+-@\t\r";

  private static final CSVFormat FORMAT = CSVFormat.RFC4180.builder().setRecordSeparator("\r\n")
      .build();

  private enum Kind { TEXT, NUMBER, BOOLEAN, DATE }

  private record Column<T>(String name, Kind kind, Function<T, Object> value) {
  }

  private static final List<Column<ThemeRow>> THEME_COLUMNS = List.of(
      number("rank", r -> r.t.rank()),
      text("theme_id", r -> r.t.themeId()),
      text("label", r -> r.t.label()),
      text("origin", r -> r.t.origin()),
      text("kind", r -> r.t.kind()),
      number("customers", r -> r.t.customers()),
      number("mentions", r -> r.t.mentions()),
      number("breadth", r -> r.t.breadth()),
      number("negative_share", r -> r.t.negativeShare()),
      number("quiet_share", r -> r.t.quietShare()),
      number("mixed_share", r -> r.t.mixedShare()),
      number("stated_share", r -> r.t.statedShare()),
      number("hiddenness", r -> r.t.hiddenness()),
      number("churned_customers", r -> r.t.churnedCustomers()),
      number("churn_lift", r -> r.t.churnLift()),
      number("churn_lift_low", r -> r.t.churnLiftLow()),
      number("churn_lift_high", r -> r.t.churnLiftHigh()),
      bool("lift_supported", r -> r.t.liftSupported()),
      number("rating_delta", r -> r.t.ratingDelta()),
      number("impact", r -> r.t.impact()),
      number("papercut_score", r -> r.t.papercutScore()),
      text("score_basis", r -> r.t.scoreBasis()),
      date("run_date", r -> r.runDate));

  private static final List<Column<ExampleRow>> EXAMPLE_COLUMNS = List.of(
      number("theme_rank", r -> r.t.rank()),
      text("theme_id", r -> r.t.themeId()),
      text("theme_label", r -> r.t.label()),
      number("example_rank", r -> r.e.rank()),
      text("quote", r -> r.e.quote()),
      text("cue", r -> r.e.cue()),
      text("source", r -> r.e.source()),
      bool("is_quiet", r -> r.e.quiet()),
      date("event_date", r -> r.e.eventDate()),
      text("unit_id", r -> r.e.unitId()),
      date("run_date", r -> r.runDate));

  private record ThemeRow(Theme t, LocalDate runDate) {
  }

  private record ExampleRow(Theme t, Example e, LocalDate runDate) {
  }

  private CsvReportWriter() {
  }

  /** The header of {@code top-themes.csv}. */
  public static List<String> themeColumns() {
    return THEME_COLUMNS.stream().map(Column::name).toList();
  }

  /** The header of {@code theme-examples.csv}. */
  public static List<String> exampleColumns() {
    return EXAMPLE_COLUMNS.stream().map(Column::name).toList();
  }

  /** {@code top-themes.csv}: one row per top theme, by rank, every column of {@code themes}. */
  public static void writeThemes(ReportData d, Appendable out) throws IOException {
    List<ThemeRow> rows = d.themes().stream().map(t -> new ThemeRow(t, d.runDate())).toList();
    write(THEME_COLUMNS, rows, out);
  }

  /** {@code theme-examples.csv}: every stored quote of the top themes, by theme rank. */
  public static void writeExamples(ReportData d, Appendable out) throws IOException {
    List<ExampleRow> rows = new ArrayList<>();
    for (Theme t : d.themes()) {
      d.examplesOf(t.themeId()).forEach(e -> rows.add(new ExampleRow(t, e, d.runDate())));
    }
    write(EXAMPLE_COLUMNS, rows, out);
  }

  /** A text cell made safe for spreadsheets: a leading {@code '} before a formula start. */
  static String neutralise(String s) {
    if (s == null || s.isEmpty() || FORMULA_START.indexOf(s.charAt(0)) < 0) {
      return s;
    }
    return "'" + s;
  }

  private static <T> void write(List<Column<T>> columns, List<T> rows, Appendable out)
      throws IOException {
    CSVPrinter p = new CSVPrinter(out, FORMAT);
    p.printRecord(columns.stream().map(Column::name).toList());
    List<String> cells = new ArrayList<>(columns.size());
    for (T row : rows) {
      cells.clear();
      for (Column<T> c : columns) {
        cells.add(cell(c.kind(), c.value().apply(row)));
      }
      p.printRecord(cells);
    }
    p.flush();
  }

  private static String cell(Kind kind, Object v) {
    if (v == null) {
      return "";
    }
    return switch (kind) {
      case TEXT -> neutralise(v.toString());
      case NUMBER -> number((Number) v);
      case BOOLEAN, DATE -> v.toString();
    };
  }

  /** Full precision, never an exponent (spreadsheets and pandas read it as a number). */
  private static String number(Number n) {
    if (n instanceof Double d) {
      return Double.isFinite(d) ? BigDecimal.valueOf(d).toPlainString() : "";
    }
    return n.toString();
  }

  private static <T> Column<T> text(String name, Function<T, Object> f) {
    return new Column<>(name, Kind.TEXT, f);
  }

  private static <T> Column<T> number(String name, Function<T, Object> f) {
    return new Column<>(name, Kind.NUMBER, f);
  }

  private static <T> Column<T> bool(String name, Function<T, Object> f) {
    return new Column<>(name, Kind.BOOLEAN, f);
  }

  private static <T> Column<T> date(String name, Function<T, Object> f) {
    return new Column<>(name, Kind.DATE, f);
  }
}
