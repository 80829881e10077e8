package io.papercuts.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The seed taxonomy on real CoreNLP analyses: paraphrases that must match their theme, near
 * misses that must not, and unrelated sentences that must match no theme
 * ({@code ThemeMatcherIT/paraphrases.tsv}). Slow (loads the models), hence an IT.
 */
class ThemeMatcherIT {

  private final CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
  private final ThemeMatcher matcher = ThemeMatcher.defaults();

  private record Case(String themeId, boolean positive, String sentence) {
  }

  private static List<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = ThemeMatcherIT.class.getResourceAsStream(
        "/ThemeMatcherIT/paraphrases.tsv")) {
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] f = line.split("\t");
        out.add(new Case(f[0], "+".equals(f[1]), f[2]));
      }
    }
    return out;
  }

  private List<ThemeMatch> matches(String text) {
    List<ThemeMatch> out = new ArrayList<>();
    for (AnalyzedSentence s : analyzer.analyze(text)) {
      out.addAll(matcher.match(s));
    }
    return out;
  }

  @Test
  void fixtureCoversEveryThemeWithParaphrasesAndNearMisses() throws IOException {
    Map<String, int[]> counts = new HashMap<>();
    for (Case c : cases()) {
      counts.computeIfAbsent(c.themeId(), k -> new int[2])[c.positive() ? 0 : 1]++;
    }
    for (String id : matcher.taxonomy().ids()) {
      int[] n = counts.getOrDefault(id, new int[2]);
      assertTrue(n[0] >= 6 && n[1] >= 3, id + ": " + n[0] + " paraphrases, " + n[1] + " near misses");
    }
    assertTrue(counts.get("*")[1] >= 20, "unrelated sentences");
  }

  @Test
  void paraphrasesMatchAndNearMissesDoNot() throws IOException {
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (Case c : cases()) {
      List<ThemeMatch> found = matches(c.sentence());
      boolean ok;
      if ("*".equals(c.themeId())) {
        ok = found.isEmpty();
      } else {
        boolean has = found.stream().anyMatch(m -> m.themeId().equals(c.themeId()));
        ok = has == c.positive();
      }
      checked++;
      if (!ok) {
        failures.add((c.positive() ? "missed " : "wrongly matched ") + c.themeId() + ": \""
            + c.sentence() + "\" -> " + found);
      }
    }
    assertTrue(checked > 400, "fixture too small: " + checked);
    assertTrue(failures.isEmpty(), failures.size() + " of " + checked + " failed:\n"
        + String.join("\n", failures));
  }

  @Test
  void evidenceIsTheMatchedStretchOfTheSentence() {
    assertEquals(List.of("duplicate_marketing: email twice"),
        evidence(matches("Not a big deal, but I got the same email twice.")));
    assertEquals(List.of("login_password: can't log in"),
        evidence(matches("Honestly I can't log in.")));
  }

  @Test
  void eachMatchNamesTheRuleThatFired() {
    ThemeMatch m = matches("Not a big deal, but I got the same email twice.").get(0);
    ThemeDefinition theme = ThemeTaxonomy.defaults().themes().stream()
        .filter(t -> t.id().equals(m.themeId())).findFirst().orElseThrow();
    assertTrue(theme.rules().stream().anyMatch(r -> r.source().equals(m.rule())), m.toString());
  }

  private static List<String> evidence(List<ThemeMatch> matches) {
    return matches.stream().map(m -> m.themeId() + ": " + m.matchedText()).toList();
  }

  @Test
  void themesNeverSpanTwoSentences() {
    assertEquals(List.of(), matches("I got your newsletter. It came on a Tuesday, twice as fast."));
    assertEquals(List.of(), matches("The email was about my renewal. Surprise, it was helpful!"));
  }
}
