package io.papercuts.ingest;

import java.util.List;

/**
 * One CSV record as read, or the place where reading failed.
 *
 * @param line 1-based line where the record starts
 * @param fields the values; null when {@code error} is set
 * @param raw the record's original text (untruncated)
 * @param error a {@link QuarantineReason#describe(String)} text when the record could not be
 *     read cleanly (CSV syntax, encoding), else null
 */
record CsvRow(int line, List<String> fields, String raw, String error) {

  boolean ok() {
    return error == null;
  }
}
