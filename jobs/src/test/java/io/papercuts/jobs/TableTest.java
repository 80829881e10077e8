package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.expressions.GenericRowWithSchema;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * A table definition without Spark running: the schema a record derives, a row built from a
 * record and read back (by name, from a wider or narrower row), and the check a write makes.
 */
class TableTest {

  record Nested(String name, Integer count) {
  }

  record Sample(String unitId, Integer sentenceIdx, Long lineNumber, Double score, Boolean quiet,
      LocalDate eventDate, Instant startedAt, float[] vector, List<String> words,
      List<Nested> parts, Nested one) {
  }

  record Primitive(String id, int count) {
  }

  static final Table<Sample> SAMPLE = Table.of("sample", Sample.class);

  static Sample sample() {
    return new Sample("u1", 3, 42L, -0.5, true, LocalDate.of(2026, 10, 31),
        Instant.parse("2026-10-31T12:00:00.123456Z"), new float[] {0.25f, -1f},
        List.of("a", "b"), List.of(new Nested("x", 1), new Nested("y", null)),
        new Nested("z", 7));
  }

  @Test
  void theSchemaIsTheRecordsComponentsInSnakeCaseThenRunDate() {
    assertEquals("struct<unit_id:string,sentence_idx:int,line_number:bigint,score:double,"
            + "quiet:boolean,event_date:date,started_at:timestamp,vector:array<float>,"
            + "words:array<string>,parts:array<struct<name:string,count:int>>,"
            + "one:struct<name:string,count:int>,run_date:date>",
        SAMPLE.schema().simpleString());
    assertEquals(SAMPLE.schema().size() - 1, SAMPLE.schemaWithoutRunDate().size());
    assertEquals("duration_ingest_s", RowCodec.snakeCase("durationIngestS"));
  }

  @Test
  void aRowIsBuiltInColumnOrderWithSparksExternalTypes() {
    Row row = SAMPLE.row(sample());
    assertEquals("u1", row.get(0));
    assertEquals(Date.valueOf(LocalDate.of(2026, 10, 31)), row.get(5));
    assertEquals(Timestamp.from(Instant.parse("2026-10-31T12:00:00.123456Z")), row.get(6));
    assertArrayEquals(new Float[] {0.25f, -1f}, (Float[]) row.get(7));
    assertArrayEquals(new String[] {"a", "b"}, (String[]) row.get(8));
    assertEquals("x", ((Row[]) row.get(9))[0].get(0));
  }

  @Test
  void aRecordIsReadBackByNameIgnoringExtraColumns() {
    Row built = SAMPLE.row(sample());
    // As Spark gives it: another column order, run_date, arrays as Scala sequences.
    StructType wider = new StructType().add("run_date", DataTypes.DateType)
        .add("extra", DataTypes.StringType);
    Object[] values = new Object[SAMPLE.schema().size() + 1];
    values[0] = Date.valueOf("2026-10-31");
    values[1] = "ignored";
    StructField[] fields = SAMPLE.schemaWithoutRunDate().fields();
    for (int i = fields.length - 1; i >= 0; i--) {
      wider = wider.add(fields[i]);
      Object v = built.get(i);
      values[2 + fields.length - 1 - i] = v instanceof Object[] a
          ? scala.jdk.javaapi.CollectionConverters.asScala(List.of(a)).toSeq() : v;
    }
    Sample back = SAMPLE.read(new GenericRowWithSchema(values, wider));
    Sample expected = sample();
    assertArrayEquals(expected.vector(), back.vector());
    assertEquals(expected.parts(), back.parts());
    assertEquals(new Sample(expected.unitId(), expected.sentenceIdx(), expected.lineNumber(),
        expected.score(), expected.quiet(), expected.eventDate(), expected.startedAt(),
        back.vector(), expected.words(), expected.parts(), expected.one()), back);
  }

  @Test
  void aColumnTheRowLacksReadsAsNull() {
    StructType older = new StructType().add("unit_id", DataTypes.StringType)
        .add("sentence_idx", DataTypes.IntegerType);
    Sample back = SAMPLE.read(new GenericRowWithSchema(new Object[] {"u2", 0}, older));
    assertEquals("u2", back.unitId());
    assertEquals(0, back.sentenceIdx());
    assertNull(back.words());
    assertNull(back.one());
  }

  @Test
  void aPrimitiveComponentIsRefused() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> Table.of("p", Primitive.class));
    assertTrue(e.getMessage().contains("Primitive.count"), e.getMessage());
  }

  @Test
  void theCheckPassesTheContractWhateverItsNullability() {
    StructType allRequired = new StructType();
    for (StructField f : Tables.SENTENCES.schemaWithoutRunDate().fields()) {
      allRequired = allRequired.add(f.name(), f.dataType(), false);
    }
    Tables.SENTENCES.check(allRequired);
    Tables.SENTENCES.check(Tables.SENTENCES.schemaWithoutRunDate());
  }

  @Test
  void theCheckNamesTheTableAndTheFirstDifferingColumn() {
    StructType contract = Tables.THEME_TRENDS.schemaWithoutRunDate();
    StructType wrongType = replace(contract, 2, DataTypes.createStructField("mentions",
        DataTypes.IntegerType, true));
    assertEquals("table theme_trends does not match its contract (Tables, docs/schema.md): "
            + "column mentions is int, expected bigint",
        assertThrows(IllegalStateException.class, () -> Tables.THEME_TRENDS.check(wrongType))
            .getMessage());

    StructType swapped = replace(replace(contract, 2, contract.fields()[3]), 3,
        contract.fields()[2]);
    assertTrue(assertThrows(IllegalStateException.class,
        () -> Tables.THEME_TRENDS.check(swapped)).getMessage()
        .endsWith("column 3 of the table is customers, expected mentions"));

    StructType missing = new StructType(java.util.Arrays.copyOf(contract.fields(),
        contract.size() - 1));
    assertTrue(assertThrows(IllegalStateException.class,
        () -> Tables.THEME_TRENDS.check(missing)).getMessage()
        .endsWith("column mention_share is missing"));

    StructType extra = contract.add("surprise", DataTypes.StringType);
    assertTrue(assertThrows(IllegalStateException.class,
        () -> Tables.THEME_TRENDS.check(extra)).getMessage()
        .endsWith("column surprise is not in the contract"));
  }

  @Test
  void theCheckLooksInsideArraysAndStructs() {
    StructType contract = Tables.SENTENCES.schemaWithoutRunDate();
    int cues = contract.fieldIndex("cues");
    StructType cue = new StructType().add("type", DataTypes.StringType)
        .add("phrase", DataTypes.StringType).add("negated", DataTypes.StringType);
    StructType wrong = replace(contract, cues, DataTypes.createStructField("cues",
        DataTypes.createArrayType(cue, true), true));
    assertTrue(assertThrows(IllegalStateException.class, () -> Tables.SENTENCES.check(wrong))
        .getMessage().endsWith("column cues[].negated is string, expected boolean"));
  }

  private static StructType replace(StructType s, int i, StructField f) {
    StructField[] fields = s.fields().clone();
    fields[i] = f;
    return new StructType(fields);
  }
}
