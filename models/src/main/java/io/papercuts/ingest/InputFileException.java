package io.papercuts.ingest;

/**
 * A whole input file cannot be read as its format says (a broken header, a missing required
 * column). It stops the run: quarantining every row of such a file would hide a configuration
 * mistake behind thousands of identical rejections.
 */
public class InputFileException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String file;

  public InputFileException(String file, String message) {
    super(file + ": " + message);
    this.file = file;
  }

  /** The file as the caller named it. */
  public String file() {
    return file;
  }
}
