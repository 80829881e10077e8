package io.papercuts.ingest;

import java.io.InputStream;

/**
 * Reads {@code reviews/*.jsonl}: one review object per line, keys per
 * {@code ingest.reviews.column.*} (dotted paths reach into nested objects, {@link JsonFields});
 * a missing required key is {@code missing_field}; an empty body is skipped
 * ({@link Skipped#EMPTY_BODY}); a second valid line with a review id already read in the file is
 * skipped ({@link Skipped#DUPLICATE}). Thread-safe; stateless apart from settings.
 */
public final class ReviewJsonlParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private final IngestSettings settings;

  public ReviewJsonlParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.REVIEW, file, settings);
    InputDates dates = settings.dates(SourceKind.REVIEW);
    DecodedText text = DecodedText.read(in, settings.charset());
    JsonLines.forEach(text, out, (object, line) -> ReviewMapping.map(
        new JsonFields(object, settings), file, line, text.line(line), dates, settings, out));
    return out.build();
  }
}
