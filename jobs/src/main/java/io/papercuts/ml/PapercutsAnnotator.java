package io.papercuts.ml;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import io.papercuts.annotate.JudgedSentence;
import io.papercuts.annotate.TextAnnotator;
import io.papercuts.annotate.UnitContext;
import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.RowCodec;
import io.papercuts.jobs.Rules;
import io.papercuts.jobs.SentenceRows;
import io.papercuts.jobs.SentenceRows.JudgedRow;
import io.papercuts.themes.ThemeSettings;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.ml.Transformer;
import org.apache.spark.ml.param.Param;
import org.apache.spark.ml.param.ParamMap;
import org.apache.spark.ml.util.Identifiable$;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.ArrayType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * A spark.ml {@link Transformer} that adds the annotate stage's judgement of a text column: per
 * row, an array with one struct per sentence, its fields named as the {@code sentences} table's
 * columns ({@code sentence_idx}, {@code text}, {@code sentiment}, {@code keyphrases},
 * {@code theme_ids}, {@code cues}, {@code is_complaint}, {@code is_quiet}, {@code is_mixed},
 * {@code evidence} ...). The text is redacted and normalised as ingest stores it; each row is one
 * feedback unit, judged in its context: {@code sourceCol} or {@code source}, and
 * {@code ratingCol} (stars 1-5) when set. {@code taxonomyFile} adds a user's themes to the
 * built-in ones ({@code docs/themes.md}). CoreNLP loads once per executor JVM.
 * <pre>{@code
 * Dataset<Row> out = new PapercutsAnnotator().setInputCol("comment").transform(df);
 * out.select(explode(col("sentences")).as("s")).where("s.is_complaint")
 * }</pre>
 * Not persistable with {@code save}: it has no fitted state, build it again.
 */
public final class PapercutsAnnotator extends Transformer {

  private static final long serialVersionUID = 1L;

  private static final RowCodec<JudgedRow> SENTENCE = RowCodec.of(JudgedRow.class);

  /** The output column's type: one struct per sentence. */
  public static final ArrayType OUTPUT_TYPE = DataTypes.createArrayType(SENTENCE.schema(), false);

  private final String uid;
  private final Param<String> inputCol;
  private final Param<String> outputCol;
  private final Param<String> source;
  private final Param<String> sourceCol;
  private final Param<String> ratingCol;
  private final Param<String> taxonomyFile;

  public PapercutsAnnotator() {
    this(Identifiable$.MODULE$.randomUID("papercutsAnnotator"));
  }

  public PapercutsAnnotator(String uid) {
    this.uid = uid;
    inputCol = new Param<>(this, "inputCol", "the text column");
    outputCol = new Param<>(this, "outputCol", "the column of judged sentences to add");
    source = new Param<>(this, "source",
        "what every text is when sourceCol is not set: survey, transcript or review");
    sourceCol = new Param<>(this, "sourceCol",
        "a column saying per row what the text is: survey, transcript or review");
    ratingCol = new Param<>(this, "ratingCol", "an integer column of star ratings (1-5)");
    taxonomyFile = new Param<>(this, "taxonomyFile",
        "a theme taxonomy file added to the built-in themes (docs/themes.md)");
    setDefault(inputCol, "text");
    setDefault(outputCol, "sentences");
    setDefault(source, "survey");
  }

  @Override
  public String uid() {
    return uid;
  }

  public Param<String> inputCol() {
    return inputCol;
  }

  public Param<String> outputCol() {
    return outputCol;
  }

  public Param<String> source() {
    return source;
  }

  public Param<String> sourceCol() {
    return sourceCol;
  }

  public Param<String> ratingCol() {
    return ratingCol;
  }

  public Param<String> taxonomyFile() {
    return taxonomyFile;
  }

  public PapercutsAnnotator setInputCol(String value) {
    set(inputCol, value);
    return this;
  }

  public PapercutsAnnotator setOutputCol(String value) {
    set(outputCol, value);
    return this;
  }

  public PapercutsAnnotator setSource(String value) {
    new UnitContext(value, null, null);
    set(source, value);
    return this;
  }

  public PapercutsAnnotator setSourceCol(String value) {
    set(sourceCol, value);
    return this;
  }

  public PapercutsAnnotator setRatingCol(String value) {
    set(ratingCol, value);
    return this;
  }

  public PapercutsAnnotator setTaxonomyFile(String value) {
    set(taxonomyFile, value);
    return this;
  }

  @Override
  public StructType transformSchema(StructType schema) {
    require(schema, $(inputCol), DataTypes.StringType);
    if (isDefined(sourceCol)) {
      require(schema, $(sourceCol), DataTypes.StringType);
    }
    if (isDefined(ratingCol)) {
      require(schema, $(ratingCol), DataTypes.IntegerType);
    }
    if (List.of(schema.fieldNames()).contains($(outputCol))) {
      throw new IllegalArgumentException("output column " + $(outputCol) + " exists already");
    }
    return schema.add(new StructField($(outputCol), OUTPUT_TYPE, true,
        org.apache.spark.sql.types.Metadata.empty()));
  }

  @Override
  public Dataset<Row> transform(Dataset<?> dataset) {
    transformSchema(dataset.schema());
    // Built on the driver, so a bad taxonomy file fails here, naming file and line.
    Map<String, String> settings = new HashMap<>();
    if (isDefined(taxonomyFile)) {
      settings.put(ThemeSettings.TAXONOMY, $(taxonomyFile));
    }
    TextAnnotator annotator = Rules.of(settings)
        .annotator(PipelineConfig.pii(settings).redactor());
    UserDefinedFunction judge = org.apache.spark.sql.functions.udf(
        (UDF3<String, String, Integer, Row[]>) (text, kind, stars) -> judge(annotator, text,
            kind, stars), OUTPUT_TYPE);
    Column kind = isDefined(sourceCol) ? col($(sourceCol)) : lit($(source));
    Column stars = isDefined(ratingCol) ? col($(ratingCol))
        : lit(null).cast(DataTypes.IntegerType);
    return dataset.withColumn($(outputCol), judge.apply(col($(inputCol)), kind, stars));
  }

  private static Row[] judge(TextAnnotator annotator, String text, String kind, Integer stars) {
    if (text == null) {
      return null;
    }
    List<JudgedSentence> judged = annotator.annotate(text, new UnitContext(kind, stars, null));
    Row[] out = new Row[judged.size()];
    for (int i = 0; i < out.length; i++) {
      out[i] = SENTENCE.row(SentenceRows.judgedRow(judged.get(i)));
    }
    return out;
  }

  private static void require(StructType schema, String column, DataType type) {
    if (!List.of(schema.fieldNames()).contains(column)) {
      throw new IllegalArgumentException("column " + column + " not found; columns: "
          + String.join(", ", schema.fieldNames()));
    }
    DataType actual = schema.apply(column).dataType();
    if (!actual.equals(type)) {
      throw new IllegalArgumentException("column " + column + " is " + actual.simpleString()
          + ", expected " + type.simpleString());
    }
  }

  @Override
  public PapercutsAnnotator copy(ParamMap extra) {
    return defaultCopy(extra);
  }
}
