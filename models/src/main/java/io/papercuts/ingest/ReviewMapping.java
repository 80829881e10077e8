package io.papercuts.ingest;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Turns one review record (CSV row or JSON object) into its outcome, the same for both formats:
 * a unit whose text is the title as its own sentence (". " appended when it lacks final
 * punctuation) followed by the body, both cleaned of HTML character references and @handles
 * ({@link ExportText}); or a skip, {@link Skipped#EMPTY_BODY}, when the body is empty or a
 * placeholder ("n/a", "-") once cleaned (the rating alone is no text to analyse, and a title
 * without a body is not analysed alone); or a rejection. A review without an id gets one per
 * {@link IngestSettings#missingReviewId()}. Stateless.
 */
final class ReviewMapping {

  private ReviewMapping() {
  }

  /**
   * Maps one valid-looking record; ends in exactly one accept or skip, or throws.
   *
   * @param raw the record's text as read (for a generated row id)
   * @throws RejectedRecord for a record that must be quarantined
   */
  static void map(RecordFields r, String file, long line, String raw, InputDates dates,
      IngestSettings settings, ResultBuilder out) {
    String givenId = settings.missingReviewId() == MissingReviewId.QUARANTINE
        ? FieldValues.required(r, InputField.REVIEW_ID) : r.get(InputField.REVIEW_ID);
    String ratingText = FieldValues.required(r, InputField.REVIEW_RATING);
    Integer rating = FieldValues.rating(ratingText, InputField.REVIEW_RATING);
    String dateText = FieldValues.required(r, InputField.REVIEW_DATE);
    LocalDate date = FieldValues.date(dates, dateText, InputField.REVIEW_DATE.field());
    if (!r.has(InputField.REVIEW_BODY)) {
      FieldValues.required(r, InputField.REVIEW_BODY);
    }
    String rawTitle = r.get(InputField.REVIEW_TITLE);
    String rawBody = r.get(InputField.REVIEW_BODY);
    String customerId = r.get(InputField.REVIEW_CUSTOMER_ID);
    String product = r.get(InputField.REVIEW_PRODUCT);
    String id = givenId != null ? givenId : settings.missingReviewId().idFor(file, line, raw,
        Arrays.asList(customerId, product, ratingText, rawTitle, rawBody, dateText));
    String body = blankToNull(ExportText.clean(rawBody));
    String title = blankToNull(ExportText.clean(rawTitle));
    boolean empty = SurveyCsvParser.isPlaceholder(body);
    String text = empty ? null
        : title == null ? body : title + (endsSentence(title) ? " " : ". ") + body;
    if (text != null) {
      FieldValues.limited(text, settings.maxTextChars(), "title+body");
    }
    String idField = givenId != null ? InputField.REVIEW_ID.field()
        : settings.missingReviewId() == MissingReviewId.CONTENT_HASH ? "review content"
        : "generated review_id";
    if (!out.firstCopy(id, line, idField)) {
      return;
    }
    if (empty) {
      out.skip(line, Skipped.EMPTY_BODY);
      return;
    }
    out.unit(new FeedbackUnit(UnitIds.of(SourceKind.REVIEW, id, null), SourceKind.REVIEW, id,
        null, customerId, date, text, rating, null, null, product, null, file, line));
    out.accept();
  }

  static boolean endsSentence(String title) {
    String t = title.replaceAll("[\"'\u201D\u2019)\\]]+$", "");
    return !t.isEmpty() && ".!?\u2026".indexOf(t.charAt(t.length() - 1)) >= 0;
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
