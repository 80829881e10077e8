package io.papercuts.cues;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Kinds of cue {@link CueDetector} reports, each with what it means to the complaint rules: its
 * polarity as written and under negation, and whether it voices a grievance, hedges, is loud or
 * says why a sentence is a paper cut. The rules ({@link ComplaintClassifier}) read these
 * attributes instead of listing types, so a new cue type is one constant here (plus its lexicon
 * rows, {@link CueLexicon.EntryType}).
 *
 * <p>The first five are the ones the method is built on (DESIGN section 5); {@link #PRAISE} and
 * {@link #INTENSIFIER} give polarity and loudness to the complaint rules and are reported too, so
 * an analyst can see why a sentence was judged mixed or loud.
 */
public enum CueType {
  /** Hedges and minimisers: "a bit", "not a big deal", "only thing". */
  MINIMIZER(Polarity.NONE, Polarity.NONE, Trait.PAPERCUT, Trait.HEDGE),
  /** Turns from one side to another: "but", "although", "other than that". */
  CONTRAST(Polarity.NONE, Polarity.NONE, Trait.PAPERCUT),
  /**
   * Effort and repetition: "again", "third time", "had to", "still waiting". Negative, but no
   * grievance: it reports what the customer had to do, and praise next to it mostly concedes it.
   */
  EFFORT(Polarity.NEGATIVE, Polarity.NONE, Trait.PAPERCUT),
  /** Broken expectation: "was supposed to", "never heard back", "didn't work". */
  BREACH(Polarity.NEGATIVE, Polarity.NONE, Trait.PAPERCUT, Trait.GRIEVANCE),
  /**
   * Domain negatives the general sentiment model misses: "crushed", "overcharged", "on hold";
   * negated ("no complaints", "not bad") it counts as positive.
   */
  FRICTION(Polarity.NEGATIVE, Polarity.POSITIVE, Trait.PAPERCUT, Trait.GRIEVANCE),
  /**
   * Positive evaluation: "great", "love", "friendly"; negated ("not great") it counts as negative.
   */
  PRAISE(Polarity.POSITIVE, Polarity.NEGATIVE),
  /** Loudness: "absolutely", "worst", "unacceptable"; makes a complaint loud rather than mild. */
  INTENSIFIER(Polarity.NONE, Polarity.NONE, Trait.LOUD);

  /** What a cue type is, besides its polarity; each is one accessor below. */
  private enum Trait { GRIEVANCE, HEDGE, LOUD, PAPERCUT }

  private final Polarity polarity;
  private final Polarity negatedPolarity;
  private final Set<Trait> traits;

  CueType(Polarity polarity, Polarity negatedPolarity, Trait... traits) {
    this.polarity = polarity;
    this.negatedPolarity = negatedPolarity;
    this.traits = Set.of(traits);
  }

  /** snake_case label written to Parquet and used in evidence strings ("breach"). */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The polarity of a cue of this type that is not negated ({@link Cue#polarity()}). */
  public Polarity polarity() {
    return polarity;
  }

  /**
   * The polarity of a negated cue of this type: "not great" is negative, "no complaints" positive;
   * a negated effort or breach cue ("didn't have to call") leans nowhere.
   */
  public Polarity negatedPolarity() {
    return negatedPolarity;
  }

  /**
   * A cue of this type, not negated, voices a grievance: a negative opinion, the negative half of
   * a mixed sentence. Effort is negative but no grievance ({@link #EFFORT}).
   */
  public boolean isGrievance() {
    return traits.contains(Trait.GRIEVANCE);
  }

  /** A cue of this type, not negated, hedges: it makes a complaint quiet ("a bit", "I guess"). */
  public boolean isHedge() {
    return traits.contains(Trait.HEDGE);
  }

  /** A cue of this type, not negated, makes a complaint loud unless it sits next to praise. */
  public boolean isLoud() {
    return traits.contains(Trait.LOUD);
  }

  /**
   * One of the five cues the method is built on: not negated, it says why a sentence is a paper
   * cut (and is the cue shown beside a quote). Praise and intensifiers only steer the rules.
   */
  public boolean isPapercutCue() {
    return traits.contains(Trait.PAPERCUT);
  }

  /**
   * The labels of the {@linkplain #isPapercutCue paper-cut cues}, in declaration order:
   * {@code minimizer, contrast, effort, breach, friction}.
   */
  public static List<String> papercutCueLabels() {
    return Arrays.stream(values()).filter(CueType::isPapercutCue).map(CueType::label).toList();
  }
}
