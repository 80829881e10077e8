package io.papercuts.themes;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Which themes an exit survey's stated reason names, from the taxonomy's {@code stated_keywords}:
 * "Price" names {@code price}; "Switching to a competitor" names {@code competitor}; "Customer
 * service" names {@code hold_time}, {@code transfers} and {@code callback_missed}.
 *
 * <p>A keyword matches case-insensitively at the start of a word and may be followed by more
 * letters ("switch" matches "Switching", "competitor" matches "competitors"); spaces in a keyword
 * match any run of whitespace. Used for the stated share and the {@code stated_vs_unstated} table.
 *
 * <p>Immutable and thread-safe.
 */
public final class StatedReasons implements Serializable {

  private static final long serialVersionUID = 1L;

  private final Map<String, Pattern> patterns;

  private StatedReasons(Map<String, Pattern> patterns) {
    this.patterns = Collections.unmodifiableMap(new LinkedHashMap<>(patterns));
  }

  public static StatedReasons of(ThemeTaxonomy taxonomy) {
    Map<String, Pattern> patterns = new LinkedHashMap<>();
    for (ThemeDefinition t : taxonomy.themes()) {
      if (t.statedKeywords().isEmpty()) {
        continue;
      }
      List<String> alternatives = new ArrayList<>();
      for (String k : t.statedKeywords()) {
        alternatives.add(Pattern.quote(k).replace(" ", "\\E\\s+\\Q"));
      }
      patterns.put(t.id(), Pattern.compile("(?<![\\p{L}\\p{N}])(?:" + String.join("|", alternatives)
          + ")", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    }
    return new StatedReasons(patterns);
  }

  /** Stated reasons for the bundled seed taxonomy. */
  public static StatedReasons defaults() {
    return Seed.INSTANCE;
  }

  private static final class Seed {
    private static final StatedReasons INSTANCE = of(ThemeTaxonomy.defaults());
  }

  /** Theme ids the stated reason names, in taxonomy order; empty for null or blank. */
  public Set<String> themesNamedBy(String statedReason) {
    if (statedReason == null || statedReason.isBlank()) {
      return Set.of();
    }
    Set<String> out = new LinkedHashSet<>();
    for (Map.Entry<String, Pattern> e : patterns.entrySet()) {
      if (e.getValue().matcher(statedReason).find()) {
        out.add(e.getKey());
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
