package io.papercuts.cli;

import io.papercuts.ingest.IngestSettings;
import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.Rules;
import io.papercuts.scoring.ScoringSettings;
import io.papercuts.themes.ThemeSettings;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;
import picocli.CommandLine.Option;

/** Options shared by the pipeline subcommands (a picocli mixin). */
final class RunOptions {

  @Option(names = {"-i", "--input"}, paramLabel = "DIR",
      description = {"Input folder with surveys/, transcripts/, reviews/ and optionally "
          + "customers/ (see docs/inputs.md). Any Hadoop URI: a local path, file://, hdfs://, s3a://.",
          "Example: --input sample-data"})
  String input;

  @Option(names = {"-o", "--output"}, paramLabel = "DIR",
      description = {"Output root; each table is a Parquet folder under it, partitioned by run_date.",
          "Required (here or as --conf spark.papercuts.output). Example: --output out"})
  String output;

  @Option(names = "--run-date", paramLabel = "YYYY-MM-DD",
      description = {"The night this run stands for (default: today in UTC). Rerunning a date "
          + "replaces that date's partitions.", "Example: --run-date 2026-10-31"})
  LocalDate runDate;

  @Option(names = "--master", paramLabel = "URL",
      description = {"Spark master. Default: the one spark-submit sets, else local[*] (all cores "
          + "of this machine, no Spark installation needed).",
          "Example: --master local[2]  or  --master spark://host:7077"})
  String master;

  @Option(names = "--window-days", paramLabel = "N",
      description = {"Summaries cover feedback of the last N run dates (default: 90).",
          "Example: --window-days 30"})
  Integer windowDays;

  @Option(names = "--max-quarantine-share", paramLabel = "SHARE",
      description = {"Fail the run (exit code 4) when more than this share of input records is "
          + "quarantined (default: 0.05); 1 never fails.",
          "Example: --max-quarantine-share 0.2"})
  Double maxQuarantineShare;

  @Option(names = "--config", paramLabel = "FILE",
      description = {"Properties file with settings such as column mappings "
          + "(see docs/configuration.md); unknown keys are an error.",
          "Example: --config papercuts.properties"})
  Path configFile;

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = {"Your own theme taxonomy (the CSV format of docs/themes.md), added to the "
          + "built-in themes; set themes.taxonomy_mode=replace to use it alone. Same as the key "
          + "themes.taxonomy.", "Example: --taxonomy shop-themes.csv"})
  String taxonomy;

  @Option(names = {"-v", "--verbose"},
      description = "Spark and CoreNLP INFO logging and the Spark UI (default: warnings only).")
  boolean verbose;

  /** Namespaces a configuration file may use; any other key is an error, not a silent default. */
  static final String SCORING_PREFIX = "scoring.";
  static final java.util.List<String> KNOWN_PREFIXES =
      java.util.List.of(IngestSettings.PREFIX, SCORING_PREFIX, ThemeSettings.PREFIX,
          PipelineConfig.PII_PREFIX, io.papercuts.report.ReportOptions.PREFIX);

  /** spark-submit passes {@code --conf} pairs to the driver as system properties. */
  static final String SPARK_CONF_PREFIX = "spark.papercuts.";
  private static final java.util.Set<String> CONF_OPTIONS = java.util.Set.of(
      "input", "output", "run_date", "window_days", "max_quarantine_share");

  /**
   * The run's configuration. Precedence: command-line options, then {@code --conf
   * spark.papercuts.<key>} (spark-submit habits: options by their snake_case names, settings by
   * their keys, e.g. {@code spark.papercuts.ingest.encoding}), then the {@code --config} file.
   */
  PipelineConfig toConfig() {
    Map<String, String> settings = settings(configFile, taxonomy);
    Map<String, String> conf = sparkConf();
    String out = output != null ? output : conf.get("output");
    if (out == null) {
      throw new IllegalArgumentException("--output DIR is required (or --conf "
          + SPARK_CONF_PREFIX + "output=DIR)");
    }
    LocalDate date = runDate != null ? runDate
        : conf.containsKey("run_date") ? parse("run_date", conf.get("run_date"), LocalDate::parse)
        : LocalDate.now(ZoneOffset.UTC);
    int window = windowDays != null ? windowDays
        : parse("window_days", conf.getOrDefault("window_days", "90"), Integer::parseInt);
    double maxShare = maxQuarantineShare != null ? maxQuarantineShare
        : parse("max_quarantine_share", conf.getOrDefault("max_quarantine_share", "0.05"),
            Double::parseDouble);
    String in = input != null ? input : conf.get("input");
    checkValues(in, out, window, maxShare);
    validate(settings, configFile);
    return new PipelineConfig(in, out, date, window, maxShare, settings);
  }

  /**
   * The settings of the {@code --config} file (may be null), overridden by {@code --conf
   * spark.papercuts.<key>} and by {@code --taxonomy} (may be null); an unknown key is an error
   * naming where it came from. Not yet validated per namespace ({@link #validate}).
   */
  static Map<String, String> settings(Path configFile, String taxonomy) {
    Map<String, String> settings = loadSettings(configFile);
    Map<String, String> conf = sparkConf();
    conf.forEach((k, v) -> {
      if (!CONF_OPTIONS.contains(k)) {
        settings.put(k, v);
      }
    });
    for (String key : settings.keySet()) {
      if (KNOWN_PREFIXES.stream().noneMatch(key::startsWith)) {
        throw new IllegalArgumentException("unknown configuration key '" + key + "'"
            + (conf.containsKey(key) ? " (from --conf " + SPARK_CONF_PREFIX + key + ")"
                : " in " + configFile)
            + "; keys start with " + KNOWN_PREFIXES + " (see docs/configuration.md)");
      }
    }
    if (taxonomy != null) {
      settings.put(ThemeSettings.TAXONOMY, taxonomy);
    }
    return settings;
  }

  /**
   * Validates every namespace of {@code settings} here, on the driver, before Spark starts, and
   * reads the taxonomy file, which names itself (file, line, field) in its errors; returns the
   * rules so read.
   */
  static Rules validate(Map<String, String> settings, Path configFile) {
    try {
      IngestSettings.fromMap(PipelineConfig.namespace(settings, IngestSettings.PREFIX));
      ScoringSettings.fromMap(PipelineConfig.namespace(settings, SCORING_PREFIX));
      ThemeSettings.fromMap(PipelineConfig.namespace(settings, ThemeSettings.PREFIX));
      PipelineConfig.pii(settings);
      io.papercuts.report.ReportOptions.fromMap(
          PipelineConfig.namespace(settings, io.papercuts.report.ReportOptions.PREFIX));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException((configFile != null ? configFile + ": " : "")
          + e.getMessage(), e);
    }
    return Rules.of(settings);
  }

  /**
   * Rejects values that would be accepted silently or fail late: an empty path ({@code --output ""}
   * is the file system root), a share that is NaN (every comparison false: no threshold) or
   * outside 0..1, a window beyond {@link PipelineConfig#MAX_WINDOW_DAYS} (date arithmetic
   * overflows), a blank master or config file name.
   */
  private void checkValues(String in, String out, int window, double maxShare) {
    if (in != null && in.isBlank()) {
      throw new IllegalArgumentException("--input must not be empty: pass the input folder");
    }
    if (out.isBlank()) {
      throw new IllegalArgumentException("--output must not be empty: pass the output folder");
    }
    if (window < 1 || window > PipelineConfig.MAX_WINDOW_DAYS) {
      throw new IllegalArgumentException("--window-days must be within 1.."
          + PipelineConfig.MAX_WINDOW_DAYS + ", got " + window);
    }
    if (!(maxShare >= 0 && maxShare <= 1)) {
      throw new IllegalArgumentException("--max-quarantine-share must be a number within 0..1 "
          + "(1 never fails), got " + maxShare);
    }
    if (master != null && master.isBlank()) {
      throw new IllegalArgumentException("--master must not be empty (default: local[*])");
    }
  }

  private static Map<String, String> sparkConf() {
    Map<String, String> conf = new HashMap<>();
    System.getProperties().stringPropertyNames().stream()
        .filter(k -> k.startsWith(SPARK_CONF_PREFIX))
        .forEach(k -> conf.put(k.substring(SPARK_CONF_PREFIX.length()),
            System.getProperty(k).strip()));
    return conf;
  }

  private static <T> T parse(String key, String value,
      java.util.function.Function<String, T> parser) {
    try {
      return parser.apply(value);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("bad value '" + value + "' for --conf "
          + SPARK_CONF_PREFIX + key, e);
    }
  }

  private static Map<String, String> loadSettings(Path configFile) {
    Map<String, String> settings = new HashMap<>();
    if (configFile == null) {
      return settings;
    }
    if (configFile.toString().isBlank()) {
      throw new IllegalArgumentException("--config must not be empty: pass a properties file");
    }
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(configFile, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read config file " + configFile + ": " + e.getMessage(), e);
    }
    p.stringPropertyNames().forEach(k -> settings.put(k, p.getProperty(k).strip()));
    return settings;
  }
}
