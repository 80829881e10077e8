/**
 * The Spark side, thin: {@code IngestJob}, {@code AnnotateJob}, {@code SummarizeJob} and
 * {@code NightlyJob} (the three in order, then the report) read, {@code mapPartitions} over the
 * plain-Java {@code models} code and write. Every table is one row record in {@code Tables}
 * ({@code Table}/{@code RowCodec} derive its schema and rows), written by {@code TableWriter},
 * which checks each Dataset against it. A new table: a row record and a {@code Table} constant
 * in {@code Tables}, its section in docs/schema.md (TablesTest compares them).
 */
package io.papercuts.jobs;
