package io.papercuts.ingest;

import io.papercuts.pii.PiiRedactor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects one file's outputs. Each record read must end in exactly one call to
 * {@link #accept()}, {@link #quarantine} or {@link #skip}; those calls do the counting, so the
 * counts reconcile by construction. Quarantine reasons and snippets are PII-redacted here, and a
 * snippet is redacted before it is cut, so a secret straddling the cut is never left half-visible.
 * One per parse call; not thread-safe.
 */
final class ResultBuilder {

  /** Longer than any secret the redactor recognises except unusual URLs. */
  private static final int REDACTION_MARGIN = 256;
  private static final PiiRedactor REDACTOR = new PiiRedactor();

  private final SourceKind source;
  private final String file;
  private final int rawSnippetChars;
  private final List<FeedbackUnit> units = new ArrayList<>();
  private final List<SurveyResponse> responses = new ArrayList<>();
  private final List<Conversation> conversations = new ArrayList<>();
  private final List<Customer> customers = new ArrayList<>();
  private final List<Quarantined> quarantined = new ArrayList<>();
  private final List<Skipped> skipped = new ArrayList<>();
  private final Map<String, Long> firstLineOfId = new HashMap<>();
  private long accepted;

  ResultBuilder(SourceKind source, String file, IngestSettings settings) {
    this.source = source;
    this.file = file;
    this.rawSnippetChars = settings.rawSnippetChars();
  }

  void unit(FeedbackUnit unit) {
    units.add(unit);
  }

  void response(SurveyResponse response) {
    responses.add(response);
  }

  void conversation(Conversation conversation) {
    conversations.add(conversation);
  }

  void customer(Customer customer) {
    customers.add(customer);
  }

  void accept() {
    accepted++;
  }

  void quarantine(long line, String reason, String raw) {
    quarantined.add(new Quarantined(source, file, line, REDACTOR.redact(reason), snippet(raw)));
  }

  void skip(long line, String reason) {
    skipped.add(new Skipped(source, file, line, reason));
  }

  /**
   * Claims a record id for its first copy in this file. A second copy of an id already read (an
   * overlapping export) is counted as skipped, {@link Skipped#DUPLICATE} naming the first copy's
   * line, and this returns false: the caller then emits nothing else for it. Call it once a
   * record is known to be valid, so a quarantined copy never claims the id.
   *
   * @param idField the id's field name for the reason, e.g. {@code response_id}
   */
  boolean firstCopy(String id, long line, String idField) {
    Long first = firstLineOfId.putIfAbsent(id, line);
    if (first == null) {
      return true;
    }
    skip(line, Skipped.duplicateOf("line " + first, idField));
    return false;
  }

  ParseResult build() {
    long read = accepted + quarantined.size() + skipped.size();
    return new ParseResult(source, file, units, responses, conversations, customers, quarantined,
        skipped, read, accepted);
  }

  private String snippet(String original) {
    if (original == null) {
      return "";
    }
    // Redact a window a little past the cut (not a whole 1 MB record), then cut.
    String raw = REDACTOR.redact(original.length() > rawSnippetChars + REDACTION_MARGIN
        ? original.substring(0, rawSnippetChars + REDACTION_MARGIN) : original);
    if (raw.length() <= rawSnippetChars) {
      return raw;
    }
    int end = rawSnippetChars;
    // Never cut a surrogate pair in half: the snippet must stay valid UTF-16 for Parquet.
    if (end > 0 && Character.isHighSurrogate(raw.charAt(end - 1))) {
      end--;
    }
    return raw.substring(0, end);
  }
}
