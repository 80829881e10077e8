package io.papercuts.ingest;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads exit-survey CSV exports: plain CSV (1 header row), Qualtrics (3 header rows) or
 * SurveyMonkey (2 header rows). Unless {@code ingest.surveys.header_rows} says otherwise the shape
 * is detected from the first rows, strictly, so that a data row is never swallowed as a header:
 * Qualtrics when most non-blank cells of row 3 are {@code {"ImportId": ...}} JSON objects; else
 * SurveyMonkey when row 2 is its sub-header row ({@link #isSurveyMonkeySubHeader}: sub-header
 * labels such as {@code Response}, no value that looks like data); else plain. Column naming per shape: see
 * {@link IngestSettings} and {@link CsvHeader}.
 *
 * <p>Each valid row yields a {@link SurveyResponse} (stated reason, NPS, implied churn on the
 * submission date). A row whose comment is empty or a placeholder ("n/a", "-", "no comment",
 * "none", ...) is counted as skipped ({@link Skipped#EMPTY_COMMENT}) and yields no unit; any
 * other valid row is accepted and yields one {@link FeedbackUnit}. A row with an over-long comment
 * is quarantined as a whole (its response too). A valid row whose response id an earlier valid
 * row of the file already had is skipped ({@link Skipped#DUPLICATE}) and yields nothing. Thread-safe; stateless apart from its settings.
 */
public final class SurveyCsvParser implements SourceParser {

  private static final long serialVersionUID = 1L;

  private static final Set<String> PLACEHOLDERS = Set.of(
      "-", "--", "---", ".", "..", "...", "n/a", "na", "n.a.", "none", "nothing", "nil",
      "no comment", "no comments", "nothing to add");

  /** SurveyMonkey's sub-header labels, lower case. */
  static final Set<String> SUB_HEADER_LABELS = Set.of(
      "response", "responses", "open-ended response", "other (please specify)", "comment",
      "comments");
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(?:[.,]\\d+)*%?");
  private static final Pattern DATE = Pattern.compile(
      "\\d{1,4}[-/.]\\d{1,2}[-/.]\\d{1,4}(?:[ T].*)?");
  private static final Pattern CODE = Pattern.compile("[^\\s]*\\d[^\\s]*");

  private final IngestSettings settings;

  public SurveyCsvParser(IngestSettings settings) {
    this.settings = settings;
  }

  @Override
  public ParseResult parse(String file, InputStream in) {
    List<CsvRow> rows = CsvReader.read(DecodedText.read(in, settings.charset()),
        SourceKind.SURVEY, file, settings);
    int headerRows = settings.surveyHeaderRows() > 0 ? settings.surveyHeaderRows()
        : detectHeaderRows(rows, settings);
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

  /** 3 for Qualtrics, 2 for SurveyMonkey, 1 for plain CSV, with the default column names. */
  static int detectHeaderRows(List<CsvRow> rows) {
    return detectHeaderRows(rows, IngestSettings.defaults());
  }

  /**
   * 3 for Qualtrics, 2 for SurveyMonkey, 1 for plain CSV. Strict, so that a data row is never
   * taken for a header row (it would vanish without being counted): see
   * {@link #isQualtricsImportRow} and {@link #isSurveyMonkeySubHeader}.
   */
  static int detectHeaderRows(List<CsvRow> rows, IngestSettings settings) {
    if (rows.size() >= 3 && rows.get(2).ok() && isQualtricsImportRow(rows.get(2).fields())) {
      return 3;
    }
    if (rows.size() >= 2 && rows.get(0).ok() && rows.get(1).ok()
        && isSurveyMonkeySubHeader(rows.get(0).fields(), rows.get(1).fields(), settings)) {
      return 2;
    }
    return 1;
  }

  /** Qualtrics' third header row: most non-blank cells are {@code {"ImportId": ...}} objects. */
  static boolean isQualtricsImportRow(List<String> row) {
    int nonBlank = 0;
    int imports = 0;
    for (String cell : row) {
      String c = cell.strip();
      if (c.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (c.startsWith("{") && c.endsWith("}") && c.contains("\"ImportId\"")) {
        imports++;
      }
    }
    return imports > 0 && 2 * imports > nonBlank;
  }

  /**
   * SurveyMonkey's second header row, recognised only when all of these hold:
   * <ol>
   *   <li>a cell is exactly one of SurveyMonkey's sub-header labels ({@code Response},
   *       {@code Open-Ended Response}, any case);
   *   <li>more than half of its non-blank cells are such labels ({@link #SUB_HEADER_LABELS}) or
   *       sit under a blank cell of row 1 (the further sub-columns of one question, e.g. the
   *       options of a multiple-choice question);
   *   <li>no cell looks like a value ({@link #looksLikeData}: a number, a date or date-time, or
   *       a one-word code holding a digit such as {@code R-17} or {@code 114256789});
   *   <li>it is blank under every row-1 column named for a required field (response id,
   *       customer id, date): SurveyMonkey leaves those blank there, a data row never does.
   * </ol>
   */
  static boolean isSurveyMonkeySubHeader(List<String> top, List<String> row,
      IngestSettings settings) {
    boolean label = false;
    int nonBlank = 0;
    int subHeaderLike = 0;
    for (int i = 0; i < row.size(); i++) {
      String c = row.get(i).strip();
      if (c.isEmpty()) {
        continue;
      }
      nonBlank++;
      if (looksLikeData(c)) {
        return false;
      }
      String lower = c.toLowerCase(Locale.ROOT);
      if (lower.equals("response") || lower.equals("open-ended response")) {
        label = true;
      }
      if (SUB_HEADER_LABELS.contains(lower) || i >= top.size() || top.get(i).isBlank()) {
        subHeaderLike++;
      }
    }
    if (!label || 2 * subHeaderLike <= nonBlank) {
      return false;
    }
    for (InputField field : InputField.of(SourceKind.SURVEY)) {
      if (!field.required()) {
        continue;
      }
      for (String name : settings.columnNames(field)) {
        for (int i = 0; i < top.size() && i < row.size(); i++) {
          if (top.get(i).strip().equalsIgnoreCase(name.strip()) && !row.get(i).isBlank()) {
            return false;
          }
        }
      }
    }
    return true;
  }

  /** A cell value no header row holds: a number, a date (or date-time), a code with a digit. */
  static boolean looksLikeData(String cell) {
    String c = cell.strip();
    return NUMBER.matcher(c).matches() || DATE.matcher(c).matches() || CODE.matcher(c).matches();
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
    boolean empty = isPlaceholder(comment);
    if (!empty) {
      FieldValues.limited(comment, settings.maxTextChars(), InputField.SURVEY_COMMENT.field());
    }
    if (!out.firstCopy(responseId, row.line(), InputField.SURVEY_RESPONSE_ID.field())) {
      return;
    }
    if (empty) {
      out.response(new SurveyResponse(responseId, customerId, submitted, reason, nps, null, file,
          row.line()));
      out.skip(row.line(), Skipped.EMPTY_COMMENT);
      return;
    }
    String unitId = UnitIds.of(SourceKind.SURVEY, responseId, null);
    out.unit(new FeedbackUnit(unitId, SourceKind.SURVEY, responseId, null, customerId, submitted,
        comment, null, nps, reason, null, null, file, row.line()));
    out.response(new SurveyResponse(responseId, customerId, submitted, reason, nps, unitId, file,
        row.line()));
    out.accept();
  }
}
