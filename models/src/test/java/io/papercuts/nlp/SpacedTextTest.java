package io.papercuts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class SpacedTextTest {

  @Test
  void ordinaryTextIsPassedThroughAsItIs() {
    String text = "The router drops https://example.com/status?id=42 every night.";
    SpacedText s = SpacedText.of(text);
    assertSame(text, s.text());
    assertTrue(s.unchanged());
    assertEquals(17, s.toOriginal(17));
  }

  @Test
  void emptyTextIsUnchanged() {
    assertTrue(SpacedText.of("").unchanged());
  }

  @Test
  void longRunsAreBrokenAndOffsetsMapBack() {
    String run = "x".repeat(250);
    String text = "ok " + run + " end";
    SpacedText s = SpacedText.of(text);
    assertFalse(s.unchanged());
    assertEquals(text.length() + 2, s.text().length());
    // Removing the inserted spaces gives the original back.
    assertEquals(text, s.text().replace("x x", "xx"));
    // Every char of the spaced text that is not an inserted space maps to the same char.
    for (int i = 0; i < s.text().length(); i++) {
      int o = s.toOriginal(i);
      if (!(s.text().charAt(i) == ' ' && text.charAt(o) != ' ')) {
        assertEquals(text.charAt(o), s.text().charAt(i), "at " + i);
      }
    }
    assertEquals(text.length(), s.toOriginal(s.text().length()));
  }

  @Test
  void noRunLongerThanTheLimitRemains() {
    String text = "😀👍🏽🇫🇷".repeat(2000);
    SpacedText s = SpacedText.of(text);
    int run = 0;
    int longest = 0;
    for (char c : s.text().toCharArray()) {
      run = c == ' ' ? 0 : run + 1;
      longest = Math.max(longest, run);
    }
    assertTrue(longest <= SpacedText.MAX_RUN_CHARS + 1, "longest run " + longest);
  }

  @Test
  void surrogatePairsAreNeverCut() {
    String text = "😀".repeat(500);
    String spaced = SpacedText.of(text).text();
    for (int i = 0; i < spaced.length(); i++) {
      if (spaced.charAt(i) == ' ') {
        assertTrue(Character.isHighSurrogate(spaced.charAt(i + 1)), "space before a high half");
      }
    }
    assertEquals(text, spaced.replace(" ", ""));
  }
}
