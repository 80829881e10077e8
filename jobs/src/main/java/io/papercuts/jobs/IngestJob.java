package io.papercuts.jobs;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.when;

import io.papercuts.ingest.IngestSettings;
import io.papercuts.ingest.InputFileException;
import io.papercuts.ingest.InputNames;
import io.papercuts.ingest.SourceKind;
import io.papercuts.ingest.SourceParser;
import io.papercuts.ingest.SourceParsers;
import io.papercuts.pii.CustomerIdPseudonymizer;
import io.papercuts.pii.IdentifierRedactor;
import io.papercuts.pii.PiiRedactor;
import io.papercuts.transcript.EffortSignalDetector;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/**
 * Stage 1: input files -> {@code feedback}, {@code survey_responses}, {@code contacts},
 * {@code customers}, {@code quarantine}, {@code skipped}. Files are listed on the driver and each
 * is parsed whole by one task with the pure-Java parsers of {@code io.papercuts.ingest} (line
 * numbers need a sequential read). Every record read is accepted, quarantined or skipped with a
 * reason; the counts are checked to reconcile before anything is written.
 */
public final class IngestJob {

  /** Environment variable with the key (16+ bytes) for pseudonymising customer ids; unset = off. */
  public static final String PSEUDONYMIZE_KEY_ENV = "PAPERCUTS_CUSTOMER_ID_KEY";

  /** Records of one source kind: read = accepted + quarantined + skipped. */
  public record SourceCounts(long read, long accepted, long quarantined, long skipped) {

    static final SourceCounts NONE = new SourceCounts(0, 0, 0, 0);

    SourceCounts plus(IngestRows.FileCounts f) {
      return new SourceCounts(read + f.recordsRead(), accepted + f.accepted(),
          quarantined + f.quarantined(), skipped + f.skipped());
    }

    boolean reconciles() {
      return read == accepted + quarantined + skipped;
    }
  }

  /** Counts of one ingest, per source kind label (sorted) and in total. */
  public record Result(Map<String, SourceCounts> perSource, long units, long filesNotRead,
      List<String> notRead) {

    public long read() {
      return perSource.values().stream().mapToLong(SourceCounts::read).sum();
    }

    public long accepted() {
      return perSource.values().stream().mapToLong(SourceCounts::accepted).sum();
    }

    public long quarantined() {
      return perSource.values().stream().mapToLong(SourceCounts::quarantined).sum();
    }

    public long skipped() {
      return perSource.values().stream().mapToLong(SourceCounts::skipped).sum();
    }
  }

  private IngestJob() {
  }

  public static Result run(SparkSession spark, PipelineConfig config) {
    if (config.input() == null) {
      throw new PipelineException(ExitCode.USAGE, "--input is required for this command");
    }
    IngestSettings settings = ingestSettings(config);
    new TableWriter(spark, config.output()).checkWritable();
    PiiRedactor redactor = config.pii().redactor();
    EffortSignalDetector effort = EffortSignalDetector.defaults();
    // Optional: a keyed HMAC replaces customer ids; the key travels only inside Spark tasks.
    CustomerIdPseudonymizer ids =
        CustomerIdPseudonymizer.fromEnvironment(PSEUDONYMIZE_KEY_ENV).orElse(null);
    // File names, ids, stated reasons and messages are redacted too: an e-mail in a file name
    // would otherwise reach feedback.file, quarantine.file and the console.
    IdentifierRedactor safe = new IdentifierRedactor(redactor, ids);
    InputListing listing = InputListing.of(spark, config.input(), safe);
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());

    // The listed files themselves, one task each: Hadoop's input formats (binaryFiles) would drop
    // names starting with '_' (a real "_part2.csv") and cannot take a ',' or ':' in a name.
    List<Tuple2<String, String>> files = new ArrayList<>();
    for (SourceKind kind : SourceKind.values()) {
      listing.readable(kind).forEach(f -> files.add(new Tuple2<>(kind.name(), f)));
    }
    Map<String, String> hadoopConf = new java.util.HashMap<>();
    spark.sparkContext().hadoopConfiguration().forEach(e -> hadoopConf.put(e.getKey(), e.getValue()));
    JavaRDD<Row> envelopes = jsc.parallelize(files, Math.max(1, files.size()))
        .flatMap(f -> parseFile(SourceKind.valueOf(f._1()), f._2(), hadoopConf, settings,
            redactor, safe, effort, ids))
        .union(jsc.parallelize(listing.skippedRows(), 1));
    // An overlapping export (the same response, review or conversation id in two files) counts
    // once: later copies become skipped rows naming the first.
    Dataset<Row> env = DuplicateRecords.persistedFirstCopies(
        spark.createDataFrame(envelopes, IngestRows.ENVELOPE));
    try {
      return write(spark, config, env, listing);
    } finally {
      env.unpersist();
    }
  }

  private static Result write(SparkSession spark, PipelineConfig config, Dataset<Row> env,
      InputListing listing) {
    // One small collect (one row per file) brings every count the driver needs: records read,
    // accepted, quarantined, skipped and text units, counted by the task that parsed the file.
    List<IngestRows.FileCounts> files = env.filter(col("file").isNotNull()).select("file.*")
        .collectAsList().stream().map(IngestRows.FILE_COUNTS::read).toList();
    for (IngestRows.FileCounts f : files) {
      if (f.fatal() != null) {
        throw new PipelineException(ExitCode.INPUT, f.fatal());
      }
    }
    Map<String, SourceCounts> perSource = new TreeMap<>();
    long units = 0;
    for (IngestRows.FileCounts f : files) {
      perSource.put(f.source(), perSource.getOrDefault(f.source(), SourceCounts.NONE).plus(f));
      units += f.units();
    }
    perSource.forEach((source, c) -> {
      if (!c.reconciles()) {
        throw new IllegalStateException(source + ": read " + c.read() + " != accepted "
            + c.accepted() + " + quarantined " + c.quarantined() + " + skipped " + c.skipped());
      }
    });

    TableWriter tables = new TableWriter(spark, config.output());
    // Small tables are written as one file sorted within it: the same rows in the same order as
    // a global sort, without its sampling job and shuffle.
    Runnable writeQuarantine = () -> tables.writeSortedPartition(
        env.filter(col("quarantine").isNotNull()).select("quarantine.*"), Tables.QUARANTINE,
        config.runDate(), "source", "file", "line");
    Result result = new Result(perSource, units, listing.notRead().size(), listing.notRead());
    long read = result.read();
    long quarantined = result.quarantined();
    if (read > 0 && (double) quarantined / read > config.maxQuarantineShare()) {
      // Written before failing, so the rejected records can be looked at.
      writeQuarantine.run();
      throw new PipelineException(ExitCode.QUARANTINE_THRESHOLD, String.format(
          "%d of %d input records (%.1f%%) were quarantined, above the allowed %.1f%%; see %s "
              + "and fix the input or raise --max-quarantine-share",
          quarantined, read, 100.0 * quarantined / read, 100 * config.maxQuarantineShare(),
          tables.partitionPath(Tables.QUARANTINE, config.runDate())));
    }

    int files4 = Math.max(1, spark.sparkContext().defaultParallelism());
    Dataset<Row> feedback = env.filter(col("unit").isNotNull()).select("unit.*")
        .sort("source", "doc_id", "turn_idx");
    // The tables are independent reads of the cached envelopes: written at the same time.
    TableWriter.concurrently(List.of(
        () -> tables.writePartition(feedback, Tables.FEEDBACK, config.runDate(), files4),
        writeQuarantine,
        () -> tables.writeSortedPartition(env.filter(col("response").isNotNull())
            .select("response.*"), Tables.SURVEY_RESPONSES, config.runDate(), "response_id"),
        () -> tables.writeSortedPartition(env.filter(col("conversation").isNotNull())
            .select("conversation.*"), Tables.CONTACTS, config.runDate(), "doc_id"),
        () -> tables.writeSortedPartition(mergeCustomers(env), Tables.CUSTOMERS,
            config.runDate(), "customer_id"),
        () -> tables.writeSortedPartition(env.filter(col("skip").isNotNull()).select("skip.*"),
            Tables.SKIPPED, config.runDate(), "source", "file", "line")));
    return result;
  }

  /**
   * One row per customer: the CRM's row where there is one; an exit survey marks the customer
   * churned (on the survey date when the CRM has no churn date). Rows that disagree (a customer
   * twice in the CRM export) are merged by value, not by which row Spark meets first, so a rerun
   * gives the same row: churned if any row says so, the latest CRM churn date, and the
   * alphabetically last segment, the CRM's before any other.
   */
  private static Dataset<Row> mergeCustomers(Dataset<Row> env) {
    Dataset<Row> all = env.filter(col("customer").isNotNull()).select("customer.*");
    Column crm = col("source").equalTo("crm");
    return all.groupBy("customer_id").agg(
            max(col("churned")).as("churned"),
            max(when(crm, col("churn_date"))).as("crm_churn"),
            min(when(col("source").equalTo("exit_survey"), col("churn_date"))).as("survey_churn"),
            org.apache.spark.sql.functions.coalesce(max(when(crm, col("segment"))),
                max(col("segment"))).as("segment"),
            max(when(crm, 1).otherwise(0)).as("in_crm"))
        .select(col("customer_id"), col("churned"),
            org.apache.spark.sql.functions.coalesce(col("crm_churn"), col("survey_churn"))
                .as("churn_date"),
            col("segment"),
            when(col("in_crm").equalTo(1), "crm").otherwise("exit_survey").as("source"));
  }

  /**
   * Parses one file under its redacted name ({@link IdentifierRedactor#path}), so every row and
   * message names the file as the tables show it; messages are redacted too, because an error
   * about a header quotes the cells of the row it read.
   */
  private static Iterator<Row> parseFile(SourceKind kind, String path,
      Map<String, String> hadoopConf, IngestSettings settings, PiiRedactor redactor,
      IdentifierRedactor safe, EffortSignalDetector effort, CustomerIdPseudonymizer ids) {
    Optional<SourceParser> parser = SourceParsers.forFile(kind, path, settings);
    if (parser.isEmpty()) {
      return java.util.Collections.emptyIterator();
    }
    String file = safe.path(path);
    try (InputStream in = open(path, hadoopConf)) {
      return IngestRows.of(parser.get().parse(file, in), redactor, safe, effort, ids).iterator();
    } catch (InputFileException e) {
      return List.of(IngestRows.fatal(kind.label(), file, safe.text(e.getMessage()))).iterator();
    } catch (IOException | UncheckedIOException | IllegalArgumentException e) {
      return List.of(IngestRows.fatal(kind.label(), file,
          file + ": cannot be read: " + safe.text(e.getMessage()))).iterator();
    }
  }

  /**
   * Opens a listed file (its {@link Path#toString()}). Local files bypass Hadoop's checksum
   * layer, which builds a ".name.crc" path that a ':' in the name makes invalid.
   */
  private static InputStream open(String file, Map<String, String> hadoopConf) throws IOException {
    org.apache.hadoop.conf.Configuration conf = new org.apache.hadoop.conf.Configuration(false);
    hadoopConf.forEach(conf::set);
    Path path = new Path(file);
    FileSystem fs = path.getFileSystem(conf);
    if (fs instanceof org.apache.hadoop.fs.ChecksumFileSystem checked) {
      fs = checked.getRawFileSystem();
    }
    return fs.open(path);
  }

  private static IngestSettings ingestSettings(PipelineConfig config) {
    return IngestSettings.fromMap(config.namespace(IngestSettings.PREFIX));
  }

  /**
   * The input folder's files per source, listed once on the driver. Every entry under the input
   * is read or accounted for: source folders are matched ignoring case, singular or plural
   * ({@code Surveys/}, {@code review/}); lock files, hidden files and editor backups inside them
   * become {@code skipped} rows (one record each, line 0) and lines of the console summary; other
   * files and folders are listed as not read, with the reason.
   */
  static final class InputListing {
    private final String root;
    private final IdentifierRedactor safe;
    private final Map<SourceKind, List<String>> readable = new TreeMap<>();
    private final List<String> notRead = new ArrayList<>();
    private final List<Row> skippedRows = new ArrayList<>();

    private InputListing(String root, IdentifierRedactor safe) {
      this.root = root.endsWith("/") ? root.substring(0, root.length() - 1) : root;
      this.safe = safe;
    }

    static InputListing of(SparkSession spark, String input, IdentifierRedactor safe) {
      InputListing l = new InputListing(input, safe);
      Path rootPath = new Path(l.root);
      try {
        FileSystem fs = rootPath.getFileSystem(spark.sparkContext().hadoopConfiguration());
        if (!fs.exists(rootPath) || !fs.getFileStatus(rootPath).isDirectory()) {
          throw new PipelineException(ExitCode.INPUT, "input folder " + input
              + " does not exist or is not a folder: pass --input with surveys/, transcripts/ "
              + "or reviews/ inside (see docs/inputs.md)");
        }
        FileStatus[] top = fs.listStatus(rootPath);
        java.util.Arrays.sort(top);
        for (FileStatus entry : top) {
          String name = entry.getPath().getName();
          Optional<SourceKind> kind = entry.isDirectory() ? InputNames.sourceOfFolder(name)
              : Optional.empty();
          if (kind.isPresent()) {
            l.listSourceFolder(fs, entry.getPath(), kind.get());
          } else if (entry.isDirectory()) {
            l.notRead.add(l.shown(entry) + " (not a source folder: expected surveys/, "
                + "transcripts/, reviews/ or customers/, any case, singular or plural)");
          } else {
            l.notRead.add(l.shown(entry) + " (a file directly under the input folder: put it "
                + "in surveys/, transcripts/, reviews/ or customers/)");
          }
        }
      } catch (IOException | IllegalArgumentException e) {
        throw new PipelineException(ExitCode.INPUT, "cannot list " + input + ": " + e.getMessage(), e);
      }
      if (l.readable(SourceKind.SURVEY).isEmpty() && l.readable(SourceKind.TRANSCRIPT).isEmpty()
          && l.readable(SourceKind.REVIEW).isEmpty()) {
        throw new PipelineException(ExitCode.INPUT, "no input files under " + input
            + ": expected " + expected(SourceKind.SURVEY) + ", "
            + expected(SourceKind.TRANSCRIPT) + " or " + expected(SourceKind.REVIEW)
            + ", each also gzipped (.gz) (see docs/inputs.md); " + l.notReadSummary());
      }
      return l;
    }

    /** E.g. {@code reviews/*.csv|*.tsv|*.jsonl}. */
    private static String expected(SourceKind kind) {
      return kind.dir() + "/*." + String.join("|*.", SourceParsers.extensions(kind));
    }

    /** What the folder held instead, each entry with why it was not read. */
    private String notReadSummary() {
      if (notRead.isEmpty()) {
        return "the folder holds no files";
      }
      int shown = Math.min(notRead.size(), 20);
      return "not read: " + String.join("; ", notRead.subList(0, shown))
          + (notRead.size() > shown ? "; and " + (notRead.size() - shown) + " more" : "");
    }

    private void listSourceFolder(FileSystem fs, Path dir, SourceKind kind) throws IOException {
      List<String> files = readable.computeIfAbsent(kind, k -> new ArrayList<>());
      FileStatus[] entries = fs.listStatus(dir);
      java.util.Arrays.sort(entries);
      for (FileStatus st : entries) {
        String name = st.getPath().getName();
        Optional<String> notData = InputNames.notData(name);
        if (st.isDirectory()) {
          notRead.add(shown(st) + " (a folder: sub-folders are not read)");
        } else if (notData.isPresent()) {
          notRead.add(shown(st) + " (" + notData.get() + ")");
          skippedRows.addAll(IngestRows.skippedFile(kind.label(), shown(st), notData.get()));
        } else if (SourceParsers.forFile(kind, name, IngestSettings.defaults()).isPresent()) {
          files.add(st.getPath().toString());
        } else {
          notRead.add(shown(st) + " (unsupported extension for " + kind.dir()
              + "/: expected " + SourceParsers.extensions(kind) + ", each also .gz)");
        }
      }
    }

    /** An entry's path as tables and the console show it: with personal data redacted. */
    private String shown(FileStatus st) {
      return safe.path(st.getPath().toString());
    }

    List<String> readable(SourceKind kind) {
      return readable.getOrDefault(kind, List.of());
    }

    List<String> notRead() {
      return notRead;
    }

    /** The skip and file rows of files skipped by name (lock, hidden, backup). */
    List<Row> skippedRows() {
      return skippedRows;
    }
  }
}
