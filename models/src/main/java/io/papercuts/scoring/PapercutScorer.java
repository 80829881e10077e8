package io.papercuts.scoring;

import java.util.Comparator;

/**
 * Scores a theme from its {@link ThemeStats}: how widespread, how quiet, how unstated and how
 * harmful it is. Pure arithmetic; thread-safe (stateless).
 *
 * <p><b>The score in one paragraph</b> (for docs/method.md). papercut_score = 100 x breadth x
 * hiddenness x impact. <i>Breadth</i> is the share of all customers who mentioned the theme.
 * <i>Hiddenness</i> is the mean of the quiet share (the share of the theme's complaints that were
 * hedged, mild, or made in an otherwise positive review or survey) and the unstated share (one
 * minus the share of the theme's customers with a stated reason who named this theme as their
 * reason for leaving; taken as fully unstated when none of them gave a reason). <i>Impact</i> is
 * the excess churn we are confident of, the lower end of the 95% interval of the churn lift minus
 * one (zero when that end is at or below one, when fewer customers than the minimum support have
 * the theme, or when churn is not known because no customer file was given), plus, where ratings
 * exist, four times how far the theme's mean rating (on a 0..1 scale, so one star of five is 0.25)
 * lies below the mean of all rated units, shrunk toward zero by n / (n + 10) for n rated units.
 * Since breadth times excess churn approximates the share of all customers lost beyond the usual
 * churn rate among those with the theme, the score reads roughly as "hidden excess churn per 100
 * customers". It puts first a widespread theme that customers mention quietly and rarely give as
 * their reason yet whose customers leave clearly more often; it puts a loud, openly stated reason
 * such as price low, gives zero to a theme whose customers leave no more often than others and
 * rate it no worse, and gives zero to themes mentioned by fewer than the minimum number of
 * customers (3). Each factor is its own column, so an analyst can rank by any one instead.
 */
public final class PapercutScorer {

  /** Ranking order: score descending, then customers descending, then theme id. */
  public static final Comparator<ThemeScore> RANKING =
      Comparator.comparingDouble(ThemeScore::papercutScore).reversed()
          .thenComparing(Comparator.comparingLong(ThemeScore::customers).reversed())
          .thenComparing(ThemeScore::themeId);

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
    double hiddenness = (quietShare + unstated) / 2.0;

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
    boolean tooFew = s.customers() < settings.minCustomers();
    double score = tooFew ? 0.0 : 100.0 * breadth * hiddenness * impact;
    String basis = tooFew ? "too_few_customers"
        : lift.supported() && rated ? "churn_and_rating"
        : lift.supported() ? "churn"
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
