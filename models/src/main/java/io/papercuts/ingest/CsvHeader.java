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
  /** The file line of header row 1 (primary names) and of the row aliases come from. */
  private final int primaryLine;
  private final int aliasLine;

  private CsvHeader(List<List<String>> names, int primaryLine, int aliasLine) {
    this.names = names;
    this.primaryLine = primaryLine;
    this.aliasLine = aliasLine;
  }

  /**
   * From the header rows: 1 = plain, 2 = SurveyMonkey, 3 = Qualtrics.
   *
   * @param primaryLine the file line of header row 1
   * @param aliasLine the file line of header row 2 (SurveyMonkey sub-headers, Qualtrics question
   *     texts); unused for a one-row header
   */
  static CsvHeader of(List<List<String>> headerRows, int primaryLine, int aliasLine) {
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
    return new CsvHeader(List.copyOf(names), primaryLine, aliasLine);
  }

  int size() {
    return names.size();
  }

  /**
   * The column index of each field of {@code source} that is present.
   *
   * @throws MissingColumnException for a required or explicitly configured field with no column
   * @throws DuplicateColumnException when the name a field is read from is carried by more than
   *     one column: which one holds the data cannot be told, and reading only the first would
   *     lose the other silently
   */
  Map<InputField, Integer> resolve(String file, SourceKind source, IngestSettings settings) {
    Map<InputField, Integer> index = new EnumMap<>(InputField.class);
    for (InputField field : InputField.of(source)) {
      if (!field.isColumn()) {
        continue;
      }
      List<String> wanted = settings.columnNames(field);
      Match match = find(wanted);
      boolean required = settings.requiresColumn(field);
      if (match != null) {
        checkUnique(file, field, match);
        index.put(field, match.column());
      } else if (required || settings.isConfigured(field)) {
        throw new MissingColumnException(file, field.field(), "missing "
            + (required ? "required" : "configured") + " column for " + field.field()
            + " (looked for " + wanted + "; set " + field.settingKey()
            + " to the column that holds it); header has " + primaryNames());
      }
    }
    return index;
  }

  /**
   * The name a field's column was found by must be carried by that column alone, at the
   * priority it was found at (primary names, then aliases): otherwise which column holds the
   * field cannot be told.
   */
  private void checkUnique(String file, InputField field, Match match) {
    List<Integer> same = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      for (String c : candidates(i, match.pass())) {
        if (c.equalsIgnoreCase(match.name())) {
          same.add(i + 1);
          break;
        }
      }
    }
    if (same.size() > 1) {
      int line = match.pass() == 0 ? primaryLine : aliasLine;
      String name = names.get(match.column()).stream()
          .filter(c -> c.equalsIgnoreCase(match.name())).findFirst().orElse(match.name());
      throw new DuplicateColumnException(file, line, name, field.field(),
          "header line " + line + ": column name \"" + shorten(name) + "\" appears "
              + same.size() + " times (columns " + same + ") and field " + field.field()
              + " is read from it; papercuts cannot tell which column holds the data, so the"
              + " file is not read. Rename or remove the extra column, or set "
              + field.settingKey() + " to a name only one column has");
    }
  }

  /** A field's column, the wanted name that found it and the pass (0 primary, 1 alias). */
  private record Match(int column, String name, int pass) {
  }

  private Match find(List<String> wanted) {
    for (String want : wanted) {
      String w = want.strip().toLowerCase(Locale.ROOT);
      // Primary names (column ids) win over aliases (question texts) for the same wanted name.
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < names.size(); i++) {
          for (String c : candidates(i, pass)) {
            if (c.toLowerCase(Locale.ROOT).equals(w)) {
              return new Match(i, w, pass);
            }
          }
        }
      }
    }
    return null;
  }

  private List<String> candidates(int column, int pass) {
    List<String> n = names.get(column);
    int split = Math.min(1, n.size());
    return pass == 0 ? n.subList(0, split) : n.subList(split, n.size());
  }

  private static String shorten(String name) {
    return name.length() > 60 ? name.substring(0, 60) + "..." : name;
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
