package io.papercuts.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Stable ids for discovered themes and the choice of discovered themes. */
class ThemeDiscoveryTest {

  private final ThemeMatcher seed = ThemeMatcher.defaults();

  @Test
  void idsAreStableSlugsOfTheNormalisedPhrase() {
    assertEquals("d_remote_control", DiscoveredTheme.idFor("remote control"));
    assertEquals("d_remote_control", DiscoveredTheme.idFor("The Remote  Control"));
    assertEquals("d_app", DiscoveredTheme.idFor("the app"));
    assertEquals("d_wi_fi", DiscoveredTheme.idFor("Wi-Fi"));
    assertEquals("d_cafe_menu", DiscoveredTheme.idFor("café menu"));
    assertEquals("Remote control", DiscoveredTheme.labelFor("the remote control"));
    assertEquals("app", DiscoveredTheme.normalise("  The APP! "));
    assertEquals("the", DiscoveredTheme.normalise("the"));
  }

  @Test
  void longPhrasesGetAShortHashSuffix() {
    String a = DiscoveredTheme.idFor("very long outdoor wireless mesh satellite unit power adapter");
    String b = DiscoveredTheme.idFor("very long outdoor wireless mesh satellite unit power cable");
    assertTrue(a.length() <= DiscoveredTheme.ID_PREFIX.length() + DiscoveredTheme.MAX_SLUG, a);
    assertTrue(a.matches("d_[a-z0-9_]+_[0-9a-f]{6}"), a);
    assertTrue(!a.equals(b), a + " vs " + b);
    assertEquals(a, DiscoveredTheme.idFor("Very long outdoor wireless mesh satellite unit power adapter"));
    assertTrue(DiscoveredTheme.idFor("路由器").matches("d_[0-9a-f]{6}"));
    assertThrows(IllegalArgumentException.class, () -> DiscoveredTheme.idFor(" - "));
  }

  @Test
  void choosesFrequentUncoveredPhrasesAndFoldsNearDuplicates() {
    Map<String, Long> counts = new LinkedHashMap<>();
    counts.put("remote control", 40L);
    counts.put("the remote control", 12L);
    counts.put("remote", 25L);
    counts.put("remote control battery", 9L);
    counts.put("wi-fi", 30L);
    counts.put("wifi", 18L);
    counts.put("dark mode", 14L);
    counts.put("mode dark", 3L);
    counts.put("hold time", 80L);
    counts.put("marketing email", 60L);
    counts.put("password reset", 33L);
    counts.put("customer service", 200L);
    counts.put("problem", 150L);
    counts.put("big problem", 20L);
    counts.put("last time", 20L);
    counts.put("voicemail", 4L);
    List<DiscoveredTheme> themes = ThemeDiscovery.select(counts, seed, 5, 10);
    assertEquals(List.of("d_remote_control", "d_wi_fi", "d_dark_mode"),
        themes.stream().map(DiscoveredTheme::id).toList());
    DiscoveredTheme remote = themes.get(0);
    assertEquals("Remote control", remote.label());
    assertEquals(40L, remote.customers());
    assertEquals(List.of("remote", "remote control battery"), remote.merged());
    DiscoveredTheme wifi = themes.get(1);
    assertEquals("wi-fi", wifi.keyphrase());
    assertEquals(List.of("wifi"), wifi.merged());
  }

  @Test
  void respectsMaxAndMinimumAndIsDeterministic() {
    Map<String, Long> counts = Map.of("router", 10L, "modem", 10L, "antenna", 9L, "cable", 2L);
    List<DiscoveredTheme> two = ThemeDiscovery.select(counts, seed, 3, 2);
    assertEquals(List.of("d_modem", "d_router"), two.stream().map(DiscoveredTheme::id).toList());
    assertEquals(3, ThemeDiscovery.select(counts, seed, 3, 10).size());
    assertEquals(List.of(), ThemeDiscovery.select(Map.of(), seed, 1, 10));
    assertThrows(IllegalArgumentException.class,
        () -> ThemeDiscovery.select(counts, seed, 0, 10));
  }

  @Test
  void taxonomyCoversItsAspectsAndRuleShapedPhrases() {
    assertTrue(seed.covers("hold time"));
    assertTrue(seed.covers("long hold time"));
    assertTrue(seed.covers("duplicate marketing email"));
    assertTrue(seed.covers("tracking number"));
    assertTrue(!seed.covers("remote control"));
    assertTrue(!seed.covers("dark mode"));
    assertTrue(!seed.covers(""));
  }

  @Test
  void stopishPhrasesAreNeverThemes() {
    assertTrue(ThemeDiscovery.isStopish("customer service"));
    assertTrue(ThemeDiscovery.isStopish("big problem"));
    assertTrue(ThemeDiscovery.isStopish("last time"));
    assertTrue(ThemeDiscovery.isStopish("problem"));
    assertTrue(ThemeDiscovery.isStopish("5g"));
    assertTrue(!ThemeDiscovery.isStopish("remote control problem"));
  }
}
