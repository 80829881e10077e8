package io.papercuts.jobs;

import io.papercuts.jobs.Tables.RunRow;
import io.papercuts.nlp.CoreNlpAnalyzer;
import io.papercuts.report.ReportJob;
import java.io.PrintStream;
import java.time.Instant;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The nightly run: ingest, annotate, summarize, then the {@code runs} manifest (so a run date
 * whose manifest is present has complete tables) and the HTML/CSV report. Prints progress and the
 * summary to {@code out}.
 */
public final class NightlyJob {

  /** What a nightly run produced, for the caller and tests. */
  public record Result(IngestJob.Result ingest, AnnotateJob.Result annotate,
      SummarizeJob.Result summarize, ReportJob.ReportResult report) {
  }

  private NightlyJob() {
  }

  public static Result run(SparkSession spark, PipelineConfig config, PrintStream out) {
    Instant started = Instant.now();
    TableWriter tables = new TableWriter(spark, config.output());
    tables.checkWritable();
    // Until this run writes its manifest the date is incomplete: drop the old manifest first, so
    // a rerun that fails or is killed half-way never leaves a runs row describing other tables.
    tables.deletePartition(Tables.RUNS, config.runDate());
    Progress progress = new Progress(out);
    AnnotateJob.preloadModelsIfLocal(spark);
    progress.stage("ingest", "reading " + config.input());
    IngestJob.Result ingest = IngestJob.run(spark, config);
    double ingestS = progress.done(String.format("%,d records read, %,d text units, %,d quarantined",
        ingest.read(), ingest.units(), ingest.quarantined()));

    progress.stage("annotate", "CoreNLP sentences, sentiment, keyphrases");
    AnnotateJob.Result annotate = AnnotateJob.run(spark, config);
    double annotateS = progress.done(AnnotateJob.describe(annotate));

    progress.stage("summarize", "themes over the last " + config.windowDays() + " days");
    SummarizeJob.Result summarize = SummarizeJob.run(spark, config);
    double summarizeS = progress.done(String.format("%,d themes", summarize.themes()));

    RunRow run = new RunRow(config.runDate() + "@" + started, started, Instant.now(),
        "succeeded", config.input(), ingest.read(), ingest.accepted(), ingest.quarantined(),
        ingest.skipped(), ingest.units(), annotate.sentences(), annotate.sentencesAnalysed(),
        summarize.themes(), ingestS, annotateS, summarizeS, Versions.papercuts(), spark.version(),
        CoreNlpAnalyzer.MODEL_VERSION, config.configHash(), annotate.unitsReused(),
        annotate.sentencesFailed());
    tables.writePartition(Tables.RUNS.dataset(spark, List.of(run)), Tables.RUNS,
        config.runDate(), 1);

    // The report reads the runs row, so it comes after the manifest.
    ReportJob.ReportResult report = ReportJob.run(spark, config.output(), config.runDate(),
        io.papercuts.report.ReportOptions.fromMap(
            config.namespace(io.papercuts.report.ReportOptions.PREFIX)));
    Result result = new Result(ingest, annotate, summarize, report);
    ConsoleSummary.print(spark, config, result, out);
    return result;
  }
}
