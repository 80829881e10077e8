package io.papercuts.jobs;

import static org.apache.spark.sql.types.DataTypes.BooleanType;
import static org.apache.spark.sql.types.DataTypes.DateType;
import static org.apache.spark.sql.types.DataTypes.IntegerType;
import static org.apache.spark.sql.types.DataTypes.LongType;
import static org.apache.spark.sql.types.DataTypes.StringType;
import static org.apache.spark.sql.types.DataTypes.TimestampType;
import static org.apache.spark.sql.types.DataTypes.createStructField;
import static org.apache.spark.sql.types.DataTypes.createStructType;
import static org.apache.spark.sql.types.DataTypes.createArrayType;

import io.papercuts.ingest.Conversation;
import io.papercuts.ingest.Customer;
import io.papercuts.ingest.FeedbackUnit;
import io.papercuts.ingest.ParseResult;
import io.papercuts.ingest.Quarantined;
import io.papercuts.ingest.Skipped;
import io.papercuts.ingest.SurveyResponse;
import io.papercuts.ingest.Turn;
import io.papercuts.pii.CustomerIdPseudonymizer;
import io.papercuts.pii.IdentifierRedactor;
import io.papercuts.pii.PiiRedactor;
import io.papercuts.transcript.EffortSignalDetector;
import io.papercuts.transcript.EffortSignals;
import java.sql.Date;
import java.sql.Timestamp;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
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

  static final StructType RESPONSE = createStructType(List.of(
      createStructField("response_id", StringType, true),
      createStructField("customer_id", StringType, true),
      createStructField("submitted_on", DateType, true),
      createStructField("stated_reason", StringType, true),
      createStructField("nps", IntegerType, true),
      createStructField("unit_id", StringType, true),
      createStructField("file", StringType, true),
      createStructField("line", LongType, true)));

  static final StructType CONVERSATION = createStructType(List.of(
      createStructField("doc_id", StringType, true),
      createStructField("customer_id", StringType, true),
      createStructField("channel", StringType, true),
      createStructField("started_at", TimestampType, true),
      createStructField("turns", IntegerType, true),
      createStructField("customer_turns", IntegerType, true),
      createStructField("agent_count", IntegerType, true),
      createStructField("transfers", IntegerType, true),
      createStructField("holds", IntegerType, true),
      createStructField("hold_minutes", IntegerType, true),
      createStructField("identity_checks", IntegerType, true),
      createStructField("callbacks_promised", IntegerType, true),
      createStructField("implied_themes", createArrayType(StringType, false), true),
      createStructField("file", StringType, true),
      createStructField("line", LongType, true)));

  static final StructType CUSTOMER = createStructType(List.of(
      createStructField("customer_id", StringType, true),
      createStructField("churned", BooleanType, true),
      createStructField("churn_date", DateType, true),
      createStructField("segment", StringType, true),
      createStructField("source", StringType, true)));

  static final StructType SKIP = createStructType(List.of(
      createStructField("source", StringType, true),
      createStructField("file", StringType, true),
      createStructField("line", LongType, true),
      createStructField("reason", StringType, true)));

  static final StructType FILE = createStructType(List.of(
      createStructField("source", StringType, true),
      createStructField("file", StringType, true),
      createStructField("records_read", LongType, true),
      createStructField("accepted", LongType, true),
      createStructField("quarantined", LongType, true),
      createStructField("skipped", LongType, true),
      createStructField("units", LongType, true),
      createStructField("fatal", StringType, true)));

  static final StructType ENVELOPE = createStructType(List.of(
      createStructField("unit", AnnotateJob.dropRunDate(Tables.FEEDBACK_SCHEMA), true),
      createStructField("response", RESPONSE, true),
      createStructField("conversation", CONVERSATION, true),
      createStructField("customer", CUSTOMER, true),
      createStructField("quarantine", AnnotateJob.dropRunDate(Tables.QUARANTINE_SCHEMA), true),
      createStructField("skip", SKIP, true),
      createStructField("file", FILE, true)));

  private static Row envelope(int slot, Row value) {
    Object[] cols = new Object[ENVELOPE.size()];
    cols[slot] = value;
    return RowFactory.create(cols);
  }

  static List<Row> of(ParseResult r, PiiRedactor redactor, IdentifierRedactor safe,
      EffortSignalDetector effort, CustomerIdPseudonymizer ids) {
    java.util.function.UnaryOperator<String> id = ids == null ? safe::id : ids::pseudonymize;
    List<Row> out = new ArrayList<>(r.units().size() + r.quarantined().size() + 8);
    for (FeedbackUnit u : r.units()) {
      String text = TextNormalizer.normalize(redactor.redact(u.text()));
      out.add(envelope(0, RowFactory.create(u.unitId(), u.source().label(), safe.id(u.docId()),
          u.turnIdx(), id.apply(u.customerId()), date(u.eventDate()), text,
          TextNormalizer.hash(text), u.rating(), u.nps(), safe.text(u.statedReason()), u.product(),
          u.channel(), u.file(), u.line())));
    }
    for (SurveyResponse s : r.responses()) {
      out.add(envelope(1, RowFactory.create(safe.id(s.responseId()), id.apply(s.customerId()),
          date(s.submittedOn()), safe.text(s.statedReason()), s.nps(), s.unitId(), s.file(),
          s.line())));
      Customer implied = s.impliedChurn();
      out.add(envelope(3, RowFactory.create(id.apply(implied.customerId()), true,
          date(implied.churnDate()),
          null, "exit_survey")));
    }
    for (Conversation c : r.conversations()) {
      int customerTurns = 0;
      for (Turn t : c.turns()) {
        if ("customer".equals(t.speaker())) {
          customerTurns++;
        }
      }
      EffortSignals e = effort.detect(c);
      out.add(envelope(2, RowFactory.create(safe.id(c.docId()), id.apply(c.customerId()),
          c.channel(),
          c.startedAt() == null ? null : Timestamp.from(c.startedAt()), c.turns().size(),
          customerTurns, e.agentCount(), e.transfers(), e.holds(), e.holdMinutes(),
          e.identityChecks(), e.callbacksPromised(),
          e.impliedThemes().stream().sorted().toArray(String[]::new), c.file(), c.line())));
    }
    for (Customer c : r.customers()) {
      out.add(envelope(3, RowFactory.create(id.apply(c.customerId()), c.churned(),
          date(c.churnDate()),
          c.segment(), "crm")));
    }
    for (Quarantined q : r.quarantined()) {
      // Reason and raw were redacted by the parser, before the snippet was cut.
      out.add(envelope(4, RowFactory.create(q.source().label(), q.file(), q.line(), q.reason(),
          q.raw())));
    }
    for (Skipped s : r.skipped()) {
      out.add(envelope(5, RowFactory.create(s.source().label(), s.file(), s.line(),
          safe.text(s.reason()))));
    }
    // The file's counts travel in its file row, so the driver reconciles them in one small collect.
    out.add(envelope(6, RowFactory.create(r.source().label(), r.file(), r.recordsRead(),
        r.accepted(), (long) r.quarantined().size(), (long) r.skipped().size(),
        (long) r.units().size(), null)));
    return out;
  }

  /** A file that cannot be read at all: reported to the driver, which stops the run. */
  static Row fatal(String source, String file, String message) {
    return envelope(6, RowFactory.create(source, file, 0L, 0L, 0L, 0L, 0L, message));
  }

  /**
   * A file skipped by its name (an Excel lock file, a hidden file, a backup): one skipped record
   * at line 0 and its file row, so read = accepted + quarantined + skipped still holds.
   */
  static List<Row> skippedFile(String source, String file, String reason) {
    return List.of(envelope(5, RowFactory.create(source, file, 0L, reason)),
        envelope(6, RowFactory.create(source, file, 1L, 0L, 0L, 1L, 0L, null)));
  }

  private static Date date(java.time.LocalDate d) {
    return d == null ? null : Date.valueOf(d);
  }
}
