package io.papercuts.annotate;

import java.util.Set;

/**
 * What a text is, as far as its judgement depends on it: its source kind ({@code survey},
 * {@code transcript} or {@code review}) and the unit's star rating (1-5) or likelihood-to-recommend
 * score (0-10), each optional. A 4-5 star review makes a complaint quiet (a promoter's grievance);
 * a 1-2 star one makes none mild ({@code docs/method.md}). Immutable.
 */
public record UnitContext(String source, Integer rating, Integer nps) {

  private static final Set<String> SOURCES = Set.of("survey", "transcript", "review");

  public UnitContext {
    if (source == null || !SOURCES.contains(source)) {
      throw new IllegalArgumentException("source must be one of survey, transcript, review: "
          + source);
    }
    if (rating != null && (rating < 1 || rating > 5)) {
      throw new IllegalArgumentException("rating must be within 1..5, got " + rating);
    }
    if (nps != null && (nps < 0 || nps > 10)) {
      throw new IllegalArgumentException("nps must be within 0..10, got " + nps);
    }
  }

  /** A survey comment without a score. */
  public static UnitContext survey() {
    return new UnitContext("survey", null, null);
  }

  /** A customer's turn of a chat or call. */
  public static UnitContext transcript() {
    return new UnitContext("transcript", null, null);
  }

  /** A review with {@code stars} (1-5, or null when unknown). */
  public static UnitContext review(Integer stars) {
    return new UnitContext("review", stars, null);
  }
}
