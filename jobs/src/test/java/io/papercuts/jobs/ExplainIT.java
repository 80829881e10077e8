package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * {@code papercuts explain} on two texts with a custom taxonomy ({@code ExplainIT/}): the one that
 * names a rejected promo code matches the custom rule, and the report names the rule that fired
 * and the pipeline's verdict; the other matches nothing and is no complaint. Needs the CoreNLP
 * models (no Spark), hence an IT.
 */
class ExplainIT {

  private static final String RULE =
      "{coupon|discount code|promo code|voucher} {not work|invalid|reject*|expire*|won't apply} ~8";

  private final Path taxonomy = CliRun.fixture(ExplainIT.class, "shop-themes.csv");

  @Test
  void showsTheVerdictAndTheCustomRuleThatFired() {
    CliRun run = CliRun.of("explain", "--taxonomy", taxonomy.toString(),
        "My voucher was rejected at checkout, not a big deal but annoying.",
        "The driver was lovely and right on time.");
    assertEquals(0, run.exitCode(), run.toString());
    String out = run.stdout();
    assertTrue(out.startsWith("explain: "), out);
    assertTrue(out.contains("built-in + " + taxonomy), out);
    int second = out.indexOf("\ntext 2: ");
    assertTrue(out.indexOf("\ntext 1: ") >= 0 && second > 0, out);
    String first = out.substring(0, second);
    String other = out.substring(second);

    assertTrue(first.contains("[1] My voucher was rejected at checkout, not a big deal but annoying."),
        first);
    assertTrue(first.contains("coupon_rejected (papercut: Discount code rejected at checkout)"),
        first);
    assertTrue(first.contains("matched \"voucher was rejected\""), first);
    assertTrue(first.contains("by rule " + RULE), first);
    assertTrue(first.contains("verdict    complaint, quiet"), first);
    assertTrue(first.matches("(?s).*evidence   .*hedged:not a big deal.*"), first);
    assertTrue(first.contains("minimizer \"not a big deal\""), first);

    assertTrue(other.contains("[1] The driver was lovely and right on time."), other);
    assertTrue(other.contains("verdict    not a complaint"), other);
    assertTrue(other.contains("themes     none (no taxonomy rule matched)"), other);
    assertTrue(!other.contains("coupon_rejected"), other);
  }

  @Test
  void aBadRuleIsAUsageErrorNamingTheFile() {
    Path bad = CliRun.fixture(ExplainIT.class, "bad-rule.csv");
    CliRun run = CliRun.of("explain", "--taxonomy", bad.toString(), "Any text.");
    assertEquals(2, run.exitCode(), run.toString());
    assertTrue(run.stderr().startsWith("papercuts: ") && run.stderr().contains(bad.toString()),
        run.stderr());
  }
}
