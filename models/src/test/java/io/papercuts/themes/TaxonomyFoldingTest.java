package io.papercuts.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TaxonomyFoldingTest {

  private static final List<ThemeDefinition> TAXONOMY = ThemeTaxonomy.defaults().themes();

  @Test
  void aPieceOfATaxonomyThemeFoldsIntoIt() {
    assertEquals(Optional.of("renewal_cancellation"), TaxonomyFolding.themeFor(
        List.of("pushing", "wanted", "kept", "cancelling", "cancel"), TAXONOMY));
    assertEquals(Optional.of("price"), TaxonomyFolding.themeFor(
        List.of("fees", "fee", "paying", "charge", "charges"), TAXONOMY));
  }

  @Test
  void issuesTheTaxonomyDoesNotNameStayDiscovered() {
    for (List<String> terms : List.of(List.of("chat", "button", "pay", "bubble", "checkout"),
        List.of("widget", "balance", "screen", "app", "open"),
        List.of("language", "app", "german", "english", "back"),
        List.of("refund", "credit", "refunds", "item", "back"),
        List.of("cold", "arrives", "late", "soggy", "took"))) {
      assertEquals(Optional.empty(), TaxonomyFolding.themeFor(terms, TAXONOMY), terms::toString);
    }
    assertEquals(Optional.empty(), TaxonomyFolding.themeFor(List.of(), TAXONOMY));
  }

  @Test
  void wordsMatchOnTheirStemNotOnShortPrefixes() {
    assertTrue(TaxonomyFolding.sameWord("cancel", "cancellation"));
    assertTrue(TaxonomyFolding.sameWord("install", "installer"));
    assertTrue(TaxonomyFolding.sameWord("fees", "fee"));
    assertTrue(TaxonomyFolding.sameWord("pricing", "price"));
    assertFalse(TaxonomyFolding.sameWord("app", "appointment"));
    assertFalse(TaxonomyFolding.sameWord("pay", "payment"));
    assertTrue(TaxonomyFolding.covers("late fee", "fee"));
    assertFalse(TaxonomyFolding.covers("account", "account manager"));
  }
}
