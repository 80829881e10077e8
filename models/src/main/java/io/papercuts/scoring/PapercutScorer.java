package io.papercuts.scoring;

import java.util.Comparator;

/**
 * Scores a theme from its {@link ThemeStats}: how widespread, how quiet, how unstated and how
 * harmful it is. Pure arithmetic; thread-safe (stateless).
 *
 * <p><b>The score in one paragraph</b> (for docs/method.md). papercut_score = 100 x
 * sqrt(breadth) x hiddenness x impact. <i>Breadth</i> is the share of all customers who mentioned
 * the theme; its square root is used because breadth spans orders of magnitude (0.1% to 25%)
 * while the other factors stay within about 0..1, and a linear breadth would turn the ranking
 * into a ranking by volume, which is what loud themes win.
 * <i>Hiddenness</i> is the unstated share (one minus the share of the theme's customers with a
 * stated reason who named this theme as their reason for leaving; 1 when none of them gave a
 * reason) times (1 + quiet share) / 2, where the quiet share is the share of the theme's
 * complaints that were hedged, calmly stated, or made in an otherwise positive review or survey.
 * So a theme most leavers name is penalised in proportion, and quietness lifts a theme by up to
 * two times against an equally unstated loud one. <i>Impact</i> is the excess churn we are
 * confident of, the lower end of the 95% interval of the churn lift minus one (zero when that end
 * is at or below one, when fewer customers than the minimum support have the theme, or when churn
 * is not known because no customer file was given), plus, where ratings exist, how far the
 * theme's mean rating (on a 0..1 scale, so one star of five is 0.25) lies below the mean of all
 * rated units, shrunk toward zero by n / (n + 10) for n rated units (weight 1 by default, so a
 * one-star drop counts as much as a quarter more churn). It puts first a
 * widespread theme that customers mention quietly and rarely give as their reason yet whose
 * customers leave clearly more often; it puts a loud, openly stated reason such as price low,
 * gives zero to a theme whose customers leave no more often than others and rate no worse.
 * When a run has neither churn data nor ratings (tweets or chats only), nothing measures harm, so
 * the impact is the theme's complaint share (negative_share) instead, and the basis says so
 * ({@code complaints_no_churn_data}): the ranking then weighs breadth, quietness and how often the
 * theme is complained about, not a bare customer count.
 */
public final class PapercutScorer {

  /** Ranking order: score descending, then customers descending, then theme id. */
  public static final Comparator<ThemeScore> RANKING =
      Comparator.comparingDouble(ThemeScore::papercutScore).reversed()
          .thenComparing(Comparator.comparingLong(ThemeScore::customers).reversed())
          .thenComparing(ThemeScore::themeId);

  /** The suffix of a score basis when the run had no churn data (no customer file). */
  public static final String NO_CHURN_DATA = "_no_churn_data";

  private PapercutScorer() {
  }

  public static ThemeScore score(ThemeStats s, ScoringSettings settings) {
    double breadth = share(s.customers(), s.totalCustomers());
    double negativeShare = share(s.complaintMentions(), s.mentions());
    double quietShare = share(s.quietMentions(), s.complaintMentions());
    double mixedShare = share(s.mixedMentions(), s.complaintMentions());
    double statedShare = s.customersWithStated() == 0 ? Double.NaN
        : (double) s.statedCustomers() / s.customersWithStated();
    double unstated = Double.isNaN(statedShare) ? 1.0 : 1.0 - statedShare;
    // Unstatedness multiplies: a reason most leavers give is not a paper cut however quiet its
    // mentions. Quietness only boosts: a plainly voiced friction can still be one.
    double hiddenness = unstated * (1.0 + quietShare) / 2.0;

    ChurnLift lift = s.churnKnown()
        ? ChurnLift.of(s.churnedWithTheme(), s.customers(), s.totalChurned(), s.totalCustomers(),
            settings.minSupport())
        : ChurnLift.of(0, 0, 0, s.totalCustomers(), settings.minSupport());
    double churnExcess = lift.supported() ? Math.max(0.0, lift.lower() - 1.0) : 0.0;

    boolean rated = s.ratingCountWithTheme() > 0 && s.ratingCountAll() > 0;
    double ratingDelta = rated
        ? s.ratingSumWithTheme() / s.ratingCountWithTheme() - s.ratingSumAll() / s.ratingCountAll()
        : Double.NaN;
    double ratingHarm = rated
        ? Math.max(0.0, -ratingDelta) * s.ratingCountWithTheme()
            / (s.ratingCountWithTheme() + settings.ratingPriorUnits())
        : 0.0;

    double impact = churnExcess + settings.ratingWeight() * ratingHarm;
    // Without churn data and ratings (tweets, chats only) nothing measures harm: the share of the
    // theme's mentions that are complaints stands in, so the rank is not a bare customer count.
    boolean complaintsOnly = !s.churnKnown() && !rated;
    if (complaintsOnly) {
      impact = negativeShare;
    }
    boolean tooFew = s.customers() < settings.minCustomers();
    // Square root: breadth spans orders of magnitude while the other factors stay within ~0..1;
    // linear breadth would make the rank a volume (loudness) ranking.
    double score = tooFew ? 0.0 : 100.0 * Math.sqrt(breadth) * hiddenness * impact;
    String basis = tooFew ? "too_few_customers"
        : lift.supported() && rated ? "churn_and_rating"
        : lift.supported() ? "churn"
        : !s.churnKnown() ? (rated ? "rating" : "complaints") + NO_CHURN_DATA
        : rated ? "rating"
        : "none";

    return new ThemeScore(s.themeId(), s.customers(), s.mentions(), breadth, negativeShare,
        quietShare, mixedShare, statedShare, hiddenness,
        lift.lift(), lift.lower(), lift.upper(), lift.supported(),
        ratingDelta, impact, score, basis);
  }

  /** part / whole, or 0 when whole is 0 (nothing to be a share of). */
  private static double share(long part, long whole) {
    return whole == 0 ? 0.0 : (double) part / whole;
  }
}
