package io.papercuts.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.cues.CueLexicon.Entry;
import io.papercuts.cues.CueLexicon.EntryType;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading, validating and combining lexicon files. */
class CueLexiconTest {

  private static CueLexicon csv(String text) {
    return CueLexicon.fromCsv(new StringReader(text), "test.csv");
  }

  @Test
  void defaultsCoverEveryType() {
    Set<EntryType> types = CueLexicon.defaults().entries().stream().map(Entry::type)
        .collect(Collectors.toCollection(() -> EnumSet.noneOf(EntryType.class)));
    assertEquals(EnumSet.allOf(EntryType.class), types);
    assertTrue(CueLexicon.defaults().entries()
        .contains(new Entry(EntryType.BREACH, "never heard back", "")));
  }

  @Test
  void readsQuotedPhrasesNotesAndComments() {
    CueLexicon lex = csv("type,phrase,note\n# a comment\ncontrast,\", until\",\"quoted, note\"\n"
        + "\nFRICTION, paywall \n");
    assertEquals(2, lex.entries().size());
    assertEquals(new Entry(EntryType.CONTRAST, ", until", "quoted, note"), lex.entries().get(0));
    assertEquals(new Entry(EntryType.FRICTION, "paywall", ""), lex.entries().get(1));
  }

  @Test
  void unknownTypeNamesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> csv("type,phrase,note\nfriction,late,\nfrication,slow,\n"));
    assertTrue(e.getMessage().contains("test.csv line 3"), e.getMessage());
    assertTrue(e.getMessage().contains("frication"), e.getMessage());
  }

  @Test
  void anUnquotedCommaThatAddsAFieldNamesTheLine() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> csv("type,phrase,note\nfriction,late,\ncontrast,^ still ,,a note\n"));
    assertTrue(e.getMessage().contains("test.csv line 3: 4 fields"), e.getMessage());
    // Fewer fields than the header is fine: the note is optional.
    assertEquals(new Entry(EntryType.FRICTION, "late", ""),
        csv("type,phrase,note\nfriction,late\n").entries().get(0));
  }

  @Test
  void unknownColumnAndWordlessPhraseAreErrors() {
    assertThrows(IllegalArgumentException.class, () -> csv("type,phrase,weight\nfriction,late,1\n"));
    assertThrows(IllegalArgumentException.class, () -> csv("phrase\nlate\n"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> csv("type,phrase\neffort,... again\n"));
    assertTrue(e.getMessage().contains("line 2"), e.getMessage());
  }

  @Test
  void extensionAddsAndRemoves(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.csv");
    Files.writeString(file, "type,phrase,note\nfriction,paywall,ours\n-friction,small,\n");
    CueLexicon merged = CueLexicon.defaults().extendedWith(CueLexicon.fromFile(file));
    assertTrue(merged.entries().contains(new Entry(EntryType.FRICTION, "paywall", "ours")));
    assertFalse(merged.entries().stream()
        .anyMatch(e -> e.type() == EntryType.FRICTION && e.phrase().equals("small")));
    assertTrue(merged.entries().stream()
        .anyMatch(e -> e.type() == EntryType.MINIMIZER && e.phrase().equals("small thing")));
    assertEquals(CueLexicon.defaults().entries().size(), merged.entries().size());
  }

  @Test
  void aFileAloneReplacesTheDefaults(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("only.csv");
    Files.writeString(file, "type,phrase\nbreach,never heard back\n");
    assertEquals(1, CueLexicon.fromFile(file).entries().size());
  }
}
