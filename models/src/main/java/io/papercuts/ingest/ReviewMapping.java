package io.papercuts.ingest;

import java.time.LocalDate;

/**
 * Turns one review record (CSV row or JSON object) into a unit: text is the title as its own
 * sentence (". " appended when it lacks final punctuation) followed by the body. Stateless.
 */
final class ReviewMapping {

  private ReviewMapping() {
  }

  static FeedbackUnit unit(RecordFields r, String file, long line, InputDates dates, int maxChars) {
    String id = FieldValues.required(r, InputField.REVIEW_ID);
    Integer rating = FieldValues.rating(
        FieldValues.required(r, InputField.REVIEW_RATING), InputField.REVIEW_RATING);
    LocalDate date = FieldValues.date(dates, FieldValues.required(r, InputField.REVIEW_DATE),
        InputField.REVIEW_DATE.field());
    if (!r.has(InputField.REVIEW_BODY)) {
      FieldValues.required(r, InputField.REVIEW_BODY);
    }
    String body = r.get(InputField.REVIEW_BODY);
    if (body == null) {
      throw new RejectedRecord(QuarantineReason.EMPTY_TEXT, "review body is empty (field body)");
    }
    String title = r.get(InputField.REVIEW_TITLE);
    String text = title == null ? body : title + (endsSentence(title) ? " " : ". ") + body;
    FieldValues.limited(text, maxChars, "title+body");
    return new FeedbackUnit(UnitIds.of(SourceKind.REVIEW, id, null), SourceKind.REVIEW, id, null,
        r.get(InputField.REVIEW_CUSTOMER_ID), date, text, rating, null, null,
        r.get(InputField.REVIEW_PRODUCT), null, file, line);
  }

  static boolean endsSentence(String title) {
    String t = title.replaceAll("[\"'\u201D\u2019)\\]]+$", "");
    return !t.isEmpty() && ".!?\u2026".indexOf(t.charAt(t.length() - 1)) >= 0;
  }
}
