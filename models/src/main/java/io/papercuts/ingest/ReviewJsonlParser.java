package io.papercuts.ingest;

import java.io.InputStream;

/**
 * Reads {@code reviews/*.jsonl}: one review object per line, keys per
 * {@code ingest.reviews.column.*}; a missing required key is {@code missing_field}; a second valid
 * line with a review id already read in the file is skipped ({@link Skipped#DUPLICATE}).
 * Thread-safe; stateless apart from settings.
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
    JsonLines.forEach(DecodedText.read(in, settings.charset()), out, (object, line) -> {
      FeedbackUnit unit = ReviewMapping.unit(new JsonFields(object, settings), file, line, dates,
          settings.maxTextChars());
      if (out.firstCopy(unit.docId(), line, InputField.REVIEW_ID.field())) {
        out.unit(unit);
        out.accept();
      }
    });
    return out.build();
  }
}
