package io.papercuts.pii;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * Redacted text plus how many matches of each {@link PiiType} were replaced, so a run can report
 * how much it redacted. Immutable.
 *
 * @param text the redacted text; null when the input was null
 * @param counts replacements per type; types with no replacement are absent
 */
public record RedactionResult(String text, Map<PiiType, Integer> counts) {

  public RedactionResult {
    Objects.requireNonNull(counts, "counts");
    counts = counts.isEmpty() ? Map.of() : Map.copyOf(new EnumMap<>(counts));
  }

  /** Replacements of one type (0 when none). */
  public int count(PiiType type) {
    return counts.getOrDefault(type, 0);
  }

  /** Replacements of all types together. */
  public int total() {
    return counts.values().stream().mapToInt(Integer::intValue).sum();
  }
}
