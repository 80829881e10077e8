package io.papercuts.ingest;

import java.time.LocalDate;

/**
 * One valid exit-survey response, whether or not it had a comment: the engine needs every
 * response's stated reason and the churn it implies, even when there is no text to analyse.
 *
 * @param submittedOn UTC date of {@code submitted_at}; the customer churned on this date
 * @param statedReason the reason chosen from the survey's list; null when not answered
 * @param nps 0..10 or null
 * @param unitId id of the {@link FeedbackUnit} made from the comment; null when the comment was
 *     empty (the row is then counted as skipped: {@link Skipped#EMPTY_COMMENT})
 * @param line 1-based line where the response starts in {@code file}
 */
public record SurveyResponse(
    String responseId,
    String customerId,
    LocalDate submittedOn,
    String statedReason,
    Integer nps,
    String unitId,
    String file,
    long line) {

  /** An exit survey means its customer left: churned on {@link #submittedOn()}, segment unknown. */
  public Customer impliedChurn() {
    return new Customer(customerId, true, submittedOn, null);
  }
}
