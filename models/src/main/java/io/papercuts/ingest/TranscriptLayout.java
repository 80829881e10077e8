package io.papercuts.ingest;

import java.util.Locale;

/**
 * How a transcript file holds its conversations ({@code ingest.transcripts.layout}).
 * {@link #CONVERSATION}: one JSON object per conversation with a list of turns (papercuts' own
 * shape). {@link #MESSAGE}: one record per message carrying its conversation's id, as help-desk
 * exports write them (Zendesk ticket comments, Intercom conversation parts, the Twitter
 * customer-support corpus); CSV transcripts are always this. {@link #AUTO}: per JSON Lines file,
 * the first object that has the turns key ({@code ingest.transcripts.key.turns}) or the text key
 * ({@code ingest.transcripts.key.text}) decides: turns, conversation; text only, message.
 */
public enum TranscriptLayout {
  AUTO, CONVERSATION, MESSAGE;

  /** The setting's value, e.g. {@code message}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static TranscriptLayout parse(String key, String value) {
    for (TranscriptLayout l : values()) {
      if (l.value().equalsIgnoreCase(value.strip())) {
        return l;
      }
    }
    throw new IllegalArgumentException(key + " must be auto, conversation or message, got \""
        + value + "\"");
  }
}
