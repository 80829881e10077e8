package io.papercuts.ingest;

import java.time.Instant;
import java.util.List;

/** A whole support conversation with all its turns; its structure is an effort signal. */
public record Conversation(
    String docId, String customerId, String channel, Instant startedAt, List<Turn> turns,
    String file, long line) {

  public Conversation {
    turns = List.copyOf(turns);
  }
}
