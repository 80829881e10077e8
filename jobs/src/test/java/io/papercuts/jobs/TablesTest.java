package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.Test;

/**
 * The registry against docs/schema.md: every table is documented, in the registry's order, with
 * its columns in order and their types; and the schemas the records derive are the ones written
 * before the registry existed (all columns nullable but run_date, arrays without null elements).
 */
class TablesTest {

  static final Path SCHEMA_DOC = Path.of("..", "docs", "schema.md");
  private static final Pattern SECTION = Pattern.compile("^### `([a-z_]+)`", Pattern.MULTILINE);

  @Test
  void everyTableIsDocumentedInOrderWithItsColumnsAndTypes() throws IOException {
    Map<String, List<String[]>> documented = documentedColumns(
        Files.readString(SCHEMA_DOC, StandardCharsets.UTF_8));
    assertEquals(Tables.ALL.stream().map(Table::name).toList(), List.copyOf(documented.keySet()),
        "the tables of docs/schema.md, in order");
    for (Table<?> t : Tables.ALL) {
      List<String[]> expected = new ArrayList<>();
      for (StructField f : t.schemaWithoutRunDate().fields()) {
        expected.add(new String[] {f.name(), docType(f.dataType())});
      }
      assertEquals(render(expected), render(documented.get(t.name())),
          "docs/schema.md, table " + t.name() + ": columns and types in order");
    }
  }

  @Test
  void everyColumnIsNullableButRunDateWhichIsLast() {
    for (Table<?> t : Tables.ALL) {
      StructField[] fields = t.schema().fields();
      StructField last = fields[fields.length - 1];
      assertEquals(Tables.RUN_DATE, last.name(), t.name());
      assertEquals(DataTypes.DateType, last.dataType(), t.name());
      assertFalse(last.nullable(), t.name());
      for (int i = 0; i < fields.length - 1; i++) {
        assertTrue(fields[i].nullable(), t.name() + "." + fields[i].name());
        assertNoNullElements(t.name() + "." + fields[i].name(), fields[i].dataType());
      }
    }
  }

  @Test
  void nestedColumnsKeepTheirWrittenShape() {
    assertEquals("array<struct<type:string,phrase:string,negated:boolean>>",
        Tables.SENTENCES.schemaWithoutRunDate().apply("cues").dataType().simpleString());
    assertEquals("struct<sentence_idx:int,text:string,sentiment_class:int,"
            + "sentiment_score:double,parsed:boolean,keyphrases:array<string>,"
            + "tokens:array<struct<word:string,lemma:string,pos:string,begin:int,end:int>>,"
            + "phrases:array<int>,analysis_failed:string>",
        Tables.SENTENCE_CACHE.schemaWithoutRunDate().apply("analysis").dataType().simpleString());
    assertEquals("array<float>",
        Tables.SENTENCE_VECTORS.schemaWithoutRunDate().apply("vector").dataType().simpleString());
    assertEquals("timestamp",
        Tables.RUNS.schemaWithoutRunDate().apply("started_at").dataType().simpleString());
  }

  private static void assertNoNullElements(String where, DataType type) {
    if (type instanceof ArrayType a) {
      assertFalse(a.containsNull(), where);
      assertNoNullElements(where + "[]", a.elementType());
    } else if (type instanceof StructType s) {
      for (StructField f : s.fields()) {
        assertTrue(f.nullable(), where + "." + f.name());
        assertNoNullElements(where + "." + f.name(), f.dataType());
      }
    }
  }

  /** A type as the docs spell it: bigint, array<string>, struct<a, b> (field names only). */
  static String docType(DataType type) {
    if (type instanceof ArrayType a) {
      return "array<" + docType(a.elementType()) + ">";
    } else if (type instanceof StructType s) {
      return "struct<" + String.join(", ", s.fieldNames()) + ">";
    }
    return type.simpleString();
  }

  /**
   * Per {@code ### `table`} section, its column table's (name, type) pairs. A row may name
   * several columns ("file, line"), with one type for all or one type each.
   */
  static Map<String, List<String[]>> documentedColumns(String doc) {
    Map<String, List<String[]>> out = new LinkedHashMap<>();
    Matcher m = SECTION.matcher(doc);
    List<int[]> starts = new ArrayList<>();
    List<String> names = new ArrayList<>();
    while (m.find()) {
      starts.add(new int[] {m.start(), m.end()});
      names.add(m.group(1));
    }
    for (int i = 0; i < names.size(); i++) {
      int end = i + 1 < starts.size() ? starts.get(i + 1)[0] : doc.length();
      String body = doc.substring(starts.get(i)[1], end);
      int nextHeading = body.indexOf("\n#");
      body = nextHeading < 0 ? body : body.substring(0, nextHeading);
      List<String[]> columns = new ArrayList<>();
      for (String line : body.split("\n")) {
        if (!line.startsWith("| ") || line.startsWith("| column |")) {
          continue;
        }
        String[] cells = line.split(" \\| ", 3);
        List<String> cols = List.of(cells[0].substring(2).split(", "));
        List<String> types = splitTopLevel(cells[1]);
        for (int k = 0; k < cols.size(); k++) {
          columns.add(new String[] {cols.get(k), types.size() == 1 ? types.get(0)
              : k < types.size() ? types.get(k) : "?"});
        }
      }
      out.put(names.get(i), columns);
    }
    return out;
  }

  /** "string, array<struct<a, b>>" -> [string, array<struct<a, b>>]. */
  private static List<String> splitTopLevel(String types) {
    List<String> out = new ArrayList<>();
    int depth = 0;
    int from = 0;
    for (int i = 0; i < types.length(); i++) {
      char c = types.charAt(i);
      if (c == '<') {
        depth++;
      } else if (c == '>') {
        depth--;
      } else if (c == ',' && depth == 0) {
        out.add(types.substring(from, i).strip());
        from = i + 1;
      }
    }
    out.add(types.substring(from).strip());
    return out;
  }

  private static String render(List<String[]> columns) {
    StringBuilder b = new StringBuilder();
    for (String[] c : columns) {
      b.append(c[0]).append(' ').append(c[1]).append('\n');
    }
    return b.toString();
  }
}
