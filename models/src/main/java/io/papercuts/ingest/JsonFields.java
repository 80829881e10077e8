package io.papercuts.ingest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;

/**
 * One JSON object seen by logical field, keys matched case-insensitively against the configured
 * or default names. A name with dots that is not itself a key is a path into nested objects
 * ({@code author.role} reads {@code {"author": {"role": "agent"}}}). Scalars are read as text (a
 * number 4 reads "4", a boolean true "true"); an object or array where a scalar belongs is a
 * {@code bad_value}.
 */
final class JsonFields implements RecordFields {

  private final ObjectNode node;
  private final IngestSettings settings;
  private final String labelPrefix;

  JsonFields(ObjectNode node, IngestSettings settings) {
    this(node, settings, "");
  }

  /** @param labelPrefix put before a field's name in messages, e.g. {@code turns[2].} */
  JsonFields(ObjectNode node, IngestSettings settings, String labelPrefix) {
    this.node = node;
    this.settings = settings;
    this.labelPrefix = labelPrefix;
  }

  @Override
  public String get(InputField field) {
    JsonNode n = node(field);
    if (n == null) {
      return null;
    }
    if (n.isContainerNode()) {
      throw new RejectedRecord(QuarantineReason.BAD_VALUE,
          label(field) + " must be a string or number, not " + n.getNodeType().name()
              .toLowerCase(Locale.ROOT) + " (field " + label(field) + ")");
    }
    String v = n.asText().strip();
    return v.isEmpty() ? null : v;
  }

  @Override
  public boolean has(InputField field) {
    return node(field) != null;
  }

  @Override
  public String label(InputField field) {
    return labelPrefix + field.field();
  }

  /** The field's node (null when absent or JSON null), by its configured or default names. */
  JsonNode node(InputField field) {
    for (String name : settings.columnNames(field)) {
      JsonNode n = find(node, name);
      if (n != null && !n.isNull() && !n.isMissingNode()) {
        return n;
      }
    }
    return null;
  }

  /** A key of {@code o} ignoring case, else a dotted path of such keys; null when absent. */
  static JsonNode find(ObjectNode o, String name) {
    String n = name.strip();
    JsonNode direct = key(o, n);
    if (direct != null || n.indexOf('.') < 0) {
      return direct;
    }
    JsonNode at = o;
    for (String part : n.split("\\.", -1)) {
      if (!(at instanceof ObjectNode obj) || part.isEmpty()) {
        return null;
      }
      at = key(obj, part);
      if (at == null) {
        return null;
      }
    }
    return at;
  }

  private static JsonNode key(ObjectNode o, String name) {
    JsonNode exact = o.get(name);
    if (exact != null) {
      return exact;
    }
    Iterator<Map.Entry<String, JsonNode>> it = o.fields();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> e = it.next();
      if (e.getKey().equalsIgnoreCase(name)) {
        return e.getValue();
      }
    }
    return null;
  }
}
