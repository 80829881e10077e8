package io.papercuts.generate;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * What to generate: how many customers, the seed, the activity window ({@code weeks} weeks from
 * {@code startDate}) and the planted paper cuts (theme ids; any friction, none of the loud
 * reasons). Validated on construction; immutable and thread-safe.
 */
public record GeneratorSettings(
    int customers, long seed, LocalDate startDate, int weeks, List<String> plantedThemes) {

  public static final LocalDate DEFAULT_START_DATE = LocalDate.of(2026, 7, 1);
  public static final int DEFAULT_WEEKS = 12;
  public static final List<String> DEFAULT_PLANTED = List.of(
      "duplicate_marketing", "transfers", "renewal_cancellation", "technician_no_show", "name_typo");
  public static final int MAX_CUSTOMERS = 10_000_000;
  /** More planted themes would leave too few noise themes and push churn probabilities to the cap. */
  public static final int MAX_PLANTED = 8;

  public GeneratorSettings {
    if (customers < 1 || customers > MAX_CUSTOMERS) {
      throw new IllegalArgumentException(
          "customers must be 1.." + MAX_CUSTOMERS + ", was " + customers);
    }
    Objects.requireNonNull(startDate, "startDate");
    if (weeks < 1 || weeks > 520) {
      throw new IllegalArgumentException("weeks must be 1..520, was " + weeks);
    }
    Objects.requireNonNull(plantedThemes, "plantedThemes");
    plantedThemes = List.copyOf(plantedThemes);
    if (plantedThemes.size() > MAX_PLANTED) {
      throw new IllegalArgumentException(
          "at most " + MAX_PLANTED + " planted themes, was " + plantedThemes.size());
    }
    Set<String> seen = new HashSet<>();
    for (String id : plantedThemes) {
      Theme theme = Theme.byId(id);
      if (theme.isLoudReason()) {
        throw new IllegalArgumentException("'" + id + "' is a loud stated reason, not a paper cut");
      }
      if (!seen.add(id)) {
        throw new IllegalArgumentException("planted theme '" + id + "' is listed twice");
      }
    }
  }

  /** Defaults for everything but size and seed: start 2026-07-01, 12 weeks, the five default cuts. */
  public static GeneratorSettings of(int customers, long seed) {
    return new GeneratorSettings(customers, seed, DEFAULT_START_DATE, DEFAULT_WEEKS, DEFAULT_PLANTED);
  }

  public GeneratorSettings withStartDate(LocalDate date) {
    return new GeneratorSettings(customers, seed, date, weeks, plantedThemes);
  }

  public GeneratorSettings withWeeks(int count) {
    return new GeneratorSettings(customers, seed, startDate, count, plantedThemes);
  }

  public GeneratorSettings withPlantedThemes(List<String> ids) {
    return new GeneratorSettings(customers, seed, startDate, weeks, ids);
  }

  /** Last day of the activity window (inclusive). */
  public LocalDate endDate() {
    return startDate.plusDays(weeks * 7L - 1);
  }

  boolean isPlanted(Theme theme) {
    return plantedThemes.contains(theme.id());
  }
}
