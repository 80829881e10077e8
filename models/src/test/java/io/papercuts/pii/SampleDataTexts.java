package io.papercuts.pii;

import io.papercuts.ingest.FeedbackUnit;
import io.papercuts.ingest.IngestSettings;
import io.papercuts.ingest.SourceKind;
import io.papercuts.ingest.SourceParser;
import io.papercuts.ingest.SourceParsers;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The customer text units of a sample-data folder, parsed as ingest parses them. */
final class SampleDataTexts {

  private SampleDataTexts() {
  }

  /** Every non-blank unit text of surveys/, reviews/ and transcripts/ under {@code root}. */
  static List<String> units(Path root) throws IOException {
    List<String> texts = new ArrayList<>();
    for (SourceKind kind : List.of(SourceKind.SURVEY, SourceKind.REVIEW, SourceKind.TRANSCRIPT)) {
      Path dir = root.resolve(kind.dir());
      if (!Files.isDirectory(dir)) {
        continue;
      }
      try (Stream<Path> files = Files.list(dir)) {
        for (Path file : files.sorted().toList()) {
          Optional<SourceParser> parser =
              SourceParsers.forFile(kind, file.toString(), IngestSettings.defaults());
          if (parser.isPresent()) {
            try (InputStream in = Files.newInputStream(file)) {
              for (FeedbackUnit u : parser.get().parse(file.toString(), in).units()) {
                if (u.text() != null && !u.text().isBlank()) {
                  texts.add(u.text());
                }
              }
            }
          }
        }
      }
    }
    return texts;
  }
}
