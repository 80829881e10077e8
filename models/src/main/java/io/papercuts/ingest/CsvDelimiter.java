package io.papercuts.ingest;

import java.util.Locale;

/**
 * The field delimiter of a delimited file ({@code ingest.<source>.delimiter}). Unless set, a
 * {@code .tsv} file is tab-separated and a {@code .csv} file's delimiter is sniffed from its
 * first non-blank line (the header): of comma, semicolon (European Excel), tab and {@code |},
 * the one found most often outside double quotes; comma when none is found or on a tie with
 * comma. Quoting is RFC 4180's whatever the delimiter (Excel's and pandas' TSV quote a field
 * holding a tab, a quote or a line break). Stateless.
 */
final class CsvDelimiter {

  /** Sniffing candidates; comma first, so it wins ties. */
  private static final char[] CANDIDATES = {',', ';', '\t', '|'};

  private CsvDelimiter() {
  }

  /**
   * A setting's value: {@code auto} (returns 0), {@code comma}, {@code semicolon}, {@code tab},
   * {@code pipe}, or the character itself ({@code ;}, {@code |}, {@code \t} as two characters).
   */
  static char parse(String key, String value) {
    String v = value.strip().toLowerCase(Locale.ROOT);
    switch (v) {
      case "auto":
        return 0;
      case "comma", ",":
        return ',';
      case "semicolon", ";":
        return ';';
      case "tab", "\\t":
        return '\t';
      case "pipe", "|":
        return '|';
      default:
        throw new IllegalArgumentException(key + " must be auto, comma, semicolon, tab or pipe"
            + " (or , ; |), got \"" + value + "\"");
    }
  }

  /** A delimiter for messages: {@code comma}, {@code tab}, ... */
  static String name(char delimiter) {
    return switch (delimiter) {
      case ',' -> "comma";
      case ';' -> "semicolon";
      case '\t' -> "tab";
      case '|' -> "pipe";
      default -> "'" + delimiter + "'";
    };
  }

  /**
   * The delimiter of one file.
   *
   * @param configured the setting (0 for auto)
   * @param fileName the file's name, {@code .gz} included or not
   */
  static char of(char configured, String fileName, DecodedText text) {
    if (configured != 0) {
      return configured;
    }
    if (SourceParsers.extension(fileName).equals("tsv")) {
      return '\t';
    }
    for (int line = 1; line <= text.lineCount(); line++) {
      String s = text.line(line);
      if (!s.isBlank()) {
        return sniff(s);
      }
    }
    return ',';
  }

  /** The candidate found most often outside double quotes in one line; comma on a tie or none. */
  static char sniff(String line) {
    int[] counts = new int[CANDIDATES.length];
    boolean quoted = false;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '"') {
        quoted = !quoted;
      } else if (!quoted) {
        for (int k = 0; k < CANDIDATES.length; k++) {
          if (c == CANDIDATES[k]) {
            counts[k]++;
          }
        }
      }
    }
    int best = 0;
    for (int k = 1; k < CANDIDATES.length; k++) {
      if (counts[k] > counts[best]) {
        best = k;
      }
    }
    return CANDIDATES[best];
  }
}
