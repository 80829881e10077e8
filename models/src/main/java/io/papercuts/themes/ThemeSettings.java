package io.papercuts.themes;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Settings of the theme stage, validated once on the driver; keys are namespaced
 * {@code themes.*}.
 *
 * @param taxonomy a user taxonomy file (same CSV format as the built-in one), or null for the
 *     built-in one only ({@code themes.taxonomy}; also {@code --taxonomy FILE})
 * @param mode how a user taxonomy combines with the built-in one ({@code themes.taxonomy_mode}:
 *     {@code extend}, the default, adds its themes and replaces built-in themes of the same id;
 *     {@code replace} uses the user file alone)
 * @param discovery whether complaint sentences no taxonomy theme takes are grouped into
 *     discovered themes ({@code themes.discovery}, default true)
 * @param maxDiscovered most discovered themes per run ({@code themes.discovery.max_themes},
 *     default 20)
 * @param minCustomers least customers for a discovered theme
 *     ({@code themes.discovery.min_customers}, default 3)
 */
public record ThemeSettings(String taxonomy, Mode mode, boolean discovery, int maxDiscovered,
    long minCustomers) implements Serializable {

  public static final String PREFIX = "themes.";
  public static final String TAXONOMY = "themes.taxonomy";
  public static final List<String> KEYS = List.of(TAXONOMY, "themes.taxonomy_mode",
      "themes.discovery", "themes.discovery.max_themes", "themes.discovery.min_customers");

  /** How a user taxonomy and the built-in one combine. */
  public enum Mode {
    EXTEND, REPLACE
  }

  public ThemeSettings {
    if (taxonomy != null && taxonomy.isBlank()) {
      throw new IllegalArgumentException(TAXONOMY + " must name a file");
    }
    if (maxDiscovered < 0 || maxDiscovered > 200) {
      throw new IllegalArgumentException("themes.discovery.max_themes must be within 0..200, got "
          + maxDiscovered);
    }
    if (minCustomers < 1) {
      throw new IllegalArgumentException("themes.discovery.min_customers must be >= 1, got "
          + minCustomers);
    }
  }

  public static ThemeSettings defaults() {
    return new ThemeSettings(null, Mode.EXTEND, true, 20, 3);
  }

  /** Defaults overridden by the given {@code themes.*} keys; any other key is an error. */
  public static ThemeSettings fromMap(Map<String, String> values) {
    Map<String, String> v = new HashMap<>();
    values.forEach((k, x) -> v.put(k, x == null ? "" : x.strip()));
    for (String key : v.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown setting '" + key + "' (known: " + KEYS + ")");
      }
    }
    ThemeSettings d = defaults();
    String modeText = v.getOrDefault(KEYS.get(1), "extend").toUpperCase(Locale.ROOT);
    Mode mode;
    try {
      mode = Mode.valueOf(modeText);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("themes.taxonomy_mode must be 'extend' or 'replace', got '"
          + v.get(KEYS.get(1)) + "'", e);
    }
    String discovery = v.getOrDefault(KEYS.get(2), "true").toLowerCase(Locale.ROOT);
    if (!discovery.equals("true") && !discovery.equals("false")) {
      throw new IllegalArgumentException("themes.discovery must be true or false, got '"
          + discovery + "'");
    }
    if (mode == Mode.REPLACE && !v.containsKey(TAXONOMY)) {
      throw new IllegalArgumentException("themes.taxonomy_mode=replace needs a taxonomy file "
          + "(--taxonomy FILE or " + TAXONOMY + ")");
    }
    try {
      return new ThemeSettings(v.get(TAXONOMY), mode, Boolean.parseBoolean(discovery),
          v.containsKey(KEYS.get(3)) ? Integer.parseInt(v.get(KEYS.get(3))) : d.maxDiscovered,
          v.containsKey(KEYS.get(4)) ? Long.parseLong(v.get(KEYS.get(4))) : d.minCustomers);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("themes setting is not a whole number: "
          + e.getMessage(), e);
    }
  }
}
