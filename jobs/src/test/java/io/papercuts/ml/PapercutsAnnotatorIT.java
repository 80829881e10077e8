package io.papercuts.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.annotate.JudgedSentence;
import io.papercuts.annotate.Papercuts;
import io.papercuts.annotate.UnitContext;
import io.papercuts.jobs.SparkSessions;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Pipeline;
import org.apache.spark.ml.PipelineModel;
import org.apache.spark.ml.PipelineStage;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A notebook user's path: a plain DataFrame of their own texts, the annotator applied as a
 * spark.ml stage, the judged sentences exploded and filtered as in a notebook cell. The verdicts
 * are the plain-Java facade's ({@link Papercuts#annotate}), which the annotate stage also uses.
 */
class PapercutsAnnotatorIT {

  private static final String TECHNICIAN =
      "Not a big deal, but the technician was two hours late and nobody called.";
  private static final String PRAISE =
      "Great service, thank you! Call me at 555-201-4477 if you need a quote.";
  private static final String COUPON = "My promo code was rejected twice at checkout.";

  private static SparkSession spark;
  private static Dataset<Row> texts;

  @BeforeAll
  static void start() {
    spark = SparkSessions.create("local[2]", false);
    StructType schema = new StructType().add("id", DataTypes.StringType)
        .add("comment", DataTypes.StringType).add("stars", DataTypes.IntegerType);
    texts = spark.createDataFrame(List.of(RowFactory.create("a", TECHNICIAN, null),
        RowFactory.create("b", PRAISE, 5), RowFactory.create("c", COUPON, 2),
        RowFactory.create("d", null, null)), schema);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void annotatesAPlainDataFrameAsAPipelineStageWithTheFacadesVerdicts() {
    PapercutsAnnotator annotator = new PapercutsAnnotator().setInputCol("comment")
        .setSource("review").setRatingCol("stars");
    PipelineModel model = new Pipeline().setStages(new PipelineStage[] {annotator}).fit(texts);
    Dataset<Row> out = model.transform(texts);
    assertEquals(PapercutsAnnotator.OUTPUT_TYPE, out.schema().apply("sentences").dataType());
    assertEquals(List.of("id", "comment", "stars", "sentences"),
        List.of(out.schema().fieldNames()));

    // As in a notebook: one row per sentence, its fields as the sentences table's columns.
    Map<String, List<Row>> byId = new HashMap<>();
    for (Row r : out.select(col("id"), explode(col("sentences")).as("s"))
        .select("id", "s.sentence_idx", "s.text", "s.is_complaint", "s.is_quiet", "s.theme_ids",
            "s.cues.type")
        .orderBy("id", "sentence_idx").collectAsList()) {
      byId.computeIfAbsent(r.getString(0), k -> new java.util.ArrayList<>()).add(r);
    }
    Row technician = byId.get("a").get(0);
    assertTrue(technician.getBoolean(3), "a complaint: " + technician);
    assertTrue(technician.getBoolean(4), "a quiet one: " + technician);
    assertTrue(technician.getList(5).contains("technician_no_show"), technician.toString());
    assertTrue(technician.getList(6).contains("minimizer"), technician.toString());

    // Redacted as ingest would store it; praise from a 5-star review is no complaint.
    for (Row r : byId.get("b")) {
      assertFalse(r.getString(2).contains("555-201-4477"), r.toString());
    }
    assertFalse(byId.get("b").get(0).getBoolean(3), byId.get("b").toString());
    assertFalse(byId.containsKey("d"), "a null text has no sentences");
    assertNull(out.filter(col("id").equalTo("d")).first().getAs("sentences"));

    // The same verdicts as the plain-Java facade in the same context.
    List<JudgedSentence> direct = Papercuts.annotate(TECHNICIAN, UnitContext.review(null));
    assertEquals(direct.size(), byId.get("a").size());
    assertEquals(direct.get(0).verdict().complaint(), technician.getBoolean(3));
    assertEquals(direct.get(0).verdict().quiet(), technician.getBoolean(4));
    assertEquals(direct.get(0).themeIds(), technician.getList(5));
  }

  @Test
  void aUsersTaxonomyAddsItsThemesAndABadOneFailsNamingFileAndLine() throws Exception {
    Dataset<Row> out = new PapercutsAnnotator().setInputCol("comment")
        .setTaxonomyFile(resource("shop-themes.csv").toString()).transform(texts);
    List<Row> coupon = out.filter(col("id").equalTo("c"))
        .select(explode(col("sentences.theme_ids")).as("t")).collectAsList();
    assertTrue(coupon.get(0).getList(0).contains("coupon_rejected"), coupon.toString());

    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> new PapercutsAnnotator().setInputCol("comment")
            .setTaxonomyFile(resource("bad-themes.csv").toString()).transform(texts));
    assertTrue(bad.getMessage().contains("bad-themes.csv line 3"), bad.getMessage());
  }

  @Test
  void aMissingOrMistypedColumnIsNamed() {
    IllegalArgumentException missing = assertThrows(IllegalArgumentException.class,
        () -> new PapercutsAnnotator().setInputCol("body").transform(texts));
    assertTrue(missing.getMessage().contains("column body not found"), missing.getMessage());
    IllegalArgumentException mistyped = assertThrows(IllegalArgumentException.class,
        () -> new PapercutsAnnotator().setInputCol("comment").setRatingCol("id")
            .transform(texts));
    assertTrue(mistyped.getMessage().contains("column id is string, expected int"),
        mistyped.getMessage());
    assertThrows(IllegalArgumentException.class, () -> new PapercutsAnnotator().setSource("x"));
  }

  private static Path resource(String name) throws URISyntaxException {
    return Path.of(PapercutsAnnotatorIT.class.getResource("/CustomTaxonomyIT/" + name).toURI());
  }
}
