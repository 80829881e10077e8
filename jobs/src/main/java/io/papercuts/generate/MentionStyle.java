package io.papercuts.generate;

import java.util.SplittableRandom;

/**
 * How a customer phrases one complaint: hedged ("minor thing, but ..."), mitigated ("..., but
 * otherwise great"), wrapped in praise (contrast), plain, or loud. The first three are quiet.
 */
public enum MentionStyle {
  HEDGED("frame.hedged", true),
  MITIGATED("frame.mitigated", true),
  CONTRAST("frame.contrast", true),
  PLAIN("frame.plain", false),
  LOUD("frame.loud", false);

  // Cumulative probabilities of HEDGED, MITIGATED, CONTRAST, PLAIN (LOUD takes the rest).
  private static final double[] PLANTED = {0.28, 0.45, 0.65, 0.87};
  private static final double[] NOISE = {0.08, 0.14, 0.20, 0.60};
  private static final double[] LOUD_REASON = {0.12, 0.20, 0.30, 0.65};
  private static final double[] STATED = {0.0, 0.0, 0.0, 0.40};

  private final String frameSection;
  private final boolean quiet;

  MentionStyle(String frameSection, boolean quiet) {
    this.frameSection = frameSection;
    this.quiet = quiet;
  }

  String frameSection() {
    return frameSection;
  }

  /** True for hedged, mitigated and contrast framings. */
  public boolean isQuiet() {
    return quiet;
  }

  /** A style for an everyday mention of a theme with this role. */
  static MentionStyle sample(ThemeRole role, SplittableRandom rng) {
    return pick(switch (role) {
      case PLANTED -> PLANTED;
      case NOISE -> NOISE;
      case LOUD -> LOUD_REASON;
    }, rng);
  }

  /** A style for the sentence that explains a churner's stated reason: plain or loud. */
  static MentionStyle sampleStated(SplittableRandom rng) {
    return pick(STATED, rng);
  }

  private static MentionStyle pick(double[] cumulative, SplittableRandom rng) {
    double u = rng.nextDouble();
    MentionStyle[] styles = values();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return styles[i];
      }
    }
    return LOUD;
  }
}
