package io.papercuts.transcript;

import java.io.Serializable;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Effort a support conversation put on the customer, read from its structure rather than from what
 * the customer wrote (see {@link EffortSignalDetector}).
 *
 * @param transfers transfer events: system lines, agent announcements or a change of agent,
 *     counted once per event
 * @param holds hold events
 * @param holdMinutes total hold minutes, from the hold lines ("(6 min)") or else from timestamps;
 *     0 when neither tells
 * @param identityChecks agent turns asking the customer to verify who they are
 * @param callbacksPromised agent turns promising a call back or a follow-up
 * @param agentCount distinct agents the customer dealt with
 */
public record EffortSignals(
    int transfers, int holds, int holdMinutes, int identityChecks, int callbacksPromised,
    int agentCount) implements Serializable {

  /** A conversation with no effort signal at all. */
  public static final EffortSignals NONE = new EffortSignals(0, 0, 0, 0, 0, 0);

  /** Transfers from which the customer was passed around ({@code transfers} theme). */
  public static final int MIN_TRANSFERS = 2;
  /** Total hold minutes from which a hold counts as a long wait ({@code hold_time} theme). */
  public static final int LONG_HOLD_MINUTES = 10;
  /** Holds from which the wait is long even when no minutes are known ({@code hold_time}). */
  public static final int MANY_HOLDS = 3;
  /** Identity checks from which the customer was made to repeat themselves ({@code transfers}). */
  public static final int MIN_IDENTITY_CHECKS = 2;

  public EffortSignals {
    if (transfers < 0 || holds < 0 || holdMinutes < 0 || identityChecks < 0
        || callbacksPromised < 0 || agentCount < 0) {
      throw new IllegalArgumentException("effort counts cannot be negative");
    }
  }

  /**
   * Taxonomy themes the structure alone shows, in a stable order:
   * <ul>
   *   <li>{@code transfers} when transfers >= {@value #MIN_TRANSFERS}, or when identity checks >=
   *       {@value #MIN_IDENTITY_CHECKS}: being asked to verify again is the same friction as
   *       repeating your story to each new agent (the {@code transfers} theme covers "repeating
   *       yourself"), so no separate theme id is introduced;
   *   <li>{@code hold_time} when there was a hold and holdMinutes >= {@value #LONG_HOLD_MINUTES},
   *       or when holds >= {@value #MANY_HOLDS} (their total is long even when unmeasured).
   * </ul>
   * A promised callback implies nothing by itself: {@code callback_missed} needs the customer's own
   * words or a repeat contact showing the call never came, which is the caller's join.
   */
  public Set<String> impliedThemes() {
    Set<String> out = new LinkedHashSet<>();
    if (transfers >= MIN_TRANSFERS || identityChecks >= MIN_IDENTITY_CHECKS) {
      out.add("transfers");
    }
    if ((holds >= 1 && holdMinutes >= LONG_HOLD_MINUTES) || holds >= MANY_HOLDS) {
      out.add("hold_time");
    }
    return Collections.unmodifiableSet(out);
  }
}
