package io.papercuts.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A CSV file split into header and data rows, with its fields resolved, for the CSV parsers.
 * Data rows keep their failures (syntax, encoding); {@link #fields(CsvRow)} adds the column-count
 * check. Immutable.
 */
final class CsvTable {

  private final CsvHeader header;
  private final Map<InputField, Integer> index;
  private final List<CsvRow> dataRows;

  private CsvTable(CsvHeader header, Map<InputField, Integer> index, List<CsvRow> dataRows) {
    this.header = header;
    this.index = index;
    this.dataRows = dataRows;
  }

  /**
   * @param rows all rows of the file ({@link CsvReader#read})
   * @param headerRows 1 (plain), 2 (SurveyMonkey) or 3 (Qualtrics)
   * @return null for a file without any row (nothing to read, nothing to check)
   * @throws InputFileException when a header row is unreadable, a required column is missing
   *     ({@link MissingColumnException}) or a column read is named twice
   *     ({@link DuplicateColumnException})
   */
  static CsvTable of(String file, SourceKind source, List<CsvRow> rows, int headerRows,
      IngestSettings settings) {
    if (rows.isEmpty()) {
      return null;
    }
    List<List<String>> header = new ArrayList<>();
    for (int i = 0; i < Math.min(headerRows, rows.size()); i++) {
      CsvRow row = rows.get(i);
      if (!row.ok()) {
        throw new InputFileException(file, "header row at line " + row.line()
            + " cannot be read: " + row.error());
      }
      header.add(row.fields());
    }
    if (header.size() < headerRows) {
      throw new InputFileException(file, "expected " + headerRows + " header rows, found "
          + header.size());
    }
    CsvHeader h = CsvHeader.of(header, rows.get(0).line(),
        rows.size() > 1 ? rows.get(1).line() : rows.get(0).line() + 1);
    Map<InputField, Integer> index = h.resolve(file, source, settings);
    return new CsvTable(h, index, rows.subList(headerRows, rows.size()));
  }

  List<CsvRow> dataRows() {
    return dataRows;
  }

  /** The row's fields, or a rejection for a row that failed to read or has the wrong width. */
  RecordFields fields(CsvRow row) {
    if (!row.ok()) {
      throw new RejectedRecord(row.error());
    }
    if (row.fields().size() != header.size()) {
      throw new RejectedRecord(QuarantineReason.WRONG_COLUMN_COUNT,
          row.fields().size() + " fields, header has " + header.size());
    }
    return new CsvFields(index, row.fields());
  }
}
