package io.papercuts.generate;

import java.util.EnumMap;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The hidden truth of one synthetic world, drawn from the settings' seed: each theme's role,
 * prevalence and churn multiplier, and the base churn probability that makes the overall churn rate
 * land on a target of 12-15%. Churn is multiplicative: {@code p = base * product(multipliers of the
 * customer's themes)}, capped at {@link #MAX_CHURN}. Immutable and thread-safe.
 */
final class WorldModel {

  static final double MAX_CHURN = 0.95;

  private final Map<Theme, ThemeParameters> parameters;
  private final double targetChurn;
  private final double baseChurn;

  private WorldModel(Map<Theme, ThemeParameters> parameters, double targetChurn, double baseChurn) {
    this.parameters = parameters;
    this.targetChurn = targetChurn;
    this.baseChurn = baseChurn;
  }

  /** Draws the world from {@code rng}, which should be derived from the settings' seed only. */
  static WorldModel draw(GeneratorSettings settings, SplittableRandom rng) {
    Map<Theme, ThemeParameters> parameters = new EnumMap<>(Theme.class);
    for (Theme theme : Theme.values()) {
      ThemeParameters p;
      if (theme == Theme.PRICE) {
        // Many customers grumble about price or eye rivals, churners or not: broad, barely churn-linked.
        p = new ThemeParameters(theme, ThemeRole.LOUD, round(uniform(rng, 0.36, 0.42)), 1.0);
      } else if (theme == Theme.COMPETITOR) {
        p = new ThemeParameters(theme, ThemeRole.LOUD, round(uniform(rng, 0.30, 0.35)), 1.05);
      } else if (!theme.inTaxonomy() && !settings.isPlanted(theme)) {
        // Absent, and drawn without touching the seed's stream: other corpora stay as they were.
        p = new ThemeParameters(theme, ThemeRole.NOISE, 0.0, 1.0);
      } else if (settings.isPlanted(theme)) {
        p = new ThemeParameters(theme, ThemeRole.PLANTED,
            round(uniform(rng, 0.06, 0.13)), round(uniform(rng, 1.8, 2.5)));
      } else {
        p = new ThemeParameters(theme, ThemeRole.NOISE, round(uniform(rng, 0.015, 0.045)), 1.0);
      }
      parameters.put(theme, p);
    }
    double target = round(uniform(rng, 0.12, 0.15));
    double expectedFactor = 1.0;
    for (ThemeParameters p : parameters.values()) {
      expectedFactor *= 1.0 + p.prevalence() * (p.churnMultiplier() - 1.0);
    }
    return new WorldModel(parameters, target, target / expectedFactor);
  }

  ThemeParameters parameters(Theme theme) {
    return parameters.get(theme);
  }

  ThemeRole role(Theme theme) {
    return parameters.get(theme).role();
  }

  double targetChurn() {
    return targetChurn;
  }

  double baseChurn() {
    return baseChurn;
  }

  private static double uniform(SplittableRandom rng, double low, double high) {
    return low + (high - low) * rng.nextDouble();
  }

  /** Rounded so the numbers in ground-truth.json are exactly the ones the simulation used. */
  private static double round(double value) {
    return Math.round(value * 1000.0) / 1000.0;
  }
}
