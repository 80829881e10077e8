package io.papercuts.ingest;

import java.io.InputStream;
import java.io.Serializable;

/**
 * Reads one input file into accepted, quarantined and skipped records (see {@link ParseResult}).
 * Implementations hold only their {@link IngestSettings}: cheap to build, serializable, and safe
 * to share between threads (each call keeps its state on its own stack).
 */
public interface SourceParser extends Serializable {

  /**
   * @param file the file's name or path as it should appear in outputs (also used for ids of
   *     text transcripts without a conversation_id header)
   * @param in the file's bytes; read to the end, not closed
   * @throws InputFileException when the file as a whole is unusable (e.g. a missing required
   *     column); bad records never throw, they are quarantined
   * @throws java.io.UncheckedIOException when reading {@code in} fails
   */
  ParseResult parse(String file, InputStream in);
}
