package io.papercuts.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.embed.Vectors;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Discovery on hand-made vectors: issues are noisy copies of random directions, so the test
 * needs no model and shows what the clustering, naming and id steps do on their own.
 */
class ThemeDiscoveryTest {

  private static final int DIM = 32;

  @Test
  void idsAreStableSlugs() {
    assertEquals("d_remote_control", DiscoveredTheme.idFor("remote control"));
    assertEquals("d_remote_control", DiscoveredTheme.idFor("The Remote  Control"));
    assertEquals("d_wi_fi", DiscoveredTheme.idFor("Wi-Fi"));
    assertEquals("d_cafe_menu", DiscoveredTheme.idFor("café menu"));
    assertEquals("app", DiscoveredTheme.normalise("  The APP! "));
    String a = DiscoveredTheme.idFor("very long outdoor wireless mesh satellite unit power adapter");
    String b = DiscoveredTheme.idFor("very long outdoor wireless mesh satellite unit power cable");
    assertTrue(a.length() <= DiscoveredTheme.ID_PREFIX.length() + DiscoveredTheme.MAX_SLUG, a);
    assertNotEquals(a, b);
    assertTrue(DiscoveredTheme.idFor("路由器").matches("d_[0-9a-f]{6}"));
    assertThrows(IllegalArgumentException.class, () -> DiscoveredTheme.idFor(" - "));
  }

  @Test
  void oneIssueWordedManyWaysIsOneThemeNamedByItsDistinctiveWords() {
    Random random = new Random(7);
    float[] chat = direction(random);
    float[] german = direction(random);
    List<ClusterNamer.Member> sample = new ArrayList<>();
    String[] chatTexts = {"The chat bubble covers the pay button.",
        "The chat icon sits on the pay button, so I can't pay.",
        "That chat widget hides the pay button on my phone.",
        "Chat popup over the pay button again."};
    String[] germanTexts = {"The app keeps switching back to German.",
        "Why does it switch the language back to German?",
        "Language switches to German every time I log in."};
    for (int i = 0; i < 40; i++) {
      sample.add(member(chatTexts[i % chatTexts.length], List.of("chat bubble", "pay button"),
          noisy(chat, random, 0.25)));
      sample.add(member(germanTexts[i % germanTexts.length], List.of("app", "language"),
          noisy(german, random, 0.25)));
    }
    // Lone complaints about nothing shared: noise, never a theme.
    for (int i = 0; i < 15; i++) {
      sample.add(member("This is annoying number " + i + ".", List.of(), direction(random)));
    }
    Map<String, Long> df = new HashMap<>();
    df.put("app", 5_000L);
    df.put("chat", 60L);
    df.put("pay", 70L);
    df.put("button", 80L);
    df.put("german", 50L);
    df.put("language", 60L);
    ClusterNamer namer = new ClusterNamer(df, 10_000);

    List<DiscoveredTheme> themes = ThemeDiscovery.discover(sample, namer, List.of(), 3, 20);
    assertEquals(2, themes.size(), themes.toString());
    DiscoveredTheme first = themes.get(0);
    assertTrue(first.label().split(" ").length >= 2, first.label());
    for (DiscoveredTheme t : themes) {
      assertTrue(t.label().toLowerCase().contains("german")
          || t.label().toLowerCase().contains("pay button"), t.label());
      assertTrue(!t.topPhrases().isEmpty());
      assertTrue(t.id().startsWith("d_"));
    }
    // A neutral mention in the theme's own words counts for it; one shared word does not.
    DiscoveredTheme chatTheme = themes.stream()
        .filter(t -> t.label().toLowerCase().contains("pay button")).findFirst().orElseThrow();
    assertTrue(chatTheme.matches(ThemeTerms.of("The chat icon sits on the pay button.",
        List.of())) >= 2, chatTheme.terms().toString());
    assertEquals(0, chatTheme.matches(ThemeTerms.of("I love the chat.", List.of())));

    // A second night of the same issues keeps the ids.
    List<ThemeDiscovery.Previous> previous = new ArrayList<>();
    for (DiscoveredTheme t : themes) {
      previous.add(new ThemeDiscovery.Previous(t.id(), t.centroid()));
    }
    List<ClusterNamer.Member> night2 = new ArrayList<>(sample.subList(0, 60));
    List<DiscoveredTheme> again = ThemeDiscovery.discover(night2, namer, previous, 3, 20);
    assertEquals(themes.stream().map(DiscoveredTheme::id).sorted().toList(),
        again.stream().map(DiscoveredTheme::id).sorted().toList());
    // The same input gives the same themes.
    assertEquals(themes.stream().map(DiscoveredTheme::label).toList(),
        ThemeDiscovery.discover(sample, namer, List.of(), 3, 20).stream()
            .map(DiscoveredTheme::label).toList());
  }

  @Test
  void respectsMaxAndMinimum() {
    Random random = new Random(11);
    List<ClusterNamer.Member> sample = new ArrayList<>();
    String[] names = {"router light blinks red", "remote battery drains fast",
        "screen flickers at night"};
    for (String name : names) {
      float[] d = direction(random);
      for (int i = 0; i < 10; i++) {
        sample.add(member("The " + name + ".", List.of(name.split(" ")[0]),
            noisy(d, random, 0.2)));
      }
    }
    ClusterNamer namer = new ClusterNamer(Map.of(), 1_000);
    assertEquals(2, ThemeDiscovery.discover(sample, namer, List.of(), 3, 2).size());
    assertEquals(0, ThemeDiscovery.discover(sample, namer, List.of(), 11, 20).size());
    assertEquals(List.of(), ThemeDiscovery.discover(List.of(), namer, List.of(), 1, 20));
    assertThrows(IllegalArgumentException.class,
        () -> ThemeDiscovery.discover(sample, namer, List.of(), 0, 20));
  }

  @Test
  void genericWordsNeverNameAnIssue() {
    assertTrue(ThemeTerms.isGeneric("customer service"));
    assertTrue(ThemeTerms.isGeneric("big problem"));
    assertTrue(ThemeTerms.isGeneric("problem"));
    assertTrue(ThemeTerms.isGeneric("5g"));
    assertTrue(!ThemeTerms.isGeneric("remote control problem"));
    float[] d = direction(new Random(3));
    List<ClusterNamer.Member> generic = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      generic.add(member("This is a big problem, customer service.", List.of("problem"), d));
    }
    assertEquals(null, new ClusterNamer(Map.of(), 100).name(generic, d));
  }

  private static ClusterNamer.Member member(String text, List<String> keyphrases, float[] v) {
    return new ClusterNamer.Member(text, keyphrases, v, 1);
  }

  private static float[] direction(Random random) {
    float[] v = new float[DIM];
    for (int i = 0; i < DIM; i++) {
      v[i] = (float) random.nextGaussian();
    }
    return Vectors.normalised(v);
  }

  private static float[] noisy(float[] center, Random random, double noise) {
    float[] v = new float[DIM];
    for (int i = 0; i < DIM; i++) {
      v[i] = (float) (center[i] + noise * random.nextGaussian() / Math.sqrt(DIM) * 3);
    }
    return Vectors.normalised(v);
  }
}
