package io.papercuts.generate;

import java.util.Arrays;
import java.util.function.Consumer;

/**
 * Counts the current customer's theme mentions as the writers produce them, and forwards each one
 * to the corpus-wide {@link GroundTruthTally} and to the caller's sink. {@link #begin} resets it
 * for the next customer. Confined to one thread.
 */
final class MentionLedger {

  private final GroundTruthTally tally;
  private final Consumer<ThemeMention> sink;
  private final int[] linked = new int[Theme.values().length];
  private final int[] anonymous = new int[Theme.values().length];

  MentionLedger(GroundTruthTally tally, Consumer<ThemeMention> sink) {
    this.tally = tally;
    this.sink = sink;
  }

  void begin() {
    Arrays.fill(linked, 0);
    Arrays.fill(anonymous, 0);
  }

  void record(ThemeMention mention, Theme theme) {
    if (mention.linked()) {
      linked[theme.ordinal()]++;
    } else {
      anonymous[theme.ordinal()]++;
    }
    tally.mention(theme, mention);
    sink.accept(mention);
  }

  /** Mentions of {@code theme} in records that carry the customer's id. */
  int linked(Theme theme) {
    return linked[theme.ordinal()];
  }

  /** Mentions of {@code theme} in the customer's reviews published without a customer id. */
  int anonymous(Theme theme) {
    return anonymous[theme.ordinal()];
  }
}
