package io.papercuts.ingest;

import java.time.Instant;
import java.util.List;

/**
 * A whole support conversation with all its turns; its structure is an effort signal.
 *
 * @param agentNames the agents' names a plain-text transcript gave in its speaker prefixes
 *     ({@code Agent (Priya):}, {@code Priya (Agent):}, {@code Agent [Priya]:}), in order of first
 *     appearance; personal data: the parser has already replaced them by {@code [NAME]} in every
 *     turn's text, and they are never written to a table. Empty for JSON Lines transcripts.
 */
public record Conversation(
    String docId, String customerId, String channel, Instant startedAt, List<Turn> turns,
    String file, long line, List<String> agentNames) {

  public Conversation {
    turns = List.copyOf(turns);
    agentNames = agentNames == null ? List.of() : List.copyOf(agentNames);
  }

  /** A conversation without agent names (JSON Lines, or no names in the prefixes). */
  public Conversation(String docId, String customerId, String channel, Instant startedAt,
      List<Turn> turns, String file, long line) {
    this(docId, customerId, channel, startedAt, turns, file, line, List.of());
  }
}
