package io.papercuts.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * Lift and Wilson bounds against hand computations: Wilson 95% for k of n is
 * (p + z^2/2n +- z sqrt(p(1-p)/n + z^2/4n^2)) / (1 + z^2/n), divided by the overall churn rate.
 */
class ChurnLiftTest {

  private static final double EPS = 1e-12;

  @Test
  void thirtyOfHundredAgainstFifteenPercent() {
    // p = 0.3; tabled Wilson interval for 30/100 is [0.21895, 0.39585]; P(churn) = 0.15.
    ChurnLift l = ChurnLift.of(30, 100, 150, 1000, 10);
    assertTrue(l.supported());
    assertEquals(0.3, l.churnRateWithTheme(), EPS);
    assertEquals(0.15, l.churnRateAll(), EPS);
    assertEquals(2.0, l.lift(), EPS);
    assertEquals(0.2189488529493276 / 0.15, l.lower(), EPS);
    assertEquals(0.3958485463334666 / 0.15, l.upper(), EPS);
    assertEquals(1.459659019662184, l.lower(), EPS);
    assertEquals(2.6389903088897775, l.upper(), EPS);
  }

  @Test
  void noneChurnedKeepsAPositiveUpperBound() {
    ChurnLift l = ChurnLift.of(0, 20, 100, 1000, 10);
    assertEquals(0.0, l.lift(), EPS);
    assertEquals(0.0, l.lower(), EPS);
    // Wilson upper for 0/20 = z^2/n / (1 + z^2/n) = 0.16112515805281938.
    assertEquals(1.6112515805281937, l.upper(), EPS);
  }

  @Test
  void allOfAThemeChurnedStillHasAnInterval() {
    ChurnLift l = ChurnLift.of(20, 20, 100, 1000, 10);
    assertEquals(10.0, l.lift(), EPS);
    assertEquals(8.388748419471806, l.lower(), EPS);
    assertEquals(10.0, l.upper(), EPS);
  }

  @Test
  void everyoneChurnedGivesLiftOneAndNoExcess() {
    ChurnLift l = ChurnLift.of(10, 10, 10, 10, 10);
    assertEquals(1.0, l.lift(), EPS);
    assertEquals(0.7224672001371107, l.lower(), EPS);
    assertEquals(1.0, l.upper(), EPS);
  }

  @Test
  void belowMinimumSupportIsUnsupported() {
    ChurnLift l = ChurnLift.of(9, 9, 100, 1000, 10);
    assertFalse(l.supported());
    assertTrue(Double.isNaN(l.lift()));
    assertTrue(Double.isNaN(l.lower()));
    assertTrue(Double.isNaN(l.upper()));
    assertEquals(1.0, l.churnRateWithTheme(), EPS);
  }

  @Test
  void zeroCustomersOrNoChurnIsUnsupported() {
    ChurnLift none = ChurnLift.of(0, 0, 100, 1000, 1);
    assertFalse(none.supported());
    assertTrue(Double.isNaN(none.churnRateWithTheme()));
    ChurnLift noChurn = ChurnLift.of(0, 50, 0, 1000, 10);
    assertFalse(noChurn.supported());
    assertTrue(Double.isNaN(noChurn.lift()));
    ChurnLift empty = ChurnLift.of(0, 0, 0, 0, 10);
    assertFalse(empty.supported());
  }

  @Test
  void rejectsInconsistentCounts() {
    assertThrows(IllegalArgumentException.class, () -> ChurnLift.of(11, 10, 100, 1000, 1));
    assertThrows(IllegalArgumentException.class, () -> ChurnLift.of(5, 10, 100, 5, 1));
    assertThrows(IllegalArgumentException.class, () -> ChurnLift.of(5, 10, 4, 1000, 1));
    assertThrows(IllegalArgumentException.class, () -> ChurnLift.of(-1, 10, 4, 1000, 1));
  }
}
