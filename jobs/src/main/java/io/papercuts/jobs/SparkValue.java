package io.papercuts.jobs;

import java.lang.reflect.Array;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.function.Function;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import scala.jdk.javaapi.CollectionConverters;

/**
 * How a Java value of one record component type is a Spark row value and back:
 * <ul>
 *   <li>String, Integer, Long, Double, Boolean, Float: string, int, bigint, double, boolean,
 *   float;</li>
 *   <li>LocalDate: date (a {@link java.sql.Date} in a row); Instant: timestamp (a
 *   {@link java.sql.Timestamp});</li>
 *   <li>float[] and List of any of these: array (a Java array in a row, as Spark's encoders take
 *   it); a record: struct (a {@link Row}, via its {@link RowCodec}).</li>
 * </ul>
 * Reading accepts what Spark gives (java.sql or java.time values, Scala sequences) and widens or
 * narrows numbers to the component's type. Immutable and thread-safe.
 */
final class SparkValue {

  private final DataType type;
  /** The class a row holds for this value: arrays of it are built with this element type. */
  private final Class<?> external;
  private final Function<Object, Object> toSpark;
  private final Function<Object, Object> fromSpark;

  private SparkValue(DataType type, Class<?> external, Function<Object, Object> toSpark,
      Function<Object, Object> fromSpark) {
    this.type = type;
    this.external = external;
    this.toSpark = toSpark;
    this.fromSpark = fromSpark;
  }

  DataType type() {
    return type;
  }

  /** {@code v} (not null) as a row holds it. */
  Object toSpark(Object v) {
    return toSpark.apply(v);
  }

  /** A row's value {@code v} (not null) as the component holds it. */
  Object fromSpark(Object v) {
    return fromSpark.apply(v);
  }

  private static SparkValue same(DataType type, Class<?> c, Function<Object, Object> read) {
    return new SparkValue(type, c, v -> v, read);
  }

  /** The form of a component of generic type {@code t}; {@code where} names it in errors. */
  static SparkValue of(Type t, String where) {
    if (t instanceof Class<?> c) {
      if (c.isPrimitive()) {
        throw new IllegalArgumentException(where + " is a primitive " + c
            + ": use its boxed type, every column is nullable");
      }
      if (c == String.class) {
        return same(DataTypes.StringType, c, v -> v);
      } else if (c == Integer.class) {
        return same(DataTypes.IntegerType, c, v -> ((Number) v).intValue());
      } else if (c == Long.class) {
        return same(DataTypes.LongType, c, v -> ((Number) v).longValue());
      } else if (c == Double.class) {
        return same(DataTypes.DoubleType, c, v -> ((Number) v).doubleValue());
      } else if (c == Float.class) {
        return same(DataTypes.FloatType, c, v -> ((Number) v).floatValue());
      } else if (c == Boolean.class) {
        return same(DataTypes.BooleanType, c, v -> v);
      } else if (c == LocalDate.class) {
        return new SparkValue(DataTypes.DateType, Date.class, v -> Date.valueOf((LocalDate) v),
            v -> v instanceof Date d ? d.toLocalDate() : (LocalDate) v);
      } else if (c == Instant.class) {
        return new SparkValue(DataTypes.TimestampType, Timestamp.class,
            v -> Timestamp.from((Instant) v),
            v -> v instanceof Timestamp ts ? ts.toInstant() : (Instant) v);
      } else if (c == float[].class) {
        return floats();
      } else if (c.isRecord()) {
        return struct(c, where);
      }
    } else if (t instanceof ParameterizedType p && p.getRawType() == List.class) {
      return list(of(p.getActualTypeArguments()[0], where + "[]"));
    }
    throw new IllegalArgumentException(where + " has type " + t.getTypeName() + ", which has no "
        + "column form: use String, Integer, Long, Double, Boolean, LocalDate, Instant, float[], "
        + "a List of these or a record");
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static SparkValue struct(Class<?> c, String where) {
    RowCodec codec;
    try {
      codec = RowCodec.of((Class<? extends Record>) c);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(where + ": " + e.getMessage(), e);
    }
    return new SparkValue(codec.schema(), Row.class, v -> codec.row((Record) v),
        v -> codec.read((Row) v));
  }

  private static SparkValue list(SparkValue element) {
    return new SparkValue(DataTypes.createArrayType(element.type, false), Object[].class, v -> {
      List<?> in = (List<?>) v;
      Object[] out = (Object[]) Array.newInstance(element.external, in.size());
      for (int i = 0; i < out.length; i++) {
        Object x = in.get(i);
        out[i] = x == null ? null : element.toSpark(x);
      }
      return out;
    }, v -> {
      List<?> in = javaList(v);
      List<Object> out = new ArrayList<>(in.size());
      for (Object x : in) {
        out.add(x == null ? null : element.fromSpark(x));
      }
      return Collections.unmodifiableList(out);
    });
  }

  private static SparkValue floats() {
    return new SparkValue(DataTypes.createArrayType(DataTypes.FloatType, false), Float[].class,
        v -> {
          float[] in = (float[]) v;
          Float[] out = new Float[in.length];
          for (int i = 0; i < in.length; i++) {
            out[i] = in[i];
          }
          return out;
        }, v -> {
          if (v instanceof float[] f) {
            return f.clone();
          }
          List<?> in = javaList(v);
          float[] out = new float[in.size()];
          for (int i = 0; i < out.length; i++) {
            out[i] = ((Number) in.get(i)).floatValue();
          }
          return out;
        });
  }

  /** An array value as Spark gives it (a Scala sequence) or as a row built here holds it. */
  private static List<?> javaList(Object v) {
    if (v instanceof List<?> l) {
      return l;
    } else if (v instanceof scala.collection.Seq<?> s) {
      return CollectionConverters.asJava(s);
    } else if (v instanceof Object[] a) {
      return Arrays.asList(a);
    }
    throw new IllegalArgumentException("not an array value: " + v.getClass().getName());
  }
}
