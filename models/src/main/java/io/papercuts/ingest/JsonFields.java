package io.papercuts.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.HashMap;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * One JSON object seen by logical field, keys matched case-insensitively against the configured
 * or default names. Scalars are read as text (a number 4 reads "4"); an object or array where a
 * scalar belongs is a {@code bad_value}.
 */
final class JsonFields implements RecordFields {

  private final Map<String, JsonNode> byLowerKey = new HashMap<>();
  private final IngestSettings settings;

  JsonFields(ObjectNode node, IngestSettings settings) {
    this.settings = settings;
    Iterator<Map.Entry<String, JsonNode>> it = node.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      byLowerKey.putIfAbsent(e.getKey().toLowerCase(Locale.ROOT), e.getValue());
    }
  }

  @Override
  public String get(InputField field) {
    JsonNode node = node(field);
    if (node == null) {
      return null;
    }
    if (node.isContainerNode()) {
      throw new RejectedRecord(QuarantineReason.BAD_VALUE,
          field.field() + " must be a string or number, not " + node.getNodeType().name()
              .toLowerCase(Locale.ROOT) + " (field " + field.field() + ")");
    }
    String v = node.asText().strip();
    return v.isEmpty() ? null : v;
  }

  @Override
  public boolean has(InputField field) {
    return node(field) != null;
  }

  private JsonNode node(InputField field) {
    for (String name : settings.columnNames(field)) {
      JsonNode n = byLowerKey.get(name.strip().toLowerCase(Locale.ROOT));
      if (n != null && !n.isNull() && !n.isMissingNode()) {
        return n;
      }
    }
    return null;
  }
}
