package io.papercuts.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class TemplateTest {

  private static String expand(Template template, long seed) {
    StringBuilder out = new StringBuilder();
    template.expand(new SplittableRandom(seed), slot -> "<" + slot + ">", out);
    return out.toString();
  }

  @Test
  void expandsChoicesNestedChoicesAndSlots() {
    Template template = Template.parse("I {got|received} {{two|2} copies|it {$times}} of ${$amount}");
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 200; seed++) {
      seen.add(expand(template, seed));
    }
    assertEquals(Set.of(
        "I got two copies of $<amount>", "I got 2 copies of $<amount>", "I got it <times> of $<amount>",
        "I received two copies of $<amount>", "I received 2 copies of $<amount>",
        "I received it <times> of $<amount>"), seen);
    assertEquals(List.of("times", "amount"), List.copyOf(template.slotNames()));
  }

  @Test
  void emptyAlternativeMakesAPartOptional() {
    Template template = Template.parse("a{ very|} b");
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      seen.add(expand(template, seed));
    }
    assertEquals(Set.of("a very b", "a b"), seen);
  }

  @Test
  void aBraceStartingWithALiteralDollarIsAChoice() {
    Template template = Template.parse("{${$amount} a month|the fee}");
    Set<String> seen = new HashSet<>();
    for (long seed = 0; seed < 50; seed++) {
      seen.add(expand(template, seed));
    }
    assertEquals(Set.of("$<amount> a month", "the fee"), seen);
  }

  @Test
  void sameSeedSameExpansion() {
    Template template = Template.parse("{a|b|c|d|e}{1|2|3|4|5}{x|y|z}");
    for (long seed = 0; seed < 20; seed++) {
      assertEquals(expand(template, seed), expand(template, seed));
    }
  }

  @Test
  void unbalancedBracesAreRejected() {
    assertThrows(IllegalArgumentException.class, () -> Template.parse("a {b|c"));
    assertThrows(IllegalArgumentException.class, () -> Template.parse("a b|c"));
    assertThrows(IllegalArgumentException.class, () -> Template.parse("a b}"));
    assertTrue(Template.parse("").slotNames().isEmpty());
  }
}
