package io.papercuts.report;

import io.papercuts.jobs.Tables;
import io.papercuts.jobs.Tables.ThemeExampleRow;
import io.papercuts.jobs.Tables.ThemeRow;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.spark.sql.types.BooleanType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DateType;
import org.apache.spark.sql.types.NumericType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;

/**
 * Writes the top themes and their quotes as CSV for spreadsheets: RFC 4180 (comma, double quotes,
 * CRLF), UTF-8 (the byte-order mark, on by default, is {@link ReportJob}'s), a header row, one row
 * per theme or quote.
 *
 * <p><b>Formula injection.</b> Every column is typed (the themes columns by their type in
 * {@link Tables#THEMES}). Text cells (labels, quotes, cues, ids)
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

  /**
   * The {@code themes} columns left out of {@code top-themes.csv}: {@code rank} (it comes first)
   * and the discovered-theme extras, an array with no cell form and a sentence the quotes CSV
   * already holds.
   */
  private static final Set<String> NOT_IN_THEMES_CSV = Set.of("rank", "top_phrases",
      "representative");

  private static final List<Column<ThemeLine>> THEME_COLUMNS = themeColumnsOfTable();

  private static final List<Column<ExampleLine>> EXAMPLE_COLUMNS = List.of(
      number("theme_rank", r -> r.t.rank()),
      text("theme_id", r -> r.t.themeId()),
      text("theme_label", r -> r.t.label()),
      number("example_rank", r -> r.e.rank()),
      text("quote", r -> r.e.quote()),
      text("cue", r -> r.e.cue()),
      text("source", r -> r.e.source()),
      bool("is_quiet", r -> r.e.isQuiet()),
      date("event_date", r -> r.e.eventDate()),
      text("unit_id", r -> r.e.unitId()),
      date("run_date", r -> r.runDate));

  private record ThemeLine(ThemeRow t, LocalDate runDate) {
  }

  private record ExampleLine(ThemeRow t, ThemeExampleRow e, LocalDate runDate) {
  }

  /** rank, then the columns of {@code themes} in their order, then run_date; typed by column. */
  private static List<Column<ThemeLine>> themeColumnsOfTable() {
    List<Column<ThemeLine>> out = new ArrayList<>();
    out.add(number("rank", r -> r.t.rank()));
    for (StructField f : Tables.THEMES.schemaWithoutRunDate().fields()) {
      if (!NOT_IN_THEMES_CSV.contains(f.name())) {
        String name = f.name();
        out.add(new Column<>(name, kindOf(f.dataType()), r -> Tables.THEMES.get(r.t, name)));
      }
    }
    out.add(date("run_date", r -> r.runDate));
    return List.copyOf(out);
  }

  private static Kind kindOf(DataType type) {
    if (type instanceof NumericType) {
      return Kind.NUMBER;
    } else if (type instanceof BooleanType) {
      return Kind.BOOLEAN;
    } else if (type instanceof DateType) {
      return Kind.DATE;
    } else if (type instanceof StringType) {
      return Kind.TEXT;
    }
    throw new IllegalStateException("themes column of type " + type + " has no CSV cell form");
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

  /**
   * {@code top-themes.csv}: one row per top theme, by rank, the columns of {@code themes} (but
   * the discovered-theme extras) with rank first.
   */
  public static void writeThemes(ReportData d, Appendable out) throws IOException {
    List<ThemeLine> rows = d.themes().stream().map(t -> new ThemeLine(t, d.runDate())).toList();
    write(THEME_COLUMNS, rows, out);
  }

  /** {@code theme-examples.csv}: every stored quote of the top themes, by theme rank. */
  public static void writeExamples(ReportData d, Appendable out) throws IOException {
    List<ExampleLine> rows = new ArrayList<>();
    for (ThemeRow t : d.themes()) {
      d.examplesOf(t.themeId()).forEach(e -> rows.add(new ExampleLine(t, e, d.runDate())));
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
