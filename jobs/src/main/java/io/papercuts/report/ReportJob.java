package io.papercuts.report;

import io.papercuts.jobs.ExitCode;
import io.papercuts.jobs.PipelineException;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.apache.hadoop.fs.FSDataOutputStream;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.LocalFileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.SparkSession;

/**
 * The analyst-facing report of one run date: reads the run's summary tables (see
 * {@link ReportReader}; only top-N results reach the driver) and writes, into
 * {@code <output>/reports/run_date=YYYY-MM-DD/}:
 * <ul>
 *   <li>{@value #HTML}: one self-contained page (see {@link HtmlReportWriter});</li>
 *   <li>{@value #CSV_THEMES} and {@value #CSV_EXAMPLES}: the same themes and their quotes,
 *   spreadsheet-safe (see {@link CsvReportWriter}).</li>
 * </ul>
 * Files go through Hadoop's FileSystem, so any output root the pipeline writes to (local,
 * {@code hdfs://}, ...) works. Each file is written to a temporary name and renamed, so a rerun
 * replaces the previous report and a killed run leaves no half-written file under the final
 * name. Driver-side only.
 */
public final class ReportJob {

  public static final String DIR = "reports";
  public static final String HTML = "papercuts-report.html";
  public static final String CSV_THEMES = "top-themes.csv";
  public static final String CSV_EXAMPLES = "theme-examples.csv";

  /**
   * Where the report went (paths spelled like the output root) and how much it holds.
   *
   * @param themes top themes in the report
   * @param examples quotes in the examples CSV
   */
  public record ReportResult(String directory, String htmlFile, String csvThemes,
      String csvExamples, int themes, int examples) {
  }

  private ReportJob() {
  }

  /** The report with {@link ReportOptions#DEFAULTS} (top 20 themes, 3 quotes each, CSV BOM). */
  public static ReportResult run(SparkSession spark, String outputRoot, LocalDate runDate) {
    return run(spark, outputRoot, runDate, ReportOptions.DEFAULTS);
  }

  /**
   * Writes the report of {@code runDate} from the tables under {@code outputRoot}.
   *
   * @throws PipelineException {@link ExitCode#INPUT} when the date has no {@code themes}
   *     partition, {@link ExitCode#OUTPUT} when the report cannot be written
   */
  public static ReportResult run(SparkSession spark, String outputRoot, LocalDate runDate,
      ReportOptions options) {
    ReportData data = ReportReader.read(spark, outputRoot, runDate, options);
    String root = outputRoot.endsWith("/") ? outputRoot.substring(0, outputRoot.length() - 1)
        : outputRoot;
    String dir = root + "/" + DIR + "/run_date=" + runDate;
    try {
      StringWriter themes = new StringWriter();
      CsvReportWriter.writeThemes(data, themes);
      StringWriter examples = new StringWriter();
      CsvReportWriter.writeExamples(data, examples);
      String html = new HtmlReportWriter(options).render(data);

      FileSystem fs = new Path(dir).getFileSystem(spark.sparkContext().hadoopConfiguration());
      if (fs instanceof LocalFileSystem local) {
        // No .crc side files next to a report people open by hand.
        fs = local.getRaw();
      }
      String bom = options.csvBom() ? "\uFEFF" : "";
      write(fs, dir + "/" + CSV_THEMES, bom + themes);
      write(fs, dir + "/" + CSV_EXAMPLES, bom + examples);
      write(fs, dir + "/" + HTML, html);
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT,
          "cannot write the report to " + dir + ": " + e.getMessage(), e);
    }
    int exampleCount = data.themes().stream().mapToInt(t -> data.examplesOf(t.themeId()).size())
        .sum();
    return new ReportResult(dir, dir + "/" + HTML, dir + "/" + CSV_THEMES,
        dir + "/" + CSV_EXAMPLES, data.themes().size(), exampleCount);
  }

  private static void write(FileSystem fs, String file, String content) throws IOException {
    Path target = new Path(file);
    Path tmp = new Path(target.getParent(), "." + target.getName() + ".tmp");
    fs.mkdirs(target.getParent());
    try (FSDataOutputStream out = fs.create(tmp, true);
        Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
      w.write(content);
    }
    if (fs.exists(target) && !fs.delete(target, false)) {
      throw new IOException("cannot replace " + target);
    }
    if (!fs.rename(tmp, target)) {
      throw new IOException("cannot rename " + tmp + " to " + target);
    }
  }
}
