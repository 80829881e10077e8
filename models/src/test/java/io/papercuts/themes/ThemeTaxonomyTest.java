package io.papercuts.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Loading and validating taxonomy CSV files; fixtures in ThemeTaxonomyTest/. */
class ThemeTaxonomyTest {

  private static Path fixture(String name) {
    try {
      return Path.of(ThemeTaxonomyTest.class.getResource("/ThemeTaxonomyTest/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String loadError(String name) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> ThemeTaxonomy.load(fixture(name)));
    return e.getMessage();
  }

  @Test
  void seedHasTheThemeIdsTheRestOfTheSystemUses() {
    ThemeTaxonomy t = ThemeTaxonomy.defaults();
    assertEquals(List.of("duplicate_marketing", "hold_time", "transfers", "callback_missed",
        "renewal_cancellation", "billing_error", "login_password", "setup_glitch",
        "delivery_notification", "packaging_damage", "technician_no_show", "name_typo",
        "account_manager_change", "update_download", "price", "competitor"), t.ids());
    assertEquals(Set.of("price", "competitor"), t.idsOfKind(ThemeKind.STATED));
    for (ThemeDefinition d : t.themes()) {
      assertTrue(!d.label().isBlank() && !d.description().isBlank(), d.id());
      assertTrue(d.rules().size() >= 2, () -> d.id() + " should say it more than one way");
    }
    assertEquals(List.of("customer service", "support"),
        t.find("transfers").orElseThrow().statedKeywords());
  }

  @Test
  void loadsAUserFileWithCommentsAnyColumnOrderAndMultiLineRules() {
    ThemeTaxonomy t = ThemeTaxonomy.load(fixture("valid.csv"));
    assertEquals(List.of("wifi_drop", "price"), t.ids());
    ThemeDefinition wifi = t.find("wifi_drop").orElseThrow();
    assertEquals(ThemeKind.PAPERCUT, wifi.kind());
    assertEquals("Wi-Fi drops", wifi.label());
    assertEquals(2, wifi.rules().size());
    assertEquals("{disconnect*} {wifi|router}", wifi.rules().get(1).source());
    assertEquals(List.of(), wifi.statedKeywords());
    assertEquals("", wifi.description());
  }

  @Test
  void rejectsUnknownColumn() {
    String m = loadError("unknown-column.csv");
    assertTrue(m.contains("unknown column 'colour'") && m.contains("line 1"), m);
  }

  @Test
  void rejectsMissingColumn() {
    assertTrue(loadError("missing-column.csv").contains("missing required column 'kind'"));
  }

  @Test
  void rejectsDuplicateIdNamingTheLine() {
    String m = loadError("duplicate-id.csv");
    assertTrue(m.contains("line 4") && m.contains("duplicate theme_id 'a'"), m);
  }

  @Test
  void rejectsEmptyRulesNamingTheLine() {
    String m = loadError("empty-rules.csv");
    assertTrue(m.contains("empty-rules.csv line 3") && m.contains("theme b has no rules"), m);
  }

  @Test
  void rejectsABadRuleNamingTheLine() {
    String m = loadError("bad-rule.csv");
    assertTrue(m.contains("line 3") && m.contains("unexpected 'email|spam'"), m);
  }

  @Test
  void rejectsBadKindIdLabelAndItems() {
    assertTrue(loadError("bad-kind.csv").contains("unknown kind 'loud'"));
    assertTrue(loadError("bad-id.csv").contains("must be snake_case"));
    assertTrue(loadError("reserved-id.csv").contains("reserved for discovered themes"));
    assertTrue(loadError("empty-label.csv").contains("empty label"));
    assertTrue(loadError("no-themes.csv").contains("no themes"));
    assertTrue(loadError("empty-item.csv").contains("empty item in stated_keywords"));
    assertTrue(loadError("unclosed-quote.csv").contains("unclosed-quote.csv"));
  }

  @Test
  void survivesJavaSerializationForSparkBroadcast() throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(ThemeMatcher.defaults());
    }
    try (ObjectInputStream in = new ObjectInputStream(
        new ByteArrayInputStream(bytes.toByteArray()))) {
      ThemeMatcher copy = (ThemeMatcher) in.readObject();
      assertEquals(ThemeTaxonomy.defaults().ids(), copy.taxonomy().ids());
      assertEquals(1, copy.match("I was on hold for an hour",
          java.util.List.of(new io.papercuts.nlp.Token("I", "i", "PRP", 0, 1),
              new io.papercuts.nlp.Token("was", "be", "VBD", 2, 5),
              new io.papercuts.nlp.Token("on", "on", "IN", 6, 8),
              new io.papercuts.nlp.Token("hold", "hold", "NN", 9, 13),
              new io.papercuts.nlp.Token("for", "for", "IN", 14, 17),
              new io.papercuts.nlp.Token("an", "a", "DT", 18, 20),
              new io.papercuts.nlp.Token("hour", "hour", "NN", 21, 25))).size());
    }
  }
}
