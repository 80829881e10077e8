package io.papercuts.cues;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The word lists behind {@link CueDetector}, read from CSV with the header {@code type,phrase,note}
 * ({@code note} optional). Lines starting with {@code #} are comments. The defaults are the
 * resource {@code io/papercuts/cues/cue-lexicon.csv}; the phrase syntax is described there and in
 * {@link PhrasePattern}.
 *
 * <p>A user file can replace the defaults ({@link #fromFile}) or extend them
 * ({@code defaults().extendedWith(fromFile(p))}); in an extending file a type written with a
 * leading minus ({@code -friction,small,}) removes that default entry. An unknown type, an unknown
 * column or a phrase without a word is an error naming the file and line.
 *
 * <p>Immutable and thread-safe.
 */
public final class CueLexicon {

  /** What an entry does. The first seven become {@link CueType}s; the rest steer matching. */
  public enum EntryType {
    MINIMIZER, CONTRAST, EFFORT, BREACH, FRICTION, PRAISE, INTENSIFIER,
    /** An expected event that is a breach only when negated ("work": "didn't work"). */
    UNMET,
    /** Opens a negation scope ("not", "never", "no one"). */
    NEGATOR,
    /** An idiom whose words count as no cue and no negation ("not only", "nothing but"). */
    IGNORE;

    String label() {
      return name().toLowerCase(Locale.ROOT);
    }

    /** The cue type this entry reports when matched, or null for the steering types. */
    CueType cueType() {
      return switch (this) {
        case UNMET, NEGATOR, IGNORE -> null;
        default -> CueType.valueOf(name());
      };
    }
  }

  /** One lexicon row. */
  public record Entry(EntryType type, String phrase, String note) {
  }

  /** A compiled entry. */
  record Compiled(Entry entry, PhrasePattern pattern) {
  }

  private static final String DEFAULT_RESOURCE = "cue-lexicon.csv";
  private static final Set<String> COLUMNS = Set.of("type", "phrase", "note");

  private final List<Entry> entries;
  private final Set<Entry> removals;
  private final Map<String, List<Compiled>> byFirstForm;
  private final List<Compiled> anyFirst;

  private CueLexicon(List<Entry> entries, Set<Entry> removals) {
    this.entries = List.copyOf(new LinkedHashSet<>(entries));
    this.removals = Set.copyOf(removals);
    Map<String, List<Compiled>> index = new HashMap<>();
    List<Compiled> any = new ArrayList<>();
    for (Entry e : this.entries) {
      Compiled c = new Compiled(e, PhrasePattern.compile(e.phrase()));
      String first = c.pattern().firstForm();
      if (first == null) {
        any.add(c);
      } else {
        index.computeIfAbsent(first, k -> new ArrayList<>()).add(c);
      }
    }
    index.replaceAll((k, v) -> List.copyOf(v));
    this.byFirstForm = Map.copyOf(index);
    this.anyFirst = List.copyOf(any);
  }

  /** The lexicon shipped with papercuts. */
  public static CueLexicon defaults() {
    return Defaults.INSTANCE;
  }

  private static final class Defaults {
    private static final CueLexicon INSTANCE = loadDefaults();
  }

  private static CueLexicon loadDefaults() {
    try (InputStream in = CueLexicon.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("missing resource io/papercuts/cues/" + DEFAULT_RESOURCE);
      }
      return fromCsv(new InputStreamReader(in, StandardCharsets.UTF_8), DEFAULT_RESOURCE);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a lexicon file (UTF-8). */
  public static CueLexicon fromFile(Path file) {
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return fromCsv(r, file.toString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read cue lexicon " + file, e);
    }
  }

  /** Reads a lexicon from CSV; {@code origin} names the source in error messages. */
  public static CueLexicon fromCsv(Reader csv, String origin) {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').setIgnoreEmptyLines(true).setTrim(true).build();
    List<Entry> entries = new ArrayList<>();
    Set<Entry> removals = new LinkedHashSet<>();
    try (CSVParser parser = format.parse(csv)) {
      List<String> header = parser.getHeaderNames();
      for (String h : header) {
        if (!COLUMNS.contains(h.toLowerCase(Locale.ROOT))) {
          throw new IllegalArgumentException(origin + ": unknown column '" + h
              + "' (expected type,phrase,note)");
        }
      }
      if (!header.contains("type") || !header.contains("phrase")) {
        throw new IllegalArgumentException(origin + ": header must name columns type and phrase");
      }
      for (CSVRecord rec : parser) {
        String where = origin + " line " + rec.getParser().getCurrentLineNumber();
        if (rec.size() > header.size()) {
          // An unquoted comma in a phrase or note: the rest of the row would be dropped silently.
          throw new IllegalArgumentException(where + ": " + rec.size() + " fields, the header "
              + "names " + header.size() + " (" + String.join(",", header) + "); quote a phrase "
              + "or note that contains a comma");
        }
        String type = rec.get("type").toLowerCase(Locale.ROOT);
        String phrase = rec.get("phrase");
        String note = header.contains("note") && rec.isSet("note") ? rec.get("note") : "";
        boolean remove = type.startsWith("-");
        Entry e = new Entry(parseType(remove ? type.substring(1) : type, where), phrase, note);
        try {
          PhrasePattern.compile(phrase);
        } catch (IllegalArgumentException ex) {
          throw new IllegalArgumentException(where + ": " + ex.getMessage(), ex);
        }
        if (remove) {
          removals.add(new Entry(e.type(), e.phrase(), ""));
        } else {
          entries.add(e);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      throw new IllegalArgumentException("cannot read cue lexicon " + origin + ": " + e.getMessage(), e);
    }
    return new CueLexicon(entries, removals);
  }

  private static EntryType parseType(String type, String where) {
    for (EntryType t : EntryType.values()) {
      if (t.label().equals(type)) {
        return t;
      }
    }
    throw new IllegalArgumentException(where + ": unknown cue type '" + type + "' (expected one of "
        + Arrays.stream(EntryType.values()).map(EntryType::label).toList() + ")");
  }

  /**
   * This lexicon plus {@code other}'s entries, without the entries {@code other} removes (rows
   * typed {@code -type}); a removal matches type and phrase, ignoring the note.
   */
  public CueLexicon extendedWith(CueLexicon other) {
    List<Entry> merged = new ArrayList<>();
    for (Entry e : entries) {
      if (!other.removals.contains(new Entry(e.type(), e.phrase(), ""))) {
        merged.add(e);
      }
    }
    merged.addAll(other.entries);
    return new CueLexicon(merged, Set.of());
  }

  /** Entries in file order, without duplicates. */
  public List<Entry> entries() {
    return entries;
  }

  /** Entries whose phrase may start with a unit having this word or lemma. */
  List<Compiled> candidates(String form) {
    return byFirstForm.getOrDefault(form, List.of());
  }

  /** Entries whose phrase starts with a number, tried at every unit. */
  List<Compiled> anyStart() {
    return anyFirst;
  }
}
