package io.papercuts.ingest;

import java.time.LocalDate;

/**
 * One unit of customer-written text: a survey comment, one customer turn of a transcript, or a
 * review (title and body). Nullable fields are null when the source does not carry them.
 *
 * @param unitId stable id derived from source, docId and turnIdx (same input, same id)
 * @param docId survey response id, conversation id or review id
 * @param turnIdx index of the customer turn within the conversation; null for other sources
 * @param rating 1..5 stars (reviews; CSAT surveys)
 * @param nps 0..10 likelihood to recommend (surveys)
 * @param statedReason the exit survey's chosen reason ("Price")
 * @param file input file the unit came from; line is its 1-based line there
 */
public record FeedbackUnit(
    String unitId,
    SourceKind source,
    String docId,
    Integer turnIdx,
    String customerId,
    LocalDate eventDate,
    String text,
    Integer rating,
    Integer nps,
    String statedReason,
    String product,
    String channel,
    String file,
    long line) {
}
