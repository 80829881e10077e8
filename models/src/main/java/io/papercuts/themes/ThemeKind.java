package io.papercuts.themes;

import java.util.Locale;

/**
 * What a taxonomy theme is: a {@code papercut} (a small friction customers rarely name as their
 * reason) or a {@code stated} reason (a loud reason such as price that exit surveys name outright;
 * kept in the taxonomy so its sentences are labelled and it can be ranked against the paper cuts).
 */
public enum ThemeKind {
  PAPERCUT, STATED;

  /** The CSV and Parquet spelling ("papercut", "stated"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses the CSV spelling, case-insensitively; rejects anything else. */
  public static ThemeKind parse(String s) {
    for (ThemeKind k : values()) {
      if (k.label().equalsIgnoreCase(s.strip())) {
        return k;
      }
    }
    throw new IllegalArgumentException("unknown kind '" + s + "' (expected papercut or stated)");
  }
}
