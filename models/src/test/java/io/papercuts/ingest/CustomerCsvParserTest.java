package io.papercuts.ingest;

import static io.papercuts.ingest.ParseAssertions.assertCounts;
import static io.papercuts.ingest.ParseAssertions.assertQuarantined;
import static io.papercuts.ingest.ParseAssertions.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CustomerCsvParserTest {

  @Test
  void readsCrmRowsAndQuarantinesBadOnes() {
    ParseResult r = parse(new CustomerCsvParser(IngestSettings.defaults()), getClass(),
        "customers.csv");

    assertCounts(r, 5, 3, 2, 0);
    assertEquals(List.of(
        new Customer("C1", true, LocalDate.of(2026, 9, 30), "smb"),
        new Customer("C2", false, null, "enterprise"),
        new Customer("C5", false, null, null)), r.customers());
    assertEquals("bad_value: \"maybe\" is not true/false, 1/0 or yes/no (field churned)",
        assertQuarantined(r, 4, QuarantineReason.BAD_VALUE).reason());
    assertQuarantined(r, 5, QuarantineReason.BAD_DATE);
  }
}
