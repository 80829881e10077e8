package io.papercuts.generate;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * One simulated customer: who they are, which themes they experienced, whether and when they
 * churned, their exit survey (when {@code statedReason} is not null) and the texts they will write
 * ({@code documents}, dated, in date order; the survey's document comes first). {@code nps} is -1
 * when left blank. Confined to the thread that sampled it.
 */
record CustomerProfile(
    String customerId,
    String segment,
    LocalDate signupDate,
    Set<Theme> themes,
    boolean churned,
    LocalDate churnDate,
    StatedReason statedReason,
    LocalDate surveyDate,
    int nps,
    SurveyComment comment,
    boolean explainsReason,
    List<PlannedDocument> documents,
    Voice voice) {

  /** What the churner typed into the free-text box. */
  enum SurveyComment { EMPTY, NON_ANSWER, TEXT }

  boolean answeredSurvey() {
    return statedReason != null;
  }
}
