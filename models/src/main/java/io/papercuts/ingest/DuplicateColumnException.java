package io.papercuts.ingest;

/**
 * A CSV header names the column a field is read from more than once (two {@code comment}
 * columns): which one holds the data cannot be told, so the file is refused rather than read
 * from the first column and the other silently dropped. Names the file, the header line, the
 * duplicated name and the field.
 */
public final class DuplicateColumnException extends InputFileException {

  private static final long serialVersionUID = 1L;

  private final int line;
  private final String column;
  private final String field;

  public DuplicateColumnException(String file, int line, String column, String field,
      String message) {
    super(file, message);
    this.line = line;
    this.column = column;
    this.field = field;
  }

  /** The 1-based line of the header row that holds the duplicated name. */
  public int line() {
    return line;
  }

  /** The duplicated column name as written in the header. */
  public String column() {
    return column;
  }

  /** The logical field read from it, e.g. {@code comment}. */
  public String field() {
    return field;
  }
}
