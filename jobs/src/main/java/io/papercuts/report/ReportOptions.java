package io.papercuts.report;

/**
 * What a report includes: how many of the top themes, and how many quotes per theme on the page
 * (the examples CSV has every stored quote of those themes). Validated on construction.
 *
 * @param topThemes the top themes by rank shown and exported, 1..500
 * @param quotesPerTheme quotes per theme in the HTML, 0..20
 */
public record ReportOptions(int topThemes, int quotesPerTheme) {

  /** The defaults: the top 20 themes, 3 quotes each. */
  public static final ReportOptions DEFAULTS = new ReportOptions(20, 3);

  public ReportOptions {
    if (topThemes < 1 || topThemes > 500) {
      throw new IllegalArgumentException("report top themes must be 1..500, got " + topThemes);
    }
    if (quotesPerTheme < 0 || quotesPerTheme > 20) {
      throw new IllegalArgumentException(
          "report quotes per theme must be 0..20, got " + quotesPerTheme);
    }
  }
}
