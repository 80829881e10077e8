package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A business that is not a telecom brings its own themes without a rebuild: an online shop's
 * reviews with {@code --taxonomy shop-themes.csv} find the shop's paper cuts, on top of the
 * built-in themes or, with {@code themes.taxonomy_mode=replace}, instead of them; a malformed
 * taxonomy stops the run before Spark starts with exit 2, naming the file and line.
 */
class CustomTaxonomyIT {

  private static final Path FIXTURE = CliRun.fixture(CustomTaxonomyIT.class, "");
  private static final List<String> SHOP = List.of("coupon_rejected", "size_chart_off",
      "slow_refund");

  @TempDir
  Path work;

  @Test
  void ownTaxonomyFindsTheShopsThemesOnTopOfOrInsteadOfTheBuiltInOnes() throws Exception {
    Path out = work.resolve("out");
    String taxonomy = FIXTURE.resolve("shop-themes.csv").toString();
    CliRun run = CliRun.nightly(FIXTURE.resolve("shop"), out, "2026-10-31",
        "--taxonomy", taxonomy);
    assertEquals(0, run.exitCode(), run.toString());
    Map<String, Long> sentences = new HashMap<>();
    try (DuckDb db = new DuckDb(out)) {
      for (List<Object> r : db.rows("SELECT theme_id, count(*) FROM "
          + db.table("sentence_themes") + " GROUP BY theme_id")) {
        sentences.put((String) r.get(0), ((Number) r.get(1)).longValue());
      }
      for (String id : SHOP) {
        assertTrue(sentences.getOrDefault(id, 0L) >= 4, id + ": " + sentences);
        assertEquals(1, db.scalarLong("SELECT count(*) FROM " + db.table("themes")
            + " WHERE theme_id = '" + id + "' AND origin = 'taxonomy' AND customers >= 4"), id);
      }
      // On top of the built-in themes: the crushed box is still the built-in packaging theme.
      assertTrue(db.scalarLong("SELECT count(*) FROM " + db.table("sentences")
          + " WHERE list_contains(theme_ids, 'packaging_damage')") >= 1);
    }

    Path config = work.resolve("replace.properties");
    Files.writeString(config, "themes.taxonomy = " + taxonomy.replace("\\", "/")
        + "\nthemes.taxonomy_mode = replace\n");
    Path replaced = work.resolve("replaced");
    CliRun alone = CliRun.nightly(FIXTURE.resolve("shop"), replaced, "2026-10-31",
        "--config", config.toString());
    assertEquals(0, alone.exitCode(), alone.toString());
    try (DuckDb db = new DuckDb(replaced)) {
      assertEquals(0, db.scalarLong("SELECT count(*) FROM " + db.table("themes")
          + " WHERE origin = 'taxonomy' AND theme_id NOT IN ('coupon_rejected', "
          + "'size_chart_off', 'slow_refund')"));
      assertEquals(0, db.scalarLong("SELECT count(*) FROM " + db.table("sentences")
          + " WHERE list_contains(theme_ids, 'packaging_damage')"));
    }
    // A changed taxonomy is a changed configuration in the runs table.
    try (DuckDb a = new DuckDb(out); DuckDb b = new DuckDb(replaced)) {
      String hashA = (String) a.rows("SELECT config_hash FROM " + a.table("runs")).get(0).get(0);
      String hashB = (String) b.rows("SELECT config_hash FROM " + b.table("runs")).get(0).get(0);
      assertTrue(!hashA.equals(hashB), hashA);
    }
  }

  @Test
  void malformedTaxonomyStopsTheRunNamingFileAndLine() {
    Path bad = FIXTURE.resolve("bad-themes.csv");
    CliRun run = CliRun.nightly(FIXTURE.resolve("shop"), work.resolve("out"), "2026-10-31",
        "--taxonomy", bad.toString());
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.stderr().contains("bad-themes.csv line 3"), run.stderr());
    assertTrue(run.stderr().contains("paper_cut"), run.stderr());
    assertTrue(!Files.exists(work.resolve("out")), "nothing written for a bad taxonomy");

    CliRun missing = CliRun.nightly(FIXTURE.resolve("shop"), work.resolve("out"), "2026-10-31",
        "--taxonomy", work.resolve("nope.csv").toString());
    assertEquals(2, missing.exitCode(), missing.toString());
    assertTrue(missing.stderr().contains("nope.csv"), missing.stderr());
  }
}
