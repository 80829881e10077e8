package io.papercuts.ingest;

/** A CSV header lacks a required (or explicitly configured) column; names the file and column. */
public final class MissingColumnException extends InputFileException {

  private static final long serialVersionUID = 1L;

  private final String column;

  public MissingColumnException(String file, String column, String message) {
    super(file, message);
    this.column = column;
  }

  /** The logical column, e.g. {@code customer_id}. */
  public String column() {
    return column;
  }
}
