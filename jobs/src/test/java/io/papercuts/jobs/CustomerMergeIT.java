package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Date;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A customer listed several times in the CRM export becomes one {@code customers} row that does
 * not depend on the order of the rows: a rerun over a re-sorted export gives the same row.
 */
class CustomerMergeIT {

  private static final String HEADER = "customer_id,churned,churn_date,segment,signup_date";
  private static final List<String> ROWS = List.of(
      "C-1,false,,smb,2021-01-01",
      "C-1,true,2026-10-01,enterprise,2021-01-01",
      "C-1,true,2026-10-05,consumer,2021-01-01");

  @TempDir
  Path dir;

  @Test
  void duplicateCrmRowsMergeTheSameWayInAnyOrder() throws Exception {
    List<Object> asWritten = customerRow(ROWS, "as-written");
    List<String> reversed = new ArrayList<>(ROWS);
    Collections.reverse(reversed);
    List<Object> asReversed = customerRow(reversed, "reversed");

    assertEquals(List.of(true, Date.valueOf("2026-10-05"), "smb", "crm"), asWritten);
    assertEquals(asWritten, asReversed);
  }

  /** Ingests one review and the CRM rows in this order; the single customers row. */
  private List<Object> customerRow(List<String> crmRows, String name) throws Exception {
    Path input = dir.resolve(name + "-input");
    Files.createDirectories(input.resolve("customers"));
    Files.createDirectories(input.resolve("reviews"));
    Files.write(input.resolve("customers/crm.csv"),
        (HEADER + "\n" + String.join("\n", crmRows) + "\n").getBytes());
    Files.writeString(input.resolve("reviews/reviews.csv"),
        "review_id,customer_id,product,rating,title,body,review_date\n"
            + "R-1,C-1,Plan,2,Meh,\"Renewal was a pain, had to call twice.\",2026-10-02\n");
    Path output = dir.resolve(name + "-output");
    CliRun run = CliRun.of("ingest", "--input", input.toString(), "--output", output.toString(),
        "--run-date", "2026-10-31", "--master", "local[2]");
    assertEquals(0, run.exitCode(), run::toString);
    assertTrue(run.stdout().matches("(?s).*ingest: done in \\d+\\.\\d s: read \\d+ = accepted \\d+ .*"),
        run::toString);
    try (DuckDb db = new DuckDb(output)) {
      List<List<Object>> rows = db.rows("SELECT churned, churn_date, segment, source FROM "
          + db.table(Tables.CUSTOMERS.name()));
      assertEquals(1, rows.size(), rows::toString);
      List<Object> row = rows.get(0);
      // DuckDB JDBC returns dates as LocalDate; compare as java.sql.Date.
      Object date = row.get(1) instanceof java.time.LocalDate d ? Date.valueOf(d) : row.get(1);
      return List.of(row.get(0), date, row.get(2), row.get(3));
    }
  }
}
