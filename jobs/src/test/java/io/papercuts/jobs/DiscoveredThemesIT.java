package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.cli.PapercutsCli;
import io.papercuts.generate.GeneratorSettings;
import io.papercuts.generate.SyntheticCorpus;
import io.papercuts.generate.ThemeMention;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Discovered themes against planted ground truth the taxonomy has never seen: three app paper
 * cuts (the chat bubble covers the pay button, the app switches language, the balance widget is
 * stale) are planted in a generated corpus (a seed not used while tuning discovery) next to two
 * taxonomy cuts. Each must come out as one discovered theme holding at least 70% of its
 * sentences (by {@code sentence_themes}) and ranking in the top 7; no top-15 theme may have a
 * one-word label; and on a second night with about 5% new text the themes keep their ids.
 */
class DiscoveredThemesIT {

  static final long HELD_OUT_SEED = 20261204L;
  static final List<String> UNKNOWN = List.of("chat_covers_pay", "language_reset", "stale_widget");
  static final int CUSTOMERS = 1500;

  @TempDir
  Path work;

  @Test
  void plantedCutsOutsideTheTaxonomyAreOneThemeEachAndKeepTheirIds() throws Exception {
    Path night1 = work.resolve("night1");
    Path out = work.resolve("out");
    List<String> planted = new ArrayList<>(List.of("duplicate_marketing", "transfers"));
    planted.addAll(UNKNOWN);
    List<ThemeMention> mentions = new ArrayList<>();
    SyntheticCorpus.write(night1, GeneratorSettings.of(CUSTOMERS, HELD_OUT_SEED)
        .withPlantedThemes(planted), mentions::add);
    Path night2 = CliRun.copyTree(night1, work.resolve("night2"));
    long added = addNewReviews(night2.resolve("reviews/reviews-new.csv"));

    assertEquals(0, PapercutsCli.execute("nightly", "--input", night1.toString(), "--output",
        out.toString(), "--run-date", "2026-09-30", "--master", "local[2]"));
    Map<String, String> first;
    try (DuckDb db = new DuckDb(out)) {
      first = checkNight(db, mentions, "2026-09-30");
    }
    assertEquals(0, PapercutsCli.execute("nightly", "--input", night2.toString(), "--output",
        out.toString(), "--run-date", "2026-10-01", "--master", "local[2]"));
    try (DuckDb db = new DuckDb(out)) {
      long units = db.scalarLong("SELECT count(*) FROM " + db.table("feedback")
          + " WHERE run_date = DATE '2026-10-01'");
      System.out.printf("night 2: %d new reviews of %d units (%.1f%%)%n", added, units,
          100.0 * added / units);
      assertTrue(added >= 0.03 * units && added <= 0.08 * units, added + " of " + units);
      assertEquals(first, checkNight(db, mentions, "2026-10-01"),
          "discovered themes changed ids on night 2");
    }
  }

  /** Asserts the night's figures; returns planted cut -> its discovered theme id. */
  private static Map<String, String> checkNight(DuckDb db, List<ThemeMention> mentions,
      String runDate) throws Exception {
    String date = "run_date = DATE '" + runDate + "'";
    Map<String, Integer> rank = new HashMap<>();
    Map<String, String> label = new HashMap<>();
    StringBuilder table = new StringBuilder();
    for (List<Object> r : db.rows("SELECT theme_id, rank, label, customers FROM "
        + db.table("themes") + " WHERE " + date + " ORDER BY rank")) {
      rank.put((String) r.get(0), ((Number) r.get(1)).intValue());
      label.put((String) r.get(0), (String) r.get(2));
      if (((Number) r.get(1)).intValue() <= 15) {
        table.append(String.format("%n  %2d. %-45s %-40s %s", r.get(1), r.get(2), r.get(0),
            r.get(3)));
        assertTrue(((String) r.get(2)).strip().contains(" "),
            "one-word label in the top 15: " + r.get(2));
      }
    }
    System.out.println(runDate + " top 15:" + table);

    // (doc_id, normalised sentence text) -> themes the sentence counts for.
    Map<String, List<String[]>> byDoc = new HashMap<>();
    for (List<Object> r : db.rows("SELECT s.doc_id, s.text, string_agg(t.theme_id, ',') FROM "
        + db.table("sentences") + " s LEFT JOIN " + db.table("sentence_themes") + " t ON "
        + "s.unit_id = t.unit_id AND s.sentence_idx = t.sentence_idx AND s.run_date = t.run_date"
        + " WHERE s." + date + " GROUP BY s.unit_id, s.sentence_idx, s.doc_id, s.text")) {
      byDoc.computeIfAbsent((String) r.get(0), k -> new ArrayList<>())
          .add(new String[] {normalise((String) r.get(1)), (String) r.get(2)});
    }
    Map<String, String> found = new TreeMap<>();
    Set<String> distinct = new HashSet<>();
    for (String cut : UNKNOWN) {
      Map<String, Integer> perTheme = new HashMap<>();
      int total = 0;
      int matched = 0;
      for (ThemeMention m : mentions) {
        if (!m.themeId().equals(cut)) {
          continue;
        }
        total++;
        String want = normalise(m.sentence());
        Set<String> themes = new HashSet<>();
        boolean seen = false;
        for (String[] s : byDoc.getOrDefault(m.documentId(), List.of())) {
          if (!s[0].isEmpty() && (want.contains(s[0]) || s[0].contains(want))) {
            seen = true;
            if (s[1] != null) {
              themes.addAll(List.of(s[1].split(",")));
            }
          }
        }
        if (seen) {
          matched++;
          themes.forEach(t -> perTheme.merge(t, 1, Integer::sum));
        }
      }
      assertTrue(matched >= 0.9 * total, cut + ": only " + matched + " of " + total
          + " planted sentences found in the sentences table");
      String best = perTheme.entrySet().stream().max(Map.Entry.comparingByValue())
          .map(Map.Entry::getKey).orElse(null);
      assertNotNull(best, cut + ": none of its sentences counts for a theme");
      double share = (double) perTheme.get(best) / matched;
      System.out.printf("%s %s: %s '%s' holds %d of %d sentences (%.0f%%), rank %s%n", runDate,
          cut, best, label.get(best), perTheme.get(best), matched, 100 * share, rank.get(best));
      assertTrue(best.startsWith("d_"), cut + " went to taxonomy theme " + best);
      assertTrue(share >= 0.70, cut + ": best theme holds only " + share);
      assertTrue(rank.getOrDefault(best, 999) <= 7, cut + " ranks " + rank.get(best));
      assertTrue(distinct.add(best), "two planted cuts share theme " + best);
      found.put(cut, best);
    }
    return found;
  }

  /** About 5% more units: reviews from another seed, as anonymous reviews with their own ids. */
  private static long addNewReviews(Path file) throws Exception {
    Path extra = Files.createTempDirectory("papercuts-extra");
    try {
      SyntheticCorpus.write(extra, GeneratorSettings.of(CUSTOMERS / 4, HELD_OUT_SEED + 1)
          .withPlantedThemes(List.of("chat_covers_pay", "language_reset", "stale_widget")));
      List<String> lines = Files.readAllLines(extra.resolve("reviews/reviews.csv"),
          StandardCharsets.UTF_8);
      List<String> out = new ArrayList<>();
      long reviews = 0;
      out.add(lines.get(0));
      for (String line : lines.subList(1, lines.size())) {
        if (line.startsWith("RV-")) {
          // RV-n,C-...,rest -> NEW-RV-n,,rest: new ids, no customer (another world's ids).
          int second = line.indexOf(',', line.indexOf(',') + 1);
          out.add("NEW-" + line.substring(0, line.indexOf(',')) + "," + line.substring(second));
          reviews++;
        } else {
          out.add(line);
        }
      }
      Files.write(file, out, StandardCharsets.UTF_8);
      return reviews;
    } finally {
      CliRun.deleteTree(extra);
    }
  }

  private static String normalise(String s) {
    return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
  }
}
