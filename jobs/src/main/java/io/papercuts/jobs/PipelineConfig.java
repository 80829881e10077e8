package io.papercuts.jobs;

import java.io.Serializable;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Everything one run needs, built and validated once on the driver (from CLI options, the
 * optional config file and {@code spark.papercuts.*} keys). Immutable; serialisable because
 * closures carry {@link #settings()} to executors.
 *
 * @param input input folder (any Hadoop URI); see docs/inputs.md
 * @param output output root (any Hadoop URI)
 * @param runDate the night this run stands for; its partitions are replaced on rerun
 * @param windowDays summaries cover feedback of run dates in (runDate - windowDays, runDate]
 * @param settings namespaced keys for the stages ("ingest.surveys.column.comment" ...)
 */
public record PipelineConfig(
    String input,
    String output,
    LocalDate runDate,
    int windowDays,
    double maxQuarantineShare,
    Map<String, String> settings) implements Serializable {

  /** Longest summary window (ten years): beyond it date arithmetic can overflow. */
  public static final int MAX_WINDOW_DAYS = 3650;

  public PipelineConfig {
    Objects.requireNonNull(output, "output");
    Objects.requireNonNull(runDate, "runDate");
    if (output.isBlank() || (input != null && input.isBlank())) {
      throw new IllegalArgumentException("input and output must not be empty paths");
    }
    if (windowDays < 1 || windowDays > MAX_WINDOW_DAYS) {
      throw new IllegalArgumentException("window days must be within 1.." + MAX_WINDOW_DAYS
          + ", got " + windowDays);
    }
    // Written so that NaN fails too (every comparison with NaN is false).
    if (!(maxQuarantineShare >= 0 && maxQuarantineShare <= 1)) {
      throw new IllegalArgumentException(
          "max quarantine share must be within 0..1, got " + maxQuarantineShare);
    }
    settings = Map.copyOf(settings);
  }

  /** The settings whose keys start with {@code prefix} ("ingest."), keys unchanged. */
  public Map<String, String> namespace(String prefix) {
    return namespace(settings, prefix);
  }

  /** The entries of {@code settings} whose keys start with {@code prefix}, keys unchanged. */
  public static Map<String, String> namespace(Map<String, String> settings, String prefix) {
    Map<String, String> out = new TreeMap<>();
    settings.forEach((k, v) -> {
      if (k.startsWith(prefix)) {
        out.put(k, v);
      }
    });
    return out;
  }

  /** The settings under {@code prefix} ("pii."), with the prefix removed from the keys. */
  public Map<String, String> under(String prefix) {
    return under(settings, prefix);
  }

  private static Map<String, String> under(Map<String, String> settings, String prefix) {
    Map<String, String> out = new TreeMap<>();
    namespace(settings, prefix).forEach((k, v) -> out.put(k.substring(prefix.length()), v));
    return out;
  }

  /** The PII redaction the {@code pii.*} keys configure. */
  public io.papercuts.pii.PiiSettings pii() {
    return pii(settings);
  }

  /** The PII redaction the {@code pii.*} keys of {@code settings} configure. */
  public static io.papercuts.pii.PiiSettings pii(Map<String, String> settings) {
    return io.papercuts.pii.PiiSettings.fromMap(under(settings, PII_PREFIX));
  }

  /** The namespace of the redaction settings. */
  public static final String PII_PREFIX = "pii.";

  /** A stable hash of the configuration, recorded in the runs table. */
  public String configHash() {
    return Hashing.sha256Hex(new TreeMap<>(settings).toString() + "|window=" + windowDays
        + "|maxq=" + maxQuarantineShare).substring(0, 16);
  }
}
