package io.papercuts.ingest;

/** Read access to one tabular record (a CSV row or a JSON object) by logical field. */
interface RecordFields {

  /** The field's value, stripped; null when the column/key is absent, null or blank. */
  String get(InputField field);

  /** Whether the record has the column/key at all (a CSV row always has its header's columns). */
  boolean has(InputField field);

  /** The field as named in a quarantine reason, e.g. {@code rating}, {@code turns[2].speaker}. */
  default String label(InputField field) {
    return field.field();
  }
}
