package io.papercuts.ingest;

/**
 * Thrown inside a parser while mapping one record, caught by the same parser and turned into a
 * {@link Quarantined} row; never escapes a {@link SourceParser}. No stack trace: it is control flow.
 */
final class RejectedRecord extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final long line;
  private final String raw;

  RejectedRecord(QuarantineReason reason, String detail) {
    this(reason.describe(detail));
  }

  /** @param reasonText an already formatted {@link QuarantineReason#describe(String)} text */
  RejectedRecord(String reasonText) {
    this(reasonText, 0, null);
  }

  /**
   * For records that span many lines (a whole transcript file): the problem's own line and text.
   *
   * @param line 1-based line of the problem; 0 means the record's start line
   * @param raw the text to keep in quarantine; null means the whole record
   */
  RejectedRecord(String reasonText, long line, String raw) {
    super(reasonText, null, false, false);
    this.line = line;
    this.raw = raw;
  }

  long lineOr(long recordLine) {
    return line > 0 ? line : recordLine;
  }

  String rawOr(String recordRaw) {
    return raw != null ? raw : recordRaw;
  }

  /** The {@link Quarantined#reason()} text. */
  String describe() {
    return getMessage();
  }
}
