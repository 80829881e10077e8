package io.papercuts.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReportOptionsTest {

  @Test
  void defaultsWriteAByteOrderMark() {
    ReportOptions o = ReportOptions.fromMap(Map.of("ingest.encoding", "UTF-8"));
    assertEquals(ReportOptions.DEFAULTS, o);
    assertTrue(o.csvBom());
  }

  @Test
  void keysSetTheOptions() {
    ReportOptions o = ReportOptions.fromMap(Map.of("report.csv_bom", "false",
        "report.top_themes", "50", "report.quotes_per_theme", "5"));
    assertFalse(o.csvBom());
    assertEquals(50, o.topThemes());
    assertEquals(5, o.quotesPerTheme());
  }

  @Test
  void badKeysAndValuesNameTheKey() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ReportOptions.fromMap(Map.of("report.csv_bomb", "false"))).getMessage()
        .contains("report.csv_bomb"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ReportOptions.fromMap(Map.of("report.csv_bom", "yes"))).getMessage()
        .contains("report.csv_bom"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> ReportOptions.fromMap(Map.of("report.top_themes", "0"))).getMessage()
        .contains("report.top_themes"));
  }
}
