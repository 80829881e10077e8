package io.papercuts.jobs;

import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat_ws;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.row_number;

import java.sql.Date;
import java.time.LocalDate;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.StructType;

/**
 * The summary window's inputs, read once: sentences, survey responses and contacts of run dates in
 * (runDate - windowDays, runDate], each record in its latest version (a unit re-sent on a later
 * night replaces the earlier one), and every customer's latest CRM state up to runDate.
 */
final class SummaryInputs {

  final Dataset<Row> sentences;
  final Dataset<Row> responses;
  final Dataset<Row> customers;
  /** Support conversations of the window with their effort signals; null when none. */
  final Dataset<Row> contacts;
  /** Customers heard from in the window, with churn: person, churned (the lift's population). */
  final Dataset<Row> population;

  private SummaryInputs(Dataset<Row> sentences, Dataset<Row> responses, Dataset<Row> customers,
      Dataset<Row> contacts, Dataset<Row> population) {
    this.sentences = sentences;
    this.responses = responses;
    this.customers = customers;
    this.contacts = contacts;
    this.population = population;
  }

  static SummaryInputs read(SparkSession spark, PipelineConfig config) {
    TableWriter t = new TableWriter(spark, config.output());
    LocalDate to = config.runDate();
    LocalDate from = to.minusDays(config.windowDays() - 1L);
    // Read with the known schemas: merging every file's footer costs a Spark job per table.
    Dataset<Row> sentences = latest(inWindow(t.readAll(Tables.SENTENCES), from, to,
        Tables.SENTENCES.schema(), spark), "unit_id")
        // Reviews without a customer id still count as one (anonymous) person each.
        .withColumn("person", coalesce(col("customer_id"),
            concat_ws(":", lit("anon"), col("source"), col("doc_id"))));
    Dataset<Row> responses = latest(inWindow(t.readAll(Tables.SURVEY_RESPONSES), from, to, null,
        spark), "response_id");
    Dataset<Row> customers = latest(upTo(t.readAll(Tables.CUSTOMERS), to), "customer_id");
    Dataset<Row> contacts = latest(inWindow(t.readAll(Tables.CONTACTS), from, to, null, spark),
        "doc_id");
    Dataset<Row> people = sentences.select("person", "customer_id").distinct();
    Dataset<Row> population = customers == null
        ? people.select(col("person"), lit(false).as("churned"))
        : people.join(customers.select("customer_id", "churned"),
                people.col("customer_id").equalTo(customers.col("customer_id")), "left")
            .select(col("person"), coalesce(col("churned"), lit(false)).as("churned"));
    return new SummaryInputs(sentences, responses, customers, contacts, population.distinct());
  }

  private static Dataset<Row> inWindow(Dataset<Row> all, LocalDate from, LocalDate to,
      StructType emptySchema, SparkSession spark) {
    if (all == null) {
      return emptySchema == null ? null : spark.createDataFrame(java.util.List.of(), emptySchema);
    }
    return all.filter(col(Tables.RUN_DATE).geq(lit(Date.valueOf(from)))
        .and(col(Tables.RUN_DATE).leq(lit(Date.valueOf(to)))));
  }

  private static Dataset<Row> upTo(Dataset<Row> all, LocalDate to) {
    return all == null ? null : all.filter(col(Tables.RUN_DATE).leq(lit(Date.valueOf(to))));
  }

  /** Keeps, per key, only the rows of its latest run date. */
  private static Dataset<Row> latest(Dataset<Row> rows, String key) {
    if (rows == null) {
      return null;
    }
    return rows.withColumn("_latest", max(col(Tables.RUN_DATE)).over(Window.partitionBy(key)))
        .filter(col(Tables.RUN_DATE).equalTo(col("_latest"))).drop("_latest");
  }

  static Dataset<Row> firstPer(Dataset<Row> rows, String partition, org.apache.spark.sql.Column... order) {
    return rows.withColumn("_n", row_number().over(Window.partitionBy(partition).orderBy(order)))
        .filter(col("_n").equalTo(1)).drop("_n");
  }
}
