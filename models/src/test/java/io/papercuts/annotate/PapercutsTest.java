package io.papercuts.annotate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.pii.PiiRedactor;
import io.papercuts.themes.ThemeMatcher;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The facade a plain-Java user calls: one text in, its judged sentences out. */
class PapercutsTest {

  @Test
  void judgesATextAsTheAnnotateStageDoes() {
    List<JudgedSentence> s = Papercuts.annotate(
        "Not a big deal, but the technician was two hours late and nobody called.",
        UnitContext.survey());
    assertEquals(1, s.size());
    assertTrue(s.get(0).verdict().complaint());
    assertTrue(s.get(0).verdict().quiet());
    assertEquals(List.of("technician_no_show"), s.get(0).themeIds());
  }

  @Test
  void theContextDecides() {
    String text = "The invoice had a typo in my name again and nobody fixed it.";
    JudgedSentence promoter = Papercuts.annotate(text, UnitContext.review(5)).get(0);
    JudgedSentence survey = Papercuts.annotate(text, UnitContext.survey()).get(0);
    assertTrue(promoter.verdict().complaint(), promoter.verdict().evidence().toString());
    assertTrue(survey.verdict().complaint(), survey.verdict().evidence().toString());
    // The rating is evidence of a promoter's grievance; the survey comment has none.
    assertTrue(promoter.verdict().evidence().contains("positive_document:rating=5"),
        promoter.verdict().evidence().toString());
    assertFalse(survey.verdict().evidence().stream().anyMatch(e -> e.contains("rating")),
        survey.verdict().evidence().toString());
  }

  @Test
  void redactsAndNormalisesAsIngestStoresTexts() {
    TextAnnotator a = Papercuts.annotator(ThemeMatcher.defaults(), new PiiRedactor());
    String stored = a.stored("  Mail me at jane.doe@example.com   please. ");
    assertFalse(stored.contains("jane.doe"), stored);
    assertFalse(stored.contains("  "), stored);
    assertTrue(a.annotate("   ", UnitContext.transcript()).isEmpty());
    assertTrue(a.annotate(null, UnitContext.transcript()).isEmpty());
  }

  @Test
  void aContextOutsideItsRangesIsRefusedNamingTheField() {
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new UnitContext("email", null, null)).getMessage().startsWith("source"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> UnitContext.review(6)).getMessage().startsWith("rating"));
    assertTrue(assertThrows(IllegalArgumentException.class,
        () -> new UnitContext("survey", null, 11)).getMessage().startsWith("nps"));
  }
}
