package io.papercuts.ingest;

import java.io.InputStream;

/**
 * Reads {@code reviews/*.csv} and {@code *.tsv} (one header row; columns per
 * {@code ingest.reviews.column.*}; delimiter per {@link CsvDelimiter}) into one accepted
 * {@link FeedbackUnit} per valid review ({@link ReviewMapping}); a review with an empty body is
 * skipped ({@link Skipped#EMPTY_BODY}); a second valid row with a review id already read in the
 * file is skipped ({@link Skipped#DUPLICATE}). Thread-safe; stateless apart from settings.
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
        CsvReader.read(DecodedText.read(in, settings.charset()), SourceKind.REVIEW, file,
            settings), 1, settings);
    if (table == null) {
      return out.build();
    }
    InputDates dates = settings.dates(SourceKind.REVIEW);
    for (CsvRow row : table.dataRows()) {
      try {
        ReviewMapping.map(table.fields(row), file, row.line(), row.raw(), dates, settings, out);
      } catch (RejectedRecord r) {
        out.quarantine(row.line(), r.describe(), row.raw());
      }
    }
    return out.build();
  }
}
