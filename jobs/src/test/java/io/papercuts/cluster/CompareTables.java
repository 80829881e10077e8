package io.papercuts.cluster;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Compares papercuts tables of two output roots row by row with DuckDB: used by
 * {@code scripts/cluster-test} (run in source-file mode with the DuckDB JDBC jar) to check that a
 * run on a standalone cluster wrote the same rows as a local run.
 *
 * <p>Usage: {@code CompareTables <expected-root> <actual-root> <table>...}. For each table it
 * prints the row counts and the rows found on one side only ({@code EXCEPT ALL}, both ways, so
 * duplicates count). Rows are compared exactly; if that fails, once more with DOUBLE columns
 * rounded to 9 decimals, to tell floating-point summation order (partitioning differs between
 * the runs) apart from real differences. Exit code 0 if every table has the same rows, exactly or
 * after that rounding (which is then reported with the DOUBLE columns concerned); 1 otherwise.
 */
public final class CompareTables {

  private CompareTables() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length < 3) {
      System.err.println("usage: CompareTables <expected-root> <actual-root> <table>...");
      System.exit(2);
    }
    Class.forName("org.duckdb.DuckDBDriver");
    boolean allExact = true;
    boolean allSame = true;
    try (Connection c = DriverManager.getConnection("jdbc:duckdb:");
        Statement s = c.createStatement()) {
      for (int i = 2; i < args.length; i++) {
        String table = args[i];
        s.execute("CREATE OR REPLACE VIEW expected AS SELECT * FROM " + scan(args[0], table));
        s.execute("CREATE OR REPLACE VIEW actual AS SELECT * FROM " + scan(args[1], table));
        long expectedRows = count(s, "SELECT count(*) FROM expected");
        long actualRows = count(s, "SELECT count(*) FROM actual");
        long onlyExpected = count(s, "SELECT count(*) FROM (SELECT * FROM expected EXCEPT ALL SELECT * FROM actual)");
        long onlyActual = count(s, "SELECT count(*) FROM (SELECT * FROM actual EXCEPT ALL SELECT * FROM expected)");
        boolean exact = expectedRows > 0 && onlyExpected == 0 && onlyActual == 0;
        String verdict = exact ? "SAME ROWS (exact)" : "DIFFERENT";
        if (!exact && expectedRows > 0) {
          String cols = roundedColumns(s, "expected");
          long roundedA = count(s, "SELECT count(*) FROM (SELECT " + cols + " FROM expected EXCEPT ALL SELECT "
              + cols + " FROM actual)");
          long roundedB = count(s, "SELECT count(*) FROM (SELECT " + cols + " FROM actual EXCEPT ALL SELECT "
              + cols + " FROM expected)");
          if (roundedA == 0 && roundedB == 0) {
            verdict = "SAME ROWS after rounding DOUBLE columns to 9 decimals; not bit-identical in "
                + differingDoubles(s) + " (floating-point sums in a different order)";
          } else {
            allSame = false;
            printSample(s, cols);
          }
        }
        allExact &= exact;
        System.out.printf("compare %-10s local %d rows, cluster %d rows, only local %d, only cluster %d: %s%n",
            table, expectedRows, actualRows, onlyExpected, onlyActual, verdict);
      }
    }
    System.out.println(allExact ? "compare: all tables identical"
        : allSame ? "compare: same rows; some DOUBLE values differ below 1e-9" : "compare: DIFFERENT rows");
    System.exit(allSame ? 0 : 1);
  }

  private static String scan(String root, String table) {
    String glob = (root.endsWith("/") ? root : root + "/") + table + "/*/*.parquet";
    return "read_parquet('" + glob.replace("'", "''") + "', hive_partitioning = true)";
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  private static String roundedColumns(Statement s, String view) throws SQLException {
    List<String> cols = new ArrayList<>();
    try (ResultSet r = s.executeQuery("DESCRIBE " + view)) {
      while (r.next()) {
        String name = '"' + r.getString(1).replace("\"", "\"\"") + '"';
        String type = r.getString(2);
        cols.add(type.equals("DOUBLE") || type.equals("FLOAT") ? "round(" + name + ", 9) AS " + name : name);
      }
    }
    return String.join(", ", cols);
  }

  /** DOUBLE columns whose multiset of values differs between the sides. */
  private static List<String> differingDoubles(Statement s) throws SQLException {
    List<String> doubles = new ArrayList<>();
    try (ResultSet r = s.executeQuery("DESCRIBE expected")) {
      while (r.next()) {
        if (r.getString(2).equals("DOUBLE") || r.getString(2).equals("FLOAT")) {
          doubles.add(r.getString(1));
        }
      }
    }
    List<String> differing = new ArrayList<>();
    for (String d : doubles) {
      String q = '"' + d.replace("\"", "\"\"") + '"';
      if (count(s, "SELECT count(*) FROM (SELECT " + q + " FROM expected EXCEPT ALL SELECT " + q
          + " FROM actual)") > 0) {
        differing.add(d);
      }
    }
    return differing;
  }

  private static void printSample(Statement s, String cols) throws SQLException {
    try (ResultSet r = s.executeQuery("SELECT 'local only' AS side, * FROM (SELECT " + cols
        + " FROM expected EXCEPT ALL SELECT " + cols + " FROM actual) UNION ALL SELECT 'cluster only', * FROM (SELECT "
        + cols + " FROM actual EXCEPT ALL SELECT " + cols + " FROM expected) LIMIT 6")) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder("  ");
        for (int i = 1; i <= Math.min(n, 8); i++) {
          b.append(r.getMetaData().getColumnName(i)).append('=').append(r.getString(i)).append(' ');
        }
        System.out.println(b);
      }
    }
  }
}
