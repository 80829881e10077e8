package io.papercuts.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * A {@code *.gz} input: decompresses the whole file (several concatenated gzip members too, as
 * {@code cat a.gz b.gz} makes) and hands the bytes to the parser of the inner extension, under
 * the file's own name. Line numbers are those of the decompressed text. A file that is not
 * gzip, or is cut short, is unusable as a whole ({@link InputFileException}): how many records
 * it held cannot be told, so nothing of it is read rather than part of it silently.
 * Thread-safe; holds only the inner parser.
 */
final class GzipSourceParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private final SourceParser inner;

  GzipSourceParser(SourceParser inner) {
    this.inner = inner;
  }

  SourceParser inner() {
    return inner;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    byte[] bytes;
    try {
      bytes = new GZIPInputStream(in, 64 * 1024).readAllBytes();
    } catch (IOException e) {
      throw new InputFileException(file, "cannot be decompressed as gzip (" + e.getMessage()
          + "); a .gz file must be a complete gzip file: compress it again, or rename it if it"
          + " is not compressed");
    }
    return inner.parse(file, new ByteArrayInputStream(bytes));
  }
}
