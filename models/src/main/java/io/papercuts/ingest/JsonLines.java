package io.papercuts.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;

/**
 * Walks a JSON Lines file: every non-blank line is one record that must be one JSON object
 * (duplicate keys and trailing content are {@code invalid_json}; a line with bytes invalid in the
 * encoding is {@code invalid_encoding}). The shared mapper is configured once and thread-safe.
 */
final class JsonLines {

  private static final ObjectMapper MAPPER = JsonMapper.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  /**
   * Maps one object; must end in exactly one accept/quarantine/skip call, or throw a rejection,
   * or hand the object to a later step that does (message records wait for their conversation).
   */
  interface Handler {
    void handle(ObjectNode object, int line);
  }

  private JsonLines() {
  }

  static void forEach(DecodedText text, ResultBuilder out, Handler handler) {
    for (int line = 1; line <= text.lineCount(); line++) {
      String raw = text.line(line);
      if (raw.isBlank()) {
        continue;
      }
      try {
        String problem = text.encodingProblem(line, line);
        if (problem != null) {
          throw new RejectedRecord(QuarantineReason.INVALID_ENCODING, problem);
        }
        handler.handle(object(raw), line);
      } catch (RejectedRecord r) {
        out.quarantine(r.lineOr(line), r.describe(), r.rawOr(raw));
      }
    }
  }

  /** The line as an object, or null when it is not one JSON object (for a first look). */
  static ObjectNode objectOrNull(String raw) {
    try {
      return object(raw);
    } catch (RejectedRecord r) {
      return null;
    }
  }

  private static ObjectNode object(String raw) {
    JsonNode node;
    try {
      node = MAPPER.readTree(raw);
    } catch (JsonProcessingException e) {
      // Jackson's location text names no source and counts from this line alone; keep the column.
      String msg = e.getOriginalMessage()
          .replaceAll("\\[Source: .*?; line: \\d+, column: (\\d+)\\]", "column $1");
      if (msg.length() > 200) {
        msg = msg.substring(0, 200) + "...";
      }
      long column = e.getLocation() == null ? -1 : e.getLocation().getColumnNr();
      throw new RejectedRecord(QuarantineReason.INVALID_JSON,
          msg.replace('\n', ' ') + (column > 0 ? " (column " + column + ")" : ""));
    }
    if (!(node instanceof ObjectNode o)) {
      throw new RejectedRecord(QuarantineReason.INVALID_JSON,
          "line is a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT)
              + ", not an object");
    }
    return o;
  }
}
