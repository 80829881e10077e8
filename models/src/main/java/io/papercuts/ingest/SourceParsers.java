package io.papercuts.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Chooses the parser for a file by its source folder and extension (case-insensitive), as in
 * docs/inputs.md: surveys {@code .csv}; transcripts {@code .jsonl}, {@code .txt}; reviews
 * {@code .csv}, {@code .jsonl}; customers {@code .csv}. Thread-safe.
 */
public final class SourceParsers {

  private SourceParsers() {
  }

  /**
   * @param fileName a file name or path (only the part after the last dot matters)
   * @return the parser, or empty for an extension this source does not read (the caller reports
   *     such a file as skipped, {@link Skipped#UNSUPPORTED_EXTENSION})
   */
  public static Optional<SourceParser> forFile(
      SourceKind kind, String fileName, IngestSettings settings) {
    String ext = extension(fileName);
    SourceParser parser = switch (kind) {
      case SURVEY -> ext.equals("csv") ? new SurveyCsvParser(settings) : null;
      case TRANSCRIPT -> ext.equals("jsonl") ? new TranscriptJsonlParser(settings)
          : ext.equals("txt") ? new TranscriptTextParser(settings) : null;
      case REVIEW -> ext.equals("csv") ? new ReviewCsvParser(settings)
          : ext.equals("jsonl") ? new ReviewJsonlParser(settings) : null;
      case CUSTOMER -> ext.equals("csv") ? new CustomerCsvParser(settings) : null;
    };
    return Optional.ofNullable(parser);
  }

  /** The extensions a source reads, without dots, e.g. [jsonl, txt]. */
  public static List<String> extensions(SourceKind kind) {
    return switch (kind) {
      case SURVEY, CUSTOMER -> List.of("csv");
      case TRANSCRIPT -> List.of("jsonl", "txt");
      case REVIEW -> List.of("csv", "jsonl");
    };
  }

  private static String extension(String fileName) {
    String name = fileName.substring(
        Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\')) + 1);
    int dot = name.lastIndexOf('.');
    return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
  }
}
