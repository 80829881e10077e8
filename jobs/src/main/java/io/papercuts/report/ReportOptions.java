package io.papercuts.report;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * What a report includes and how its files are written: how many of the top themes, how many
 * quotes per theme on the page (the examples CSV has every stored quote of those themes), and
 * whether the CSVs start with a UTF-8 byte-order mark, which spreadsheet programs need to read
 * them as UTF-8 when opened by double-click (Excel otherwise garbles accented letters). Validated
 * on construction.
 *
 * @param topThemes the top themes by rank shown and exported, 1..500
 * @param quotesPerTheme quotes per theme in the HTML, 0..20
 * @param csvBom whether the CSV exports start with a byte-order mark
 */
public record ReportOptions(int topThemes, int quotesPerTheme, boolean csvBom) {

  public static final String PREFIX = "report.";
  public static final String TOP_THEMES = "report.top_themes";
  public static final String QUOTES_PER_THEME = "report.quotes_per_theme";
  public static final String CSV_BOM = "report.csv_bom";

  /** The defaults: the top 20 themes, 3 quotes each, CSVs with a byte-order mark. */
  public static final ReportOptions DEFAULTS = new ReportOptions(20, 3, true);

  public ReportOptions {
    if (topThemes < 1 || topThemes > 500) {
      throw new IllegalArgumentException(TOP_THEMES + " must be 1..500, got " + topThemes);
    }
    if (quotesPerTheme < 0 || quotesPerTheme > 20) {
      throw new IllegalArgumentException(
          QUOTES_PER_THEME + " must be 0..20, got " + quotesPerTheme);
    }
  }

  /**
   * The options the {@code report.*} keys of a configuration set, the defaults for the others;
   * an unknown {@code report.*} key or a bad value is an {@link IllegalArgumentException} naming
   * the key. Keys outside the namespace are ignored.
   */
  public static ReportOptions fromMap(Map<String, String> settings) {
    Set<String> known = Set.of(TOP_THEMES, QUOTES_PER_THEME, CSV_BOM);
    Set<String> unknown = new TreeSet<>();
    for (String key : settings.keySet()) {
      if (key.startsWith(PREFIX) && !known.contains(key)) {
        unknown.add(key);
      }
    }
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException("unknown report keys " + unknown + "; known: "
          + new TreeSet<>(known));
    }
    return new ReportOptions(integer(settings, TOP_THEMES, DEFAULTS.topThemes()),
        integer(settings, QUOTES_PER_THEME, DEFAULTS.quotesPerTheme()),
        bool(settings, CSV_BOM, DEFAULTS.csvBom()));
  }

  private static int integer(Map<String, String> settings, String key, int fallback) {
    String v = settings.get(key);
    if (v == null) {
      return fallback;
    }
    try {
      return Integer.parseInt(v.strip());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(key + " must be a whole number, got \"" + v + "\"", e);
    }
  }

  private static boolean bool(Map<String, String> settings, String key, boolean fallback) {
    String v = settings.get(key);
    if (v == null) {
      return fallback;
    }
    return switch (v.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(key + " must be true or false, got \"" + v
          + "\"");
    };
  }
}
