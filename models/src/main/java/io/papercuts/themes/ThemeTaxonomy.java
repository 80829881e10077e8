package io.papercuts.themes;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.DuplicateHeaderMode;

/**
 * The theme taxonomy: an editable CSV, one theme per row, with stable ids. The bundled seed is
 * {@code io/papercuts/themes/taxonomy.csv}; a user file with the same columns may replace it.
 *
 * <p>Columns (header row required, names case-insensitive, any order): {@code theme_id},
 * {@code kind} ({@code papercut} or {@code stated}), {@code label} and {@code rules} are required;
 * {@code description}, {@code stated_keywords} ({@code |}-list) and {@code aspects} ({@code
 * |}-list of lemmatised keyphrases the theme covers, used by {@link ThemeDiscovery}) are optional.
 * {@code rules} holds one or more {@link MatchRule}s separated by {@code ;} or new lines. Lines
 * starting with {@code #} are comments.
 *
 * <p>Loading fails with an {@link IllegalArgumentException} naming the source and line for an
 * unknown or missing column, a bad or duplicate id, an unknown kind, an empty label, a theme
 * without rules or a rule that does not parse. Ids are snake_case and must not start with
 * {@code d_}, which is reserved for discovered themes.
 *
 * <p>Immutable and thread-safe.
 */
public final class ThemeTaxonomy implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_RESOURCE = "taxonomy.csv";

  static final List<String> REQUIRED_COLUMNS = List.of("theme_id", "kind", "label", "rules");
  static final List<String> OPTIONAL_COLUMNS = List.of("description", "stated_keywords", "aspects");

  private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]{0,63}");

  private final List<ThemeDefinition> themes;
  /** SHA-256 (hex) of the CSV text(s) this taxonomy was read from: what caches key on. */
  private final String contentHash;

  private ThemeTaxonomy(List<ThemeDefinition> themes, String contentHash) {
    this.themes = List.copyOf(themes);
    this.contentHash = contentHash;
  }

  /** The bundled seed taxonomy. */
  public static ThemeTaxonomy defaults() {
    return Seed.INSTANCE;
  }

  private static final class Seed {
    private static final ThemeTaxonomy INSTANCE = loadResource();

    private static ThemeTaxonomy loadResource() {
      try (InputStream in = ThemeTaxonomy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("missing resource io/papercuts/themes/" + DEFAULT_RESOURCE);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8),
            "io/papercuts/themes/" + DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Loads a user taxonomy file (UTF-8). */
  public static ThemeTaxonomy load(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parse(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read taxonomy " + file, e);
    }
  }

  /** Parses taxonomy CSV text; {@code source} names it in error messages. */
  public static ThemeTaxonomy parse(Reader in, String source) throws IOException {
    StringBuilder text = new StringBuilder();
    char[] buf = new char[8192];
    for (int n; (n = in.read(buf)) > 0; ) {
      text.append(buf, 0, n);
    }
    return parse(text.toString(), source);
  }

  /** Parses taxonomy CSV text; {@code source} names it in error messages. */
  public static ThemeTaxonomy parse(String text, String source) throws IOException {
    Reader in = new java.io.StringReader(text);
    CSVFormat format = CSVFormat.RFC4180.builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .setCommentMarker('#')
        .setIgnoreSurroundingSpaces(true)
        .setIgnoreEmptyLines(true)
        .setAllowMissingColumnNames(false)
        .setDuplicateHeaderMode(DuplicateHeaderMode.ALLOW_ALL)
        .build();
    try (CSVParser parser = format.parse(in)) {
      Map<String, String> columns = checkHeader(parser.getHeaderNames(), source);
      Map<String, ThemeDefinition> byId = new LinkedHashMap<>();
      long previousEnd = parser.getCurrentLineNumber();
      for (CSVRecord rec : parser) {
        // The record's own line: the first after the previous record and any comment lines.
        long line = previousEnd + 1
            + (rec.getComment() == null ? 0 : rec.getComment().split("\n", -1).length);
        previousEnd = parser.getCurrentLineNumber();
        ThemeDefinition def;
        try {
          def = toDefinition(rec, columns);
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException(source + " line " + line + ": " + e.getMessage(), e);
        }
        if (byId.putIfAbsent(def.id(), def) != null) {
          throw new IllegalArgumentException(
              source + " line " + line + ": duplicate theme_id '" + def.id() + "'");
        }
      }
      if (byId.isEmpty()) {
        throw new IllegalArgumentException(source + ": no themes");
      }
      return new ThemeTaxonomy(new ArrayList<>(byId.values()), sha256(text));
    } catch (IllegalStateException | UncheckedIOException e) {
      // Commons CSV reports malformed quoting and duplicate headers this way.
      throw new IllegalArgumentException(source + ": " + e.getMessage(), e);
    }
  }

  /** Canonical column name -> header as written. */
  private static Map<String, String> checkHeader(List<String> header, String source) {
    Map<String, String> columns = new LinkedHashMap<>();
    for (String h : header) {
      String name = h.strip().toLowerCase(Locale.ROOT);
      if (!REQUIRED_COLUMNS.contains(name) && !OPTIONAL_COLUMNS.contains(name)) {
        throw new IllegalArgumentException(source + " line 1: unknown column '" + h
            + "' (known: " + String.join(", ", REQUIRED_COLUMNS) + ", "
            + String.join(", ", OPTIONAL_COLUMNS) + ")");
      }
      if (columns.put(name, h) != null) {
        throw new IllegalArgumentException(source + " line 1: column '" + name + "' given twice");
      }
    }
    for (String required : REQUIRED_COLUMNS) {
      if (!columns.containsKey(required)) {
        throw new IllegalArgumentException(
            source + " line 1: missing required column '" + required + "'");
      }
    }
    return columns;
  }

  private static ThemeDefinition toDefinition(CSVRecord rec, Map<String, String> columns) {
    if (!rec.isConsistent()) {
      throw new IllegalArgumentException("expected " + columns.size() + " fields, found "
          + rec.size());
    }
    String id = cell(rec, columns, "theme_id");
    if (!ID.matcher(id).matches()) {
      throw new IllegalArgumentException("theme_id '" + id
          + "' must be snake_case: a lower-case letter, then letters, digits or '_'");
    }
    if (id.startsWith(DiscoveredTheme.ID_PREFIX)) {
      throw new IllegalArgumentException("theme_id '" + id + "' must not start with '"
          + DiscoveredTheme.ID_PREFIX + "' (reserved for discovered themes)");
    }
    ThemeKind kind = ThemeKind.parse(cell(rec, columns, "kind"));
    String label = cell(rec, columns, "label");
    if (label.isEmpty()) {
      throw new IllegalArgumentException("theme " + id + " has an empty label");
    }
    List<MatchRule> rules = new ArrayList<>();
    for (String r : cell(rec, columns, "rules").split("[;\\n]")) {
      if (!r.isBlank()) {
        rules.add(MatchRule.parse(r));
      }
    }
    if (rules.isEmpty()) {
      throw new IllegalArgumentException("theme " + id + " has no rules");
    }
    return new ThemeDefinition(id, kind, label, cell(rec, columns, "description"),
        list(cell(rec, columns, "stated_keywords"), "stated_keywords"),
        list(cell(rec, columns, "aspects"), "aspects"), rules);
  }

  private static String cell(CSVRecord rec, Map<String, String> columns, String name) {
    String header = columns.get(name);
    return header == null ? "" : rec.get(header).strip();
  }

  /** A {@code |}-list, lower-cased, inner whitespace collapsed; "" is the empty list. */
  private static List<String> list(String cell, String column) {
    if (cell.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String item : cell.split("\\|", -1)) {
      String v = item.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
      if (v.isEmpty()) {
        throw new IllegalArgumentException("empty item in " + column + " '" + cell + "'");
      }
      out.add(v);
    }
    return out;
  }

  /**
   * This taxonomy with a user's: {@code EXTEND} keeps this one's themes, a user theme of the same
   * id taking its place, and appends the user's other themes; {@code REPLACE} is the user's alone.
   */
  public ThemeTaxonomy combinedWith(ThemeTaxonomy user, ThemeSettings.Mode mode) {
    if (mode == ThemeSettings.Mode.REPLACE) {
      return user;
    }
    Map<String, ThemeDefinition> byId = new LinkedHashMap<>();
    for (ThemeDefinition t : themes) {
      byId.put(t.id(), t);
    }
    for (ThemeDefinition t : user.themes) {
      byId.put(t.id(), t);
    }
    return new ThemeTaxonomy(new ArrayList<>(byId.values()),
        sha256(contentHash + "+" + user.contentHash));
  }

  /** A hash of the text this taxonomy came from; equal text, equal hash. */
  public String contentHash() {
    return contentHash;
  }

  private static String sha256(String text) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256")
          .digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  /** Themes in file order. */
  public List<ThemeDefinition> themes() {
    return themes;
  }

  public Optional<ThemeDefinition> find(String id) {
    for (ThemeDefinition t : themes) {
      if (t.id().equals(id)) {
        return Optional.of(t);
      }
    }
    return Optional.empty();
  }

  /** Theme ids in file order. */
  public List<String> ids() {
    List<String> ids = new ArrayList<>(themes.size());
    for (ThemeDefinition t : themes) {
      ids.add(t.id());
    }
    return List.copyOf(ids);
  }

  /** Ids of the given kind, in file order. */
  public Set<String> idsOfKind(ThemeKind kind) {
    Set<String> out = new LinkedHashSet<>();
    for (ThemeDefinition t : themes) {
      if (t.kind() == kind) {
        out.add(t.id());
      }
    }
    return Collections.unmodifiableSet(out);
  }
}
