package io.papercuts.scoring;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Settings of {@link PapercutScorer}, validated once; keys are namespaced {@code scoring.*}.
 *
 * @param minSupport least customers with a theme for its churn lift to count
 *     ({@code scoring.min_support}, default 10)
 * @param minCustomers least customers for a theme to get a score at all; below it the score is 0
 *     ({@code scoring.min_customers}, default 3)
 * @param ratingWeight churn-lift units per unit of normalised rating drop; 1 makes one star of 5
 *     (0.25) weigh as much as a quarter more churn ({@code scoring.rating_weight}, default 1)
 * @param ratingPriorUnits rated units at which the rating delta counts half; shrinks deltas from
 *     few ratings toward zero ({@code scoring.rating_prior_units}, default 10)
 */
public record ScoringSettings(
    int minSupport, long minCustomers, double ratingWeight, double ratingPriorUnits) {

  public static final List<String> KEYS = List.of("scoring.min_support",
      "scoring.min_customers", "scoring.rating_weight", "scoring.rating_prior_units");

  public ScoringSettings {
    if (minSupport < 1 || minCustomers < 1) {
      throw new IllegalArgumentException("scoring.min_support and scoring.min_customers must be >= 1");
    }
    if (!(ratingWeight >= 0) || Double.isInfinite(ratingWeight)) {
      throw new IllegalArgumentException("scoring.rating_weight must be a finite number >= 0");
    }
    if (!(ratingPriorUnits >= 0) || Double.isInfinite(ratingPriorUnits)) {
      throw new IllegalArgumentException("scoring.rating_prior_units must be a finite number >= 0");
    }
  }

  public static ScoringSettings defaults() {
    return new ScoringSettings(10, 3, 1.0, 10.0);
  }

  /** Defaults overridden by the given {@code scoring.*} keys; any other key is an error. */
  public static ScoringSettings fromMap(Map<String, String> values) {
    Map<String, String> v = new HashMap<>(values);
    for (String key : v.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown setting '" + key + "' (known: " + KEYS + ")");
      }
    }
    ScoringSettings d = defaults();
    try {
      return new ScoringSettings(
          v.containsKey(KEYS.get(0)) ? Integer.parseInt(v.get(KEYS.get(0)).strip()) : d.minSupport,
          v.containsKey(KEYS.get(1)) ? Long.parseLong(v.get(KEYS.get(1)).strip()) : d.minCustomers,
          v.containsKey(KEYS.get(2)) ? Double.parseDouble(v.get(KEYS.get(2)).strip())
              : d.ratingWeight,
          v.containsKey(KEYS.get(3)) ? Double.parseDouble(v.get(KEYS.get(3)).strip())
              : d.ratingPriorUnits);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("scoring setting is not a number: " + e.getMessage(), e);
    }
  }
}
