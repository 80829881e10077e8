package io.papercuts.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the parser for a file by its source folder and extension (case-insensitive), as in
 * docs/inputs.md: surveys {@code .csv}, {@code .tsv}; transcripts {@code .jsonl}, {@code .txt},
 * {@code .csv}, {@code .tsv} (one message per row); reviews {@code .csv}, {@code .tsv},
 * {@code .jsonl}; customers {@code .csv}, {@code .tsv}. Any of them may be gzip-compressed with
 * {@code .gz} after the extension ({@code reviews.tsv.gz}): the parser then reads the
 * decompressed bytes ({@link GzipSourceParser}). Thread-safe.
 */
public final class SourceParsers {

  private static final String GZ = ".gz";

  private SourceParsers() {
  }

  /**
   * @param fileName a file name or path (only the extension after the last dot matters, the
   *     one before a final {@code .gz} for a compressed file)
   * @return the parser, or empty for an extension this source does not read (the caller reports
   *     such a file as not read)
   */
  public static Optional<SourceParser> forFile(
      SourceKind kind, String fileName, IngestSettings settings) {
    String ext = extension(fileName);
    boolean delimited = ext.equals("csv") || ext.equals("tsv");
    SourceParser parser = switch (kind) {
      case SURVEY -> delimited ? new SurveyCsvParser(settings) : null;
      case TRANSCRIPT -> ext.equals("jsonl") ? new TranscriptJsonlParser(settings)
          : ext.equals("txt") ? new TranscriptTextParser(settings)
          : delimited ? new TranscriptCsvParser(settings) : null;
      case REVIEW -> delimited ? new ReviewCsvParser(settings)
          : ext.equals("jsonl") ? new ReviewJsonlParser(settings) : null;
      case CUSTOMER -> delimited ? new CustomerCsvParser(settings) : null;
    };
    if (parser != null && isGzip(fileName)) {
      parser = new GzipSourceParser(parser);
    }
    return Optional.ofNullable(parser);
  }

  /** The extensions a source reads, without dots, e.g. [jsonl, txt, csv, tsv]; each also .gz. */
  public static List<String> extensions(SourceKind kind) {
    return switch (kind) {
      case SURVEY, CUSTOMER -> List.of("csv", "tsv");
      case TRANSCRIPT -> List.of("jsonl", "txt", "csv", "tsv");
      case REVIEW -> List.of("csv", "tsv", "jsonl");
    };
  }

  /** The file's name without its folders. */
  static String name(String fileName) {
    return fileName.substring(
        Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
  }

  /** Whether the name ends in {@code .gz} (any case). */
  static boolean isGzip(String fileName) {
    return name(fileName).toLowerCase(Locale.ROOT).endsWith(GZ);
  }

  /** The name without folders and without a final {@code .gz}: {@code reviews.tsv}. */
  static String uncompressedName(String fileName) {
    String name = name(fileName);
    return isGzip(name) ? name.substring(0, name.length() - GZ.length()) : name;
  }

  /** The lower-case extension of the uncompressed name, e.g. {@code tsv}; empty for none. */
  static String extension(String fileName) {
    String name = uncompressedName(fileName);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
