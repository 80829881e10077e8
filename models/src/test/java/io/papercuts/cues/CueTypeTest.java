package io.papercuts.cues;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** What each cue type means to the rules, and how negation changes it. */
class CueTypeTest {

  private static Cue cue(CueType type, boolean negated) {
    return new Cue(type, type.label(), 0, 1, 0, 1, negated);
  }

  @Test
  void attributesOfEachType() {
    assertEquals(Polarity.POSITIVE, CueType.PRAISE.polarity());
    assertEquals(Polarity.NEGATIVE, CueType.PRAISE.negatedPolarity());
    assertEquals(Polarity.NEGATIVE, CueType.FRICTION.polarity());
    assertEquals(Polarity.POSITIVE, CueType.FRICTION.negatedPolarity());
    for (CueType t : List.of(CueType.BREACH, CueType.EFFORT)) {
      assertEquals(Polarity.NEGATIVE, t.polarity(), t::name);
      assertEquals(Polarity.NONE, t.negatedPolarity(), t::name);
    }
    for (CueType t : List.of(CueType.MINIMIZER, CueType.CONTRAST, CueType.INTENSIFIER)) {
      assertEquals(Polarity.NONE, t.polarity(), t::name);
      assertEquals(Polarity.NONE, t.negatedPolarity(), t::name);
    }
    assertEquals(EnumSet.of(CueType.BREACH, CueType.FRICTION), typesWhere(CueType::isGrievance));
    assertEquals(EnumSet.of(CueType.MINIMIZER), typesWhere(CueType::isHedge));
    assertEquals(EnumSet.of(CueType.INTENSIFIER), typesWhere(CueType::isLoud));
  }

  @Test
  void papercutCueLabelsAreTheFiveMethodCues() {
    // SummarizeJob's quote cue: c.type IN ('minimizer', 'breach', 'effort', 'friction',
    // 'contrast'), the list it hard-codes.
    assertEquals(List.of("minimizer", "contrast", "effort", "breach", "friction"),
        CueType.papercutCueLabels());
    assertEquals(Set.of("minimizer", "breach", "effort", "friction", "contrast"),
        Set.copyOf(CueType.papercutCueLabels()));
  }

  @ParameterizedTest
  @EnumSource(CueType.class)
  void cuePolarityAndGrievanceMatchTheRulesDefinitions(CueType type) {
    for (boolean negated : new boolean[] {false, true}) {
      Cue c = cue(type, negated);
      // The definitions the rules were written with, before they became attributes.
      boolean positive = type == CueType.PRAISE && !negated || type == CueType.FRICTION && negated;
      boolean negative = switch (type) {
        case FRICTION, BREACH, EFFORT -> !negated;
        case PRAISE -> negated;
        default -> false;
      };
      String why = type + (negated ? " negated" : "");
      assertEquals(positive, c.polarity() == Polarity.POSITIVE, why);
      assertEquals(negative, c.polarity() == Polarity.NEGATIVE, why);
      assertEquals(type != CueType.EFFORT && negative, c.isGrievance(), why);
    }
  }

  @Test
  void labelsAreTheLowerCaseNames() {
    assertEquals(List.of("minimizer", "contrast", "effort", "breach", "friction", "praise",
        "intensifier"), Stream.of(CueType.values()).map(CueType::label).toList());
  }

  private static Set<CueType> typesWhere(Predicate<CueType> p) {
    return Stream.of(CueType.values()).filter(p).collect(Collectors.toCollection(
        () -> EnumSet.noneOf(CueType.class)));
  }
}
