package io.papercuts.ingest;

import java.io.InputStream;

/**
 * Reads {@code reviews/*.csv} (one header row; columns per {@code ingest.reviews.column.*}) into
 * one accepted {@link FeedbackUnit} per valid review; a second valid row with a review id already
 * read in the file is skipped ({@link Skipped#DUPLICATE}). Thread-safe; stateless apart from
 * settings.
 */
public final class ReviewCsvParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private final IngestSettings settings;

  public ReviewCsvParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    ResultBuilder out = new ResultBuilder(SourceKind.REVIEW, file, settings);
    CsvTable table = CsvTable.of(file, SourceKind.REVIEW,
        CsvReader.read(DecodedText.read(in, settings.charset())), 1, settings);
    if (table == null) {
      return out.build();
    }
    InputDates dates = settings.dates(SourceKind.REVIEW);
    for (CsvRow row : table.dataRows()) {
      try {
        FeedbackUnit unit = ReviewMapping.unit(table.fields(row), file, row.line(), dates,
            settings.maxTextChars());
        if (out.firstCopy(unit.docId(), row.line(), InputField.REVIEW_ID.field())) {
          out.unit(unit);
          out.accept();
        }
      } catch (RejectedRecord r) {
        out.quarantine(row.line(), r.describe(), row.raw());
      }
    }
    return out.build();
  }
}
