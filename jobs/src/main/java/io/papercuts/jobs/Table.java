package io.papercuts.jobs;

import java.io.Serializable;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One table of the output contract ({@link Tables}, docs/schema.md): its name and the record that
 * is one of its rows. The columns are the record's ({@link RowCodec}: snake_case, in component
 * order, nullable) followed by {@link Tables#RUN_DATE}, the partition column every table has and
 * the only one not nullable. Rows are built ({@link #row}) and read ({@link #read}) through the
 * record, by name, never by position; {@link TableWriter} {@link #check checks} every Dataset it
 * writes against the contract.
 *
 * <p>Immutable, thread-safe and serializable.
 */
public final class Table<R extends Record> implements Serializable {

  private static final long serialVersionUID = 1L;

  private final String name;
  private final RowCodec<R> codec;

  private Table(String name, RowCodec<R> codec) {
    this.name = name;
    this.codec = codec;
  }

  /** The table {@code name} whose rows are {@code type} records. */
  public static <R extends Record> Table<R> of(String name, Class<R> type) {
    return new Table<>(name, RowCodec.of(type));
  }

  public String name() {
    return name;
  }

  /** The columns as written, run_date last. */
  public StructType schema() {
    return codec.schema().add(DataTypes.createStructField(Tables.RUN_DATE, DataTypes.DateType,
        false));
  }

  /** The columns a partition's rows carry (run_date is the partition's folder name). */
  public StructType schemaWithoutRunDate() {
    return codec.schema();
  }

  /** The column names without run_date, in order. */
  public List<String> columns() {
    return codec.columns();
  }

  /** The Java value of {@code column} in {@code row}. */
  public Object get(R row, String column) {
    return codec.get(row, column);
  }

  /** A row of {@link #schemaWithoutRunDate}. */
  public Row row(R record) {
    return codec.row(record);
  }

  /** The record in a row of this table, by column name (run_date and other extras ignored). */
  public R read(Row row) {
    return codec.read(row);
  }

  /** For Datasets mapped to this table's rows. */
  public Encoder<Row> encoder() {
    return codec.encoder();
  }

  /** {@code records} as this table's rows, built on the driver (small tables). */
  public Dataset<Row> dataset(SparkSession spark, List<R> records) {
    return codec.dataset(spark, records);
  }

  /**
   * Fails unless {@code actual} (a Dataset's schema, without run_date) has this table's columns
   * by name, order and type; nullability is not compared, as Parquet stores every column
   * nullable whatever the Dataset says. A difference is a programming error, so it is an
   * {@link IllegalStateException} naming the table and the first column that differs.
   */
  public void check(StructType actual) {
    String difference = firstDifference("", codec.schema(), actual);
    if (difference != null) {
      throw new IllegalStateException("table " + name + " does not match its contract "
          + "(Tables, docs/schema.md): " + difference);
    }
  }

  private static String firstDifference(String prefix, StructType expected, StructType actual) {
    StructField[] e = expected.fields();
    StructField[] a = actual.fields();
    for (int i = 0; i < Math.max(e.length, a.length); i++) {
      if (i >= a.length) {
        return "column " + prefix + e[i].name() + " is missing";
      } else if (i >= e.length) {
        return "column " + prefix + a[i].name() + " is not in the contract";
      } else if (!e[i].name().equals(a[i].name())) {
        return "column " + (i + 1) + " of " + (prefix.isEmpty() ? "the table" : prefix) + " is "
            + prefix + a[i].name() + ", expected " + prefix + e[i].name();
      }
      String d = typeDifference(prefix + e[i].name(), e[i].dataType(), a[i].dataType());
      if (d != null) {
        return d;
      }
    }
    return null;
  }

  private static String typeDifference(String column, DataType expected, DataType actual) {
    if (expected instanceof StructType e && actual instanceof StructType a) {
      return firstDifference(column + ".", e, a);
    } else if (expected instanceof ArrayType e && actual instanceof ArrayType a) {
      return typeDifference(column + "[]", e.elementType(), a.elementType());
    }
    return expected.equals(actual) ? null : "column " + column + " is " + actual.simpleString()
        + ", expected " + expected.simpleString();
  }

  @Override
  public String toString() {
    return name;
  }
}
