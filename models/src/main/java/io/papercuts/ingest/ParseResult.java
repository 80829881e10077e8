package io.papercuts.ingest;

import java.util.List;

/**
 * What one input file yielded. Every record read ends in exactly one of three places, so
 * {@code recordsRead == accepted + quarantined.size() + skipped.size()} always holds (checked here).
 * A record is one CSV row after the header, one non-blank JSON Lines line, or one whole
 * {@code .txt} transcript; blank lines are not records.
 *
 * <ul>
 *   <li>{@code units}: text to analyse (survey comments, customer turns, reviews).
 *   <li>{@code responses}: every valid survey row, with or without a comment, so that stated
 *       reasons and churn are never lost. A row with a comment is accepted (and has a unit); a
 *       row with an empty or placeholder comment is skipped ({@link Skipped#EMPTY_COMMENT}) but
 *       still has its response.
 *   <li>{@code conversations}: every accepted transcript with all its turns (a conversation with
 *       several customer turns gives several units; one with none gives no unit).
 *   <li>{@code customers}: accepted CRM rows.
 * </ul>
 *
 * @param accepted records that were accepted: survey rows with a comment, conversations, reviews,
 *     customer rows
 */
public record ParseResult(
    SourceKind source,
    String file,
    List<FeedbackUnit> units,
    List<SurveyResponse> responses,
    List<Conversation> conversations,
    List<Customer> customers,
    List<Quarantined> quarantined,
    List<Skipped> skipped,
    long recordsRead,
    long accepted) {

  public ParseResult {
    units = List.copyOf(units);
    responses = List.copyOf(responses);
    conversations = List.copyOf(conversations);
    customers = List.copyOf(customers);
    quarantined = List.copyOf(quarantined);
    skipped = List.copyOf(skipped);
    if (recordsRead != accepted + quarantined.size() + skipped.size()) {
      throw new IllegalStateException(file + ": " + recordsRead + " records read but " + accepted
          + " accepted + " + quarantined.size() + " quarantined + " + skipped.size() + " skipped");
    }
  }
}
