package io.papercuts.ingest;

import java.util.List;
import java.util.Map;

/** One well-formed CSV row seen through the resolved column index. */
final class CsvFields implements RecordFields {

  private final Map<InputField, Integer> index;
  private final List<String> values;

  CsvFields(Map<InputField, Integer> index, List<String> values) {
    this.index = index;
    this.values = values;
  }

  @Override
  public String get(InputField field) {
    Integer i = index.get(field);
    if (i == null) {
      return null;
    }
    String v = values.get(i).strip();
    return v.isEmpty() ? null : v;
  }

  @Override
  public boolean has(InputField field) {
    return index.containsKey(field);
  }
}
