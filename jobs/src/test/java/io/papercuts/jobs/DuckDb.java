package io.papercuts.jobs;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Reads the pipeline's Parquet with DuckDB (a reader that is not Spark), as BI tools would. */
final class DuckDb implements AutoCloseable {

  private final Connection conn;
  private final Path output;

  DuckDb(Path output) throws SQLException {
    this.conn = DriverManager.getConnection("jdbc:duckdb:");
    this.output = output;
  }

  /** A table as a DuckDB relation expression, with run_date from the folder names. */
  String table(String name) {
    return "read_parquet('" + output.resolve(name) + "/*/*.parquet', hive_partitioning = true)";
  }

  long count(String tableName) throws SQLException {
    return scalarLong("SELECT count(*) FROM " + table(tableName));
  }

  long scalarLong(String sql) throws SQLException {
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  List<List<Object>> rows(String sql) throws SQLException {
    List<List<Object>> out = new ArrayList<>();
    try (Statement st = conn.createStatement(); ResultSet rs = st.executeQuery(sql)) {
      int n = rs.getMetaData().getColumnCount();
      while (rs.next()) {
        List<Object> row = new ArrayList<>(n);
        for (int i = 1; i <= n; i++) {
          row.add(rs.getObject(i));
        }
        out.add(row);
      }
    }
    return out;
  }

  @Override
  public void close() throws SQLException {
    conn.close();
  }
}
