package io.papercuts.generate;

import java.nio.file.Path;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one {@link SyntheticCorpus#write} produced: records and bytes per file (keys are paths
 * relative to {@code outDir}, e.g. {@code surveys/exit-surveys.csv}; records exclude header rows),
 * plus how many customers there are and how many churned. Maps iterate in path order. Immutable.
 */
public record GeneratorSummary(
    Path outDir, Map<String, Long> records, Map<String, Long> bytes, long customers, long churned) {

  public GeneratorSummary {
    records = Collections.unmodifiableMap(new TreeMap<>(records));
    bytes = Collections.unmodifiableMap(new TreeMap<>(bytes));
  }

  /** Records written to {@code relativePath}; 0 for an unknown path. */
  public long recordsIn(String relativePath) {
    return records.getOrDefault(relativePath, 0L);
  }
}
