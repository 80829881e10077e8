package io.papercuts.jobs;

import io.papercuts.ingest.Conversation;
import io.papercuts.ingest.Customer;
import io.papercuts.ingest.FeedbackUnit;
import io.papercuts.ingest.ParseResult;
import io.papercuts.ingest.Quarantined;
import io.papercuts.ingest.Skipped;
import io.papercuts.ingest.SurveyResponse;
import io.papercuts.ingest.Turn;
import io.papercuts.jobs.Tables.ContactRow;
import io.papercuts.jobs.Tables.CustomerRow;
import io.papercuts.jobs.Tables.FeedbackRow;
import io.papercuts.jobs.Tables.QuarantineRow;
import io.papercuts.jobs.Tables.SkippedRow;
import io.papercuts.jobs.Tables.SurveyResponseRow;
import io.papercuts.pii.CustomerIdPseudonymizer;
import io.papercuts.pii.IdentifierRedactor;
import io.papercuts.pii.PiiRedactor;
import io.papercuts.transcript.EffortSignalDetector;
import io.papercuts.transcript.EffortSignals;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.types.StructType;

/**
 * Flattens one file's {@link ParseResult} into "envelope" rows: one column per kind of record,
 * exactly one of them set, so a single parse per file feeds every ingest table. Customer text
 * and quarantined raw input are PII-redacted here, on the executor, before any row exists, and
 * so are the other columns a customer or an export can put personal data in: stated reasons,
 * skip reasons, document and response ids (stable, see {@link IdentifierRedactor}); the parser
 * was given the redacted file name. Customer ids are pseudonymised when a key is configured, and
 * redacted like other ids when not.
 */
final class IngestRows {

  private IngestRows() {
  }

  /**
   * What one file yielded, counted by the task that parsed it; {@code fatal} is set (and the
   * counts are 0) when the file cannot be read at all.
   */
  record FileCounts(String source, String file, Long recordsRead, Long accepted,
      Long quarantined, Long skipped, Long units, String fatal) {
  }

  /** One row of any ingest table, or a file's counts: exactly one component is set. */
  record Envelope(FeedbackRow unit, SurveyResponseRow response, ContactRow conversation,
      CustomerRow customer, QuarantineRow quarantine, SkippedRow skip, FileCounts file) {

    static Envelope of(FeedbackRow r) {
      return new Envelope(r, null, null, null, null, null, null);
    }

    static Envelope of(SurveyResponseRow r) {
      return new Envelope(null, r, null, null, null, null, null);
    }

    static Envelope of(ContactRow r) {
      return new Envelope(null, null, r, null, null, null, null);
    }

    static Envelope of(CustomerRow r) {
      return new Envelope(null, null, null, r, null, null, null);
    }

    static Envelope of(QuarantineRow r) {
      return new Envelope(null, null, null, null, r, null, null);
    }

    static Envelope of(SkippedRow r) {
      return new Envelope(null, null, null, null, null, r, null);
    }

    static Envelope of(FileCounts r) {
      return new Envelope(null, null, null, null, null, null, r);
    }
  }

  static final RowCodec<Envelope> ENVELOPES = RowCodec.of(Envelope.class);
  static final RowCodec<FileCounts> FILE_COUNTS = RowCodec.of(FileCounts.class);
  /** The envelope rows' schema: one struct column per ingest table, and {@code file}. */
  static final StructType ENVELOPE = ENVELOPES.schema();

  static List<Row> of(ParseResult r, PiiRedactor redactor, IdentifierRedactor safe,
      EffortSignalDetector effort, CustomerIdPseudonymizer ids) {
    UnaryOperator<String> id = ids == null ? safe::id : ids::pseudonymize;
    List<Envelope> out = new ArrayList<>(r.units().size() + r.quarantined().size() + 8);
    for (FeedbackUnit u : r.units()) {
      String text = io.papercuts.annotate.TextNormalizer.normalize(redactor.redact(u.text()));
      out.add(Envelope.of(new FeedbackRow(u.unitId(), u.source().label(), safe.id(u.docId()),
          u.turnIdx(), id.apply(u.customerId()), u.eventDate(), text, Hashing.contentHash(text),
          u.rating(), u.nps(), safe.text(u.statedReason()), u.product(), u.channel(), u.file(),
          u.line())));
    }
    for (SurveyResponse s : r.responses()) {
      out.add(Envelope.of(new SurveyResponseRow(safe.id(s.responseId()),
          id.apply(s.customerId()), s.submittedOn(), safe.text(s.statedReason()), s.nps(),
          s.unitId(), s.file(), s.line())));
      Customer implied = s.impliedChurn();
      out.add(Envelope.of(new CustomerRow(id.apply(implied.customerId()), true,
          implied.churnDate(), null, "exit_survey")));
    }
    for (Conversation c : r.conversations()) {
      int customerTurns = 0;
      for (Turn t : c.turns()) {
        if ("customer".equals(t.speaker())) {
          customerTurns++;
        }
      }
      EffortSignals e = effort.detect(c);
      out.add(Envelope.of(new ContactRow(safe.id(c.docId()), id.apply(c.customerId()),
          c.channel(), c.startedAt(), c.turns().size(), customerTurns, e.agentCount(),
          e.transfers(), e.holds(), e.holdMinutes(), e.identityChecks(), e.callbacksPromised(),
          e.impliedThemes().stream().sorted().toList(), c.file(), c.line())));
    }
    for (Customer c : r.customers()) {
      out.add(Envelope.of(new CustomerRow(id.apply(c.customerId()), c.churned(), c.churnDate(),
          c.segment(), "crm")));
    }
    for (Quarantined q : r.quarantined()) {
      // Reason and raw were redacted by the parser, before the snippet was cut.
      out.add(Envelope.of(new QuarantineRow(q.source().label(), q.file(), q.line(), q.reason(),
          q.raw())));
    }
    for (Skipped s : r.skipped()) {
      out.add(Envelope.of(new SkippedRow(s.source().label(), s.file(), s.line(),
          safe.text(s.reason()))));
    }
    // The file's counts travel in its file row, so the driver reconciles them in one small collect.
    out.add(Envelope.of(new FileCounts(r.source().label(), r.file(), r.recordsRead(),
        r.accepted(), (long) r.quarantined().size(), (long) r.skipped().size(),
        (long) r.units().size(), null)));
    return out.stream().map(ENVELOPES::row).toList();
  }

  /** A file that cannot be read at all: reported to the driver, which stops the run. */
  static Row fatal(String source, String file, String message) {
    return ENVELOPES.row(Envelope.of(new FileCounts(source, file, 0L, 0L, 0L, 0L, 0L, message)));
  }

  /**
   * A file skipped by its name (an Excel lock file, a hidden file, a backup): one skipped record
   * at line 0 and its file row, so read = accepted + quarantined + skipped still holds.
   */
  static List<Row> skippedFile(String source, String file, String reason) {
    return List.of(ENVELOPES.row(Envelope.of(new SkippedRow(source, file, 0L, reason))),
        ENVELOPES.row(Envelope.of(new FileCounts(source, file, 1L, 0L, 0L, 1L, 0L, null))));
  }
}
