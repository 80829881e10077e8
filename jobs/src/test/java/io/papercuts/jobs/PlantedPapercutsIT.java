package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papercuts.cli.PapercutsCli;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine against planted ground truth: a generated corpus of 5,000 customers (a seed never
 * used while developing the rules) goes through the real nightly pipeline, and the planted paper
 * cuts must lead the {@code themes} ranking, ahead of the loud stated reasons.
 */
class PlantedPapercutsIT {

  static final long HELD_OUT_SEED = 20261123L;
  static final List<String> LOUD = List.of("price", "competitor");

  @TempDir
  Path work;

  @Test
  void plantedPaperCutsLeadTheRankingAheadOfLoudReasons() throws Exception {
    Path input = work.resolve("input");
    Path out = work.resolve("out");
    assertEquals(0, PapercutsCli.execute("generate", "--customers", "5000",
        "--seed", Long.toString(HELD_OUT_SEED), "--output", input.toString()));
    assertEquals(0, PapercutsCli.execute("nightly", "--input", input.toString(),
        "--output", out.toString(), "--run-date", "2026-09-30", "--master", "local[2]"));

    List<String> planted = new ArrayList<>();
    for (JsonNode p : new ObjectMapper().readTree(input.resolve("ground-truth.json").toFile())
        .get("planted")) {
      planted.add(p.get("theme_id").asText());
    }
    assertEquals(5, planted.size());

    Map<String, Integer> rank = new HashMap<>();
    try (DuckDb db = new DuckDb(out)) {
      for (List<Object> r : db.rows("SELECT theme_id, rank FROM " + db.table("themes"))) {
        rank.put((String) r.get(0), ((Number) r.get(1)).intValue());
      }
    }
    List<String> plantedInTop5 = planted.stream()
        .filter(t -> rank.getOrDefault(t, Integer.MAX_VALUE) <= 5).toList();
    String report = "ranks: planted " + ranksOf(planted, rank) + ", loud " + ranksOf(LOUD, rank);
    System.out.println("recall@5 = " + plantedInTop5.size() + "/5; " + report);

    assertTrue(plantedInTop5.size() >= 4, report);
    int worstPlantedInTop5 = plantedInTop5.stream().mapToInt(rank::get).max().orElseThrow();
    for (String loud : LOUD) {
      assertTrue(rank.getOrDefault(loud, Integer.MAX_VALUE) > worstPlantedInTop5,
          loud + " ranks above a planted paper cut; " + report);
    }
  }

  private static Map<String, Integer> ranksOf(List<String> themes, Map<String, Integer> rank) {
    Map<String, Integer> out = new java.util.TreeMap<>();
    themes.forEach(t -> out.put(t, rank.get(t)));
    return out;
  }
}
