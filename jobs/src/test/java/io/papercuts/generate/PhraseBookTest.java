package io.papercuts.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class PhraseBookTest {

  @Test
  void everyThemeHasAtLeastTwelveCoreTemplates() {
    PhraseBook book = PhraseBook.standard();
    for (Theme theme : Theme.values()) {
      assertTrue(book.size("core." + theme.id()) >= 12,
          theme.id() + " has " + book.size("core." + theme.id()) + " core templates");
    }
    for (String frame : List.of("frame.hedged", "frame.mitigated", "frame.contrast", "frame.loud")) {
      assertTrue(book.size(frame) >= 8, frame);
    }
    assertTrue(book.has("mild.price") && book.has("mild.competitor"));
  }

  @Test
  void everyTemplateOfTheStandardBookExpands() {
    PhraseBook book = PhraseBook.standard();
    SplittableRandom rng = new SplittableRandom(1);
    Map<String, String> bound = Map.of("core", "CORE", "me", "Priya", "stars", "4");
    for (Theme theme : Theme.values()) {
      for (int i = 0; i < 200; i++) {
        String core = book.pick("core." + theme.id(), rng, bound);
        assertTrue(!core.isBlank() && !core.contains("{") && !core.contains("}"), core);
      }
    }
    for (int i = 0; i < 200; i++) {
      assertTrue(book.pick("frame.contrast", rng, bound).contains("CORE"));
    }
  }

  @Test
  void unknownSlotsAndEmptySectionsAreRejectedAtLoad() {
    assertThrows(IllegalArgumentException.class,
        () -> PhraseBook.parse(List.of("[core.x]", "I got {$nothing}")));
    assertThrows(IllegalArgumentException.class, () -> PhraseBook.parse(List.of("[a]", "[b]", "x")));
    assertThrows(IllegalArgumentException.class, () -> PhraseBook.parse(List.of("orphan line")));
    PhraseBook book = PhraseBook.parse(List.of("# comment", "[slot.n]", "two", "", "[s]", "{$n} times"));
    assertEquals("two times", book.pick("s", new SplittableRandom(3)));
    assertThrows(IllegalArgumentException.class, () -> book.pick("missing", new SplittableRandom(3)));
  }
}
