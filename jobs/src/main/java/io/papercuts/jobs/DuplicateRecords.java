package io.papercuts.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.first;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.row_number;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.when;

import io.papercuts.ingest.Skipped;
import io.papercuts.ingest.SourceKind;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.expressions.WindowSpec;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.storage.StorageLevel;

/**
 * One night's copy of each record: the same survey response id, review id or conversation id
 * read from two files (an overlapping export) counts once. The parsers already skip a second
 * copy inside one file ({@link Skipped#DUPLICATE}, "duplicate of line N"); this step does it
 * across files, on the envelope dataset of {@link IngestRows#ENVELOPE}, before anything is
 * counted or written.
 *
 * <p>Of all copies of one (source, id), the first by (file, line) is kept as it was. Each later
 * copy loses every row it produced (its feedback units, its survey response, its contact) and
 * becomes one {@code skip} row at its own file and line with the reason
 * {@code duplicate: duplicate of <file>:<line> (same <id field>)}; an empty-comment survey copy's
 * {@code empty_comment} skip row is replaced by that row. Each file's counts row is corrected to
 * match (accepted copies move from accepted to skipped; units removed are subtracted), so
 * read = accepted + quarantined + skipped still holds per file and no record is counted twice.
 * Quarantined copies have no trusted id and are left alone; customers (CRM rows and the churn an
 * exit survey implies) are merged per customer by {@code IngestJob} anyway and are not touched.
 *
 * <p>{@link #keepFirstCopies} is a pure function of its input that reads it several times (one
 * window over one small row per record, then one branch per kind of row), so its input must be
 * persisted or each file would be parsed again per branch; {@link #persistedFirstCopies} does
 * that and is what {@code IngestJob} should call. Stateless.
 */
final class DuplicateRecords {

  private static final String SURVEY = SourceKind.SURVEY.label();
  private static final String REVIEW = SourceKind.REVIEW.label();
  private static final String TRANSCRIPT = SourceKind.TRANSCRIPT.label();

  private DuplicateRecords() {
  }

  /**
   * {@link #keepFirstCopies} with each file parsed once: persists {@code env}, persists the
   * result and materialises it, then releases {@code env}. The caller unpersists the result.
   *
   * @param env the envelopes as parsed, not yet persisted
   */
  static Dataset<Row> persistedFirstCopies(Dataset<Row> env) {
    Dataset<Row> parsed = env.persist(StorageLevel.MEMORY_AND_DISK());
    Dataset<Row> kept = keepFirstCopies(parsed).persist(StorageLevel.MEMORY_AND_DISK());
    kept.count();
    parsed.unpersist();
    return kept;
  }

  /**
   * @param env envelope rows ({@link IngestRows#ENVELOPE}) of every file of the night
   * @return the same rows with later copies of a record turned into {@code duplicate} skips and
   *     the file rows' counts corrected; same schema and column order as {@code env}
   */
  static Dataset<Row> keepFirstCopies(Dataset<Row> env) {
    Dataset<Row> later = laterCopies(env);

    Dataset<Row> units = env.filter(col("unit").isNotNull()).join(later,
        col("unit.source").equalTo(col("d_source")).and(col("unit.doc_id").equalTo(col("d_id")))
            .and(col("unit.file").equalTo(col("d_file"))), "left_anti");
    Dataset<Row> responses = env.filter(col("response").isNotNull()).join(later,
        lit(SURVEY).equalTo(col("d_source"))
            .and(col("response.response_id").equalTo(col("d_id")))
            .and(col("response.file").equalTo(col("d_file"))), "left_anti");
    Dataset<Row> conversations = env.filter(col("conversation").isNotNull()).join(later,
        lit(TRANSCRIPT).equalTo(col("d_source"))
            .and(col("conversation.doc_id").equalTo(col("d_id")))
            .and(col("conversation.file").equalTo(col("d_file"))), "left_anti");
    // A copy's own skip row (a survey response with an empty comment) gives way to its
    // duplicate row: one record, one place.
    Dataset<Row> skips = env.filter(col("skip").isNotNull()).join(later,
        col("skip.source").equalTo(col("d_source")).and(col("skip.file").equalTo(col("d_file")))
            .and(col("skip.line").equalTo(col("d_line"))), "left_anti");
    Dataset<Row> untouched = env.filter(col("customer").isNotNull()
        .or(col("quarantine").isNotNull()));

    Column reason = concat(lit(Skipped.DUPLICATE + ": duplicate of "), col("d_first_file"),
        lit(":"), col("d_first_line").cast(DataTypes.StringType), lit(" (same "),
        when(col("d_source").equalTo(SURVEY), lit("response_id"))
            .when(col("d_source").equalTo(REVIEW), lit("review_id"))
            .otherwise(lit("conversation_id")),
        lit(")"));
    Dataset<Row> duplicateSkips = later.select(envelopeColumns(env, "skip",
        struct(col("d_source").as("source"), col("d_file").as("file"), col("d_line").as("line"),
            reason.as("reason"))));

    Dataset<Row> removedUnits = env.filter(col("unit").isNotNull()).join(later,
            col("unit.source").equalTo(col("d_source")).and(col("unit.doc_id").equalTo(col("d_id")))
                .and(col("unit.file").equalTo(col("d_file"))), "left_semi")
        .groupBy(col("unit.source").as("u_source"), col("unit.file").as("u_file"))
        .agg(count(lit(1)).as("u_removed"));
    Dataset<Row> perFile = later.groupBy(col("d_source").as("f_source"),
            col("d_file").as("f_file"))
        .agg(sum(when(col("d_accepted"), 1L).otherwise(0L)).as("f_accepted"));
    Column accepted = coalesce(col("f_accepted"), lit(0L));
    Column removed = coalesce(col("u_removed"), lit(0L));
    Dataset<Row> files = env.filter(col("file").isNotNull())
        .join(perFile, col("file.source").equalTo(col("f_source"))
            .and(col("file.file").equalTo(col("f_file"))), "left_outer")
        .join(removedUnits, col("file.source").equalTo(col("u_source"))
            .and(col("file.file").equalTo(col("u_file"))), "left_outer")
        .withColumn("file", col("file")
            .withField("accepted", col("file.accepted").minus(accepted))
            .withField("skipped", col("file.skipped").plus(accepted))
            .withField("units", col("file.units").minus(removed)));

    Column[] columns = java.util.Arrays.stream(env.columns()).map(c -> col(c))
        .toArray(Column[]::new);
    return units.select(columns)
        .unionByName(responses.select(columns))
        .unionByName(conversations.select(columns))
        .unionByName(skips.select(columns))
        .unionByName(untouched.select(columns))
        .unionByName(duplicateSkips)
        .unionByName(files.select(columns));
  }

  /**
   * One row per later copy: d_source, d_id, d_file, d_line, d_accepted, and where its first copy
   * is (d_first_file, d_first_line). A record is a survey response (accepted when it has a
   * unit), a review unit or a conversation.
   */
  static Dataset<Row> laterCopies(Dataset<Row> env) {
    Dataset<Row> surveys = env.filter(col("response").isNotNull()).select(
        lit(SURVEY).as("d_source"), col("response.response_id").as("d_id"),
        col("response.file").as("d_file"), col("response.line").as("d_line"),
        col("response.unit_id").isNotNull().as("d_accepted"));
    Dataset<Row> reviews = env.filter(col("unit").isNotNull()
        .and(col("unit.source").equalTo(REVIEW))).select(
        lit(REVIEW).as("d_source"), col("unit.doc_id").as("d_id"), col("unit.file").as("d_file"),
        col("unit.line").as("d_line"), lit(true).as("d_accepted"));
    Dataset<Row> conversations = env.filter(col("conversation").isNotNull()).select(
        lit(TRANSCRIPT).as("d_source"), col("conversation.doc_id").as("d_id"),
        col("conversation.file").as("d_file"), col("conversation.line").as("d_line"),
        lit(true).as("d_accepted"));
    WindowSpec copies = Window.partitionBy("d_source", "d_id").orderBy("d_file", "d_line");
    return surveys.unionByName(reviews).unionByName(conversations)
        .withColumn("d_copy", row_number().over(copies))
        .withColumn("d_first_file", first("d_file").over(copies))
        .withColumn("d_first_line", first("d_line").over(copies))
        .filter(col("d_copy").gt(1))
        .drop("d_copy");
  }

  /** The envelope's columns in order: {@code value} in {@code slot}, typed nulls elsewhere. */
  private static Column[] envelopeColumns(Dataset<Row> env, String slot, Column value) {
    List<Column> out = new ArrayList<>();
    for (StructField f : env.schema().fields()) {
      Column c = f.name().equals(slot) ? value : lit(null);
      out.add(c.cast(f.dataType()).as(f.name()));
    }
    return out.toArray(Column[]::new);
  }
}
