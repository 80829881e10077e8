package io.papercuts.ingest;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The columns of a CSV file, each with the names it answers to (matched case-insensitively,
 * stripped): plain CSV, the header row; Qualtrics, the column id (row 1) and the question text
 * (row 2); SurveyMonkey, the question text (row 1) and {@code question - sub-header} (a
 * sub-column whose row-1 cell is empty is named after the question to its left). Immutable.
 */
final class CsvHeader {

  private final List<List<String>> names;

  private CsvHeader(List<List<String>> names) {
    this.names = names;
  }

  /** From the header rows: 1 = plain, 2 = SurveyMonkey, 3 = Qualtrics. */
  static CsvHeader of(List<List<String>> headerRows) {
    List<String> first = headerRows.get(0);
    List<List<String>> names = new ArrayList<>();
    String question = "";
    for (int i = 0; i < first.size(); i++) {
      String top = first.get(i).strip();
      List<String> columnNames = new ArrayList<>();
      if (headerRows.size() == 2) {
        String sub = cell(headerRows.get(1), i);
        if (!top.isEmpty()) {
          question = top;
          columnNames.add(top);
        }
        if (!sub.isEmpty() && !question.isEmpty()) {
          columnNames.add(question + " - " + sub);
        }
      } else {
        columnNames.add(top);
        if (headerRows.size() == 3) {
          String text = cell(headerRows.get(1), i);
          if (!text.isEmpty()) {
            columnNames.add(text);
          }
        }
      }
      names.add(List.copyOf(columnNames));
    }
    return new CsvHeader(List.copyOf(names));
  }

  int size() {
    return names.size();
  }

  /**
   * The column index of each field of {@code source} that is present.
   *
   * @throws MissingColumnException for a required or explicitly configured field with no column
   */
  Map<InputField, Integer> resolve(String file, SourceKind source, IngestSettings settings) {
    Map<InputField, Integer> index = new EnumMap<>(InputField.class);
    for (InputField field : InputField.of(source)) {
      List<String> wanted = settings.columnNames(field);
      int column = find(wanted);
      if (column >= 0) {
        index.put(field, column);
      } else if (field.required() || settings.isConfigured(field)) {
        throw new MissingColumnException(file, field.field(), "missing "
            + (field.required() ? "required" : "configured") + " column for " + field.field()
            + " (looked for " + wanted + "; set " + field.settingKey()
            + " to the column that holds it); header has " + primaryNames());
      }
    }
    return index;
  }

  private int find(List<String> wanted) {
    for (String want : wanted) {
      String w = want.strip().toLowerCase(Locale.ROOT);
      // Primary names (column ids) win over aliases (question texts) for the same wanted name.
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < names.size(); i++) {
          List<String> n = names.get(i);
          List<String> candidates = pass == 0 ? n.subList(0, Math.min(1, n.size()))
              : n.subList(Math.min(1, n.size()), n.size());
          for (String c : candidates) {
            if (c.toLowerCase(Locale.ROOT).equals(w)) {
              return i;
            }
          }
        }
      }
    }
    return -1;
  }

  private List<String> primaryNames() {
    List<String> out = new ArrayList<>();
    for (List<String> n : names) {
      if (!n.isEmpty()) {
        out.add(n.get(0).length() > 60 ? n.get(0).substring(0, 60) + "..." : n.get(0));
      }
    }
    return out;
  }

  private static String cell(List<String> row, int i) {
    return i < row.size() ? row.get(i).strip() : "";
  }
}
