package io.papercuts.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads exit-survey CSV exports: plain CSV (1 header row), Qualtrics (3 header rows) or
 * SurveyMonkey (2 header rows). Unless {@code ingest.surveys.header_rows} says otherwise the shape
 * is detected from the first rows: Qualtrics when a cell of row 3 is an {@code {"ImportId": ...}}
 * JSON object; else SurveyMonkey when a cell of row 2 is {@code Response} or
 * {@code Open-Ended Response} (its sub-header row); else plain. Column naming per shape: see
 * {@link IngestSettings} and {@link CsvHeader}.
 *
 * <p>Each valid row yields a {@link SurveyResponse} (stated reason, NPS, implied churn on the
 * submission date). A row whose comment is empty or a placeholder ("n/a", "-", "no comment",
 * "none", ...) is counted as skipped ({@link Skipped#EMPTY_COMMENT}) and yields no unit; any
 * other valid row is accepted and yields one {@link FeedbackUnit}. A row with an over-long comment
 * is quarantined as a whole (its response too). Thread-safe; stateless apart from its settings.
 */
public final class SurveyCsvParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private static final Set<String> PLACEHOLDERS = Set.of(
      "-", "--", "---", ".", "..", "...", "n/a", "na", "n.a.", "none", "nothing", "nil",
      "no comment", "no comments", "nothing to add");

  private final IngestSettings settings;

  public SurveyCsvParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    List<CsvRow> rows = CsvReader.read(DecodedText.read(in, settings.charset()));
    int headerRows = settings.surveyHeaderRows() > 0 ? settings.surveyHeaderRows()
        : detectHeaderRows(rows);
    ResultBuilder out = new ResultBuilder(SourceKind.SURVEY, file, settings);
    CsvTable table = CsvTable.of(file, SourceKind.SURVEY, rows, headerRows, settings);
    if (table == null) {
      return out.build();
    }
    InputDates dates = settings.dates(SourceKind.SURVEY);
    for (CsvRow row : table.dataRows()) {
      try {
        map(file, row, table.fields(row), dates, out);
      } catch (RejectedRecord r) {
        out.quarantine(row.line(), r.describe(), row.raw());
      }
    }
    return out.build();
  }

  /** 3 for Qualtrics, 2 for SurveyMonkey, 1 for plain CSV (see the class comment). */
  static int detectHeaderRows(List<CsvRow> rows) {
    if (rows.size() >= 3 && rows.get(2).ok()) {
      for (String cell : rows.get(2).fields()) {
        String c = cell.strip();
        if (c.startsWith("{") && c.contains("\"ImportId\"")) {
          return 3;
        }
      }
    }
    if (rows.size() >= 2 && rows.get(1).ok()) {
      for (String cell : rows.get(1).fields()) {
        String c = cell.strip();
        if (c.equalsIgnoreCase("Response") || c.equalsIgnoreCase("Open-Ended Response")) {
          return 2;
        }
      }
    }
    return 1;
  }

  /** Whether a comment carries no text worth analysing. */
  static boolean isPlaceholder(String comment) {
    if (comment == null) {
      return true;
    }
    String c = comment.strip().toLowerCase(Locale.ROOT);
    return c.isEmpty() || PLACEHOLDERS.contains(c)
        || PLACEHOLDERS.contains(c.replaceAll("[.!]+$", ""));
  }

  private void map(String file, CsvRow row, RecordFields r, InputDates dates, ResultBuilder out) {
    String responseId = FieldValues.required(r, InputField.SURVEY_RESPONSE_ID);
    String customerId = FieldValues.required(r, InputField.SURVEY_CUSTOMER_ID);
    LocalDate submitted = FieldValues.date(dates,
        FieldValues.required(r, InputField.SURVEY_SUBMITTED_AT), InputField.SURVEY_SUBMITTED_AT.field());
    Integer nps = FieldValues.nps(r.get(InputField.SURVEY_NPS), InputField.SURVEY_NPS);
    String reason = r.get(InputField.SURVEY_STATED_REASON);
    String comment = r.get(InputField.SURVEY_COMMENT);
    if (isPlaceholder(comment)) {
      out.response(new SurveyResponse(responseId, customerId, submitted, reason, nps, null, file,
          row.line()));
      out.skip(row.line(), Skipped.EMPTY_COMMENT);
      return;
    }
    FieldValues.limited(comment, settings.maxTextChars(), InputField.SURVEY_COMMENT.field());
    String unitId = UnitIds.of(SourceKind.SURVEY, responseId, null);
    out.unit(new FeedbackUnit(unitId, SourceKind.SURVEY, responseId, null, customerId, submitted,
        comment, null, nps, reason, null, null, file, row.line()));
    out.response(new SurveyResponse(responseId, customerId, submitted, reason, nps, unitId, file,
        row.line()));
    out.accept();
  }
}
