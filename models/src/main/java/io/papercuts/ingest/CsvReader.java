package io.papercuts.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Splits a decoded file into RFC 4180 records (Commons CSV, empty lines ignored) with their real
 * start lines. Recovery: after a syntax error Commons CSV cannot continue (an unclosed quote
 * swallows the rest of the file), so the record where the error happened is reported as one
 * failed row at its first line, and reading resumes at the next line. Nothing is dropped: the
 * continuation lines of a broken multi-line record come back as rows of their own (usually with
 * the wrong column count). After {@link #MAX_SYNTAX_ERRORS} errors in one file, the rest of the
 * file is reported as one failed row. Rows touching a line with invalid bytes are failed rows
 * ({@code invalid_encoding}). The delimiter is a comma unless given ({@link CsvDelimiter}).
 * Stateless; thread-safe.
 */
final class CsvReader {

  /** Bounds the re-reading an unclosed quote causes (each one re-reads to the end of file). */
  static final int MAX_SYNTAX_ERRORS = 100;

  private CsvReader() {
  }

  /** Comma-separated. */
  static List<CsvRow> read(DecodedText decoded) {
    return read(decoded, ',');
  }

  /**
   * One input file of a source, with its delimiter: the source's setting, else by extension
   * and sniffing ({@link CsvDelimiter#of}).
   */
  static List<CsvRow> read(DecodedText decoded, SourceKind source, String file,
      IngestSettings settings) {
    return read(decoded, CsvDelimiter.of(settings.delimiter(source), file, decoded));
  }

  static List<CsvRow> read(DecodedText decoded, char delimiter) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setDelimiter(delimiter)
        .setIgnoreEmptyLines(true)
        .build();
    List<CsvRow> rows = new ArrayList<>();
    String text = decoded.text();
    int segmentLine = 1;
    int errors = 0;
    while (segmentLine <= decoded.lineCount()) {
      int base = decoded.lineStart(segmentLine);
      int lastEndLine = segmentLine - 1;
      String failure = null;
      try (CSVParser parser = new CSVParser(new StringReader(text.substring(base)), format, base, 0)) {
        // Only next(): hasNext() would read ahead and move getCurrentLineNumber() past the record.
        Iterator<CSVRecord> it = parser.iterator();
        while (true) {
          CSVRecord record;
          try {
            record = it.next();
          } catch (NoSuchElementException end) {
            break;
          } catch (UncheckedIOException e) {
            failure = e.getCause() == null ? e.getMessage() : e.getCause().getMessage();
            break;
          }
          int endLine = segmentLine - 1 + (int) parser.getCurrentLineNumber();
          int startLine = decoded.lineOf(skipLineBreaks(text, (int) record.getCharacterPosition()));
          rows.add(row(decoded, startLine, endLine, record.toList()));
          lastEndLine = endLine;
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      if (failure == null) {
        break;
      }
      int failedLine = firstNonEmptyLine(decoded, lastEndLine + 1);
      if (failedLine > decoded.lineCount()) {
        break;
      }
      errors++;
      if (errors > MAX_SYNTAX_ERRORS) {
        rows.add(new CsvRow(failedLine, null,
            text.substring(decoded.lineStart(failedLine)),
            QuarantineReason.MALFORMED_CSV.describe("more than " + MAX_SYNTAX_ERRORS
                + " CSV syntax errors in this file; lines " + failedLine + ".."
                + decoded.lineCount() + " were not read")));
        break;
      }
      rows.add(new CsvRow(failedLine, null, decoded.line(failedLine), syntaxError(failure, failedLine)));
      segmentLine = failedLine + 1;
    }
    return rows;
  }

  private static CsvRow row(DecodedText decoded, int startLine, int endLine, List<String> fields) {
    String raw = decoded.text().substring(decoded.lineStart(startLine), decoded.lineEnd(endLine));
    String problem = decoded.encodingProblem(startLine, endLine);
    if (problem != null) {
      return new CsvRow(startLine, null, raw, QuarantineReason.INVALID_ENCODING.describe(problem));
    }
    return new CsvRow(startLine, List.copyOf(fields), raw, null);
  }

  private static String syntaxError(String message, int line) {
    String resumed = "; reading resumed at line " + (line + 1);
    if (message != null && message.contains("EOF reached before encapsulated token finished")) {
      return QuarantineReason.UNCLOSED_QUOTE.describe(
          "a quoted field opened in the record starting on line " + line + " is never closed"
              + resumed);
    }
    // Commons CSV numbers lines from where this read started; drop its numbers, ours are real.
    String detail = message == null ? "unreadable record"
        : message.replaceAll("^\\(startline \\d+\\) ", "").replaceAll(" at line: \\d+, position: \\d+", "");
    return QuarantineReason.MALFORMED_CSV.describe(detail + " (record starting on line " + line + ")"
        + resumed);
  }

  private static int skipLineBreaks(String text, int pos) {
    while (pos < text.length() && (text.charAt(pos) == '\n' || text.charAt(pos) == '\r')) {
      pos++;
    }
    return pos;
  }

  private static int firstNonEmptyLine(DecodedText decoded, int from) {
    int line = from;
    while (line <= decoded.lineCount() && decoded.lineStart(line) == decoded.lineEnd(line)) {
      line++;
    }
    return line;
  }
}
