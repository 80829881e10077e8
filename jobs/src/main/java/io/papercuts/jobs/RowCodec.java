package io.papercuts.jobs;

import java.io.Serializable;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A record's Spark row form, derived from its components: one field per component, in
 * declaration order, named in snake_case ({@code sentenceIdx} is {@code sentence_idx}), typed as
 * {@link SparkValue} maps Java types, every field nullable and no array element null.
 *
 * <p>{@link #row} builds a {@link Row} in that field order; {@link #read} reads a record back by
 * field name, so the extra columns of a wider row (a join, a partition's {@code run_date}) are
 * ignored and a field the row lacks (an older partition) reads as null. A row without a schema
 * is taken to be in this record's own order, as {@link #row} builds it. Reflection runs once per
 * record class and JVM; rows are built and read through cached method handles, cheap enough per
 * sentence on executors.
 *
 * <p>Immutable and thread-safe. Serializable: only the record class travels, each JVM derives
 * the rest.
 */
public final class RowCodec<R extends Record> implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final ClassValue<Plan> PLANS = new ClassValue<>() {
    @Override
    protected Plan computeValue(Class<?> type) {
      return new Plan(type);
    }
  };

  private final Class<R> type;

  private RowCodec(Class<R> type) {
    this.type = type;
  }

  /**
   * The row form of {@code type}.
   *
   * @throws IllegalArgumentException when a component's type has no Spark form (a primitive is
   *     refused too: every column is nullable, so a value read back may be null)
   */
  public static <R extends Record> RowCodec<R> of(Class<R> type) {
    PLANS.get(type);
    return new RowCodec<>(type);
  }

  /** One nullable field per component, in declaration order. */
  public StructType schema() {
    return plan().schema;
  }

  /** {@link Encoders#row} of {@link #schema}: for Datasets mapped to this record's rows. */
  public Encoder<Row> encoder() {
    return Encoders.row(schema());
  }

  /** The column names, in order. */
  public List<String> columns() {
    return List.of(schema().fieldNames());
  }

  /** The Java value of {@code column} in {@code record}, as the record holds it. */
  public Object get(R record, String column) {
    Plan p = plan();
    int i = Arrays.asList(p.schema.fieldNames()).indexOf(column);
    if (i < 0) {
      throw new IllegalArgumentException(type.getSimpleName() + " has no column " + column
          + "; its columns are " + columns());
    }
    return p.get(i, record);
  }

  /** {@code record} as a row of {@link #schema} (values in Spark's external types). */
  public Row row(R record) {
    Plan p = plan();
    Object[] values = new Object[p.values.length];
    for (int i = 0; i < values.length; i++) {
      Object v = p.get(i, record);
      values[i] = v == null ? null : p.values[i].toSpark(v);
    }
    return RowFactory.create(values);
  }

  /** The record in {@code row}, read by field name; absent or null fields are null. */
  @SuppressWarnings("unchecked")
  public R read(Row row) {
    Plan p = plan();
    int[] at = p.positions(row.schema());
    Object[] args = new Object[at.length];
    for (int i = 0; i < args.length; i++) {
      int k = at[i];
      if (k >= 0 && k < row.length() && !row.isNullAt(k)) {
        args[i] = p.values[i].fromSpark(row.get(k));
      }
    }
    return (R) p.construct(args);
  }

  /** The rows of {@code records} as a Dataset of {@link #schema}, built on the driver. */
  public Dataset<Row> dataset(SparkSession spark, List<R> records) {
    List<Row> rows = new ArrayList<>(records.size());
    records.forEach(r -> rows.add(row(r)));
    return spark.createDataFrame(rows, schema());
  }

  private Plan plan() {
    return PLANS.get(type);
  }

  /** What reflection found about one record class, once per JVM. */
  private static final class Plan {
    private final Class<?> type;
    private final StructType schema;
    private final SparkValue[] values;
    private final MethodHandle[] getters;
    private final MethodHandle constructor;
    private final int[] ownOrder;
    /** The field positions of the last row schema read: rows of one Dataset share it. */
    private volatile Layout last;

    private Plan(Class<?> type) {
      if (!type.isRecord()) {
        throw new IllegalArgumentException(type + " is not a record");
      }
      this.type = type;
      RecordComponent[] components = type.getRecordComponents();
      values = new SparkValue[components.length];
      getters = new MethodHandle[components.length];
      StructField[] fields = new StructField[components.length];
      Class<?>[] raw = new Class<?>[components.length];
      MethodHandles.Lookup lookup = MethodHandles.lookup();
      try {
        for (int i = 0; i < components.length; i++) {
          RecordComponent c = components[i];
          String where = type.getSimpleName() + "." + c.getName();
          values[i] = SparkValue.of(c.getGenericType(), where);
          fields[i] = DataTypes.createStructField(snakeCase(c.getName()), values[i].type(), true);
          Method accessor = c.getAccessor();
          accessor.setAccessible(true);
          getters[i] = lookup.unreflect(accessor)
              .asType(MethodType.methodType(Object.class, Object.class));
          raw[i] = c.getType();
        }
        Constructor<?> canonical = type.getDeclaredConstructor(raw);
        canonical.setAccessible(true);
        constructor = lookup.unreflectConstructor(canonical)
            .asSpreader(Object[].class, components.length)
            .asType(MethodType.methodType(Object.class, Object[].class));
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException("cannot read record " + type, e);
      }
      schema = new StructType(fields);
      ownOrder = new int[components.length];
      Arrays.setAll(ownOrder, i -> i);
    }

    Object get(int i, Object record) {
      Objects.requireNonNull(record, "record");
      try {
        return (Object) getters[i].invokeExact(record);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException(e);
      }
    }

    Object construct(Object[] args) {
      try {
        return (Object) constructor.invokeExact(args);
      } catch (RuntimeException | Error e) {
        throw e;
      } catch (Throwable e) {
        throw new IllegalStateException("cannot build " + type.getSimpleName(), e);
      }
    }

    int[] positions(StructType rowSchema) {
      if (rowSchema == null) {
        return ownOrder;
      }
      Layout l = last;
      if (l != null && (l.schema == rowSchema || l.schema.equals(rowSchema))) {
        return l.positions;
      }
      List<String> names = Arrays.asList(rowSchema.fieldNames());
      int[] positions = new int[values.length];
      for (int i = 0; i < positions.length; i++) {
        positions[i] = names.indexOf(schema.fields()[i].name());
      }
      last = new Layout(rowSchema, positions);
      return positions;
    }
  }

  private record Layout(StructType schema, int[] positions) {
  }

  /** A component name as a column name: {@code durationIngestS} -> {@code duration_ingest_s}. */
  static String snakeCase(String camel) {
    StringBuilder b = new StringBuilder(camel.length() + 4);
    for (int i = 0; i < camel.length(); i++) {
      char c = camel.charAt(i);
      if (Character.isUpperCase(c)) {
        b.append('_').append(Character.toLowerCase(c));
      } else {
        b.append(c);
      }
    }
    return b.toString();
  }
}
