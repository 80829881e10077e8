package io.papercuts.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A 20,000-customer run: prints its time and checks the world's shape on a large sample. */
class SyntheticCorpusScaleTest {

  @Test
  void twentyThousandCustomers(@TempDir Path dir) throws IOException {
    long started = System.nanoTime();
    GeneratorSummary summary = SyntheticCorpus.write(dir, GeneratorSettings.of(20_000, 2026L));
    long millis = (System.nanoTime() - started) / 1_000_000;
    System.out.printf("20,000 customers in %d ms: records %s, bytes %s%n",
        millis, summary.records(), summary.bytes());

    JsonNode truth = new ObjectMapper().readTree(dir.resolve("ground-truth.json").toFile());
    JsonNode measured = truth.get("measured");
    double churnRate = measured.get("churn_rate").asDouble();
    assertTrue(churnRate > 0.11 && churnRate < 0.16, "churn rate " + churnRate);
    double surveyShare = measured.get("exit_surveys").asDouble() / measured.get("churned").asDouble();
    assertTrue(surveyShare > 0.65 && surveyShare < 0.75, "survey share " + surveyShare);

    JsonNode stated = measured.get("stated_reasons");
    long price = stated.get("Price").asLong();
    long competitor = stated.get("Switching to a competitor").asLong();
    stated.fields().forEachRemaining(e -> {
      if (!e.getKey().equals("Price") && !e.getKey().equals("Switching to a competitor")) {
        assertTrue(e.getValue().asLong() < Math.min(price, competitor), e.getKey());
      }
    });

    double loudestLoudLift = 0;
    double weakestPlantedLift = Double.MAX_VALUE;
    for (JsonNode theme : measured.get("themes")) {
      String role = theme.get("role").asText();
      double lift = theme.get("churn_rate_mentioning").asDouble() / churnRate;
      String id = theme.get("theme_id").asText();
      System.out.printf("%-24s %-8s customers=%5d mention-lift=%.2f stated=%.3f quiet=%.2f%n", id,
          role, theme.get("customers").asLong(), lift, theme.get("stated_share").asDouble(),
          theme.get("quiet_share").asDouble());
      if (role.equals("planted")) {
        weakestPlantedLift = Math.min(weakestPlantedLift, lift);
        assertTrue(theme.get("stated_share").asDouble() < 0.05, id + " stated too often");
        double prevalence = theme.get("customers").asDouble() / 20_000;
        assertTrue(prevalence > 0.05 && prevalence < 0.15, id + " prevalence " + prevalence);
      } else if (role.equals("loud")) {
        loudestLoudLift = Math.max(loudestLoudLift, lift);
        assertTrue(theme.get("stated_share").asDouble() > 0.3, id + " stated share");
      } else {
        assertTrue(theme.get("customers").asDouble() / 20_000 < 0.05, id + " is not low-rate noise");
      }
    }
    assertTrue(weakestPlantedLift > loudestLoudLift + 0.2,
        "planted lift " + weakestPlantedLift + " vs loud " + loudestLoudLift);
    assertEquals(20_000, summary.customers());
  }
}
