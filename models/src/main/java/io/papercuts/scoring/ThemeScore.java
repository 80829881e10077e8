package io.papercuts.scoring;

/**
 * A theme's score with every component as its own field, so an analyst can re-rank by any of
 * them (the {@code themes} table writes them as columns). Shares are 0..1. NaN means "not known"
 * and is written as null: {@code statedShare} when none of the theme's customers gave a stated
 * reason, the churn lift fields when the lift is not supported, {@code ratingDelta} without
 * ratings. See {@link PapercutScorer} for the formula.
 *
 * @param breadth customers with the theme / all customers
 * @param negativeShare complaint mentions / mentions
 * @param quietShare quiet complaint mentions / complaint mentions (0 without complaints)
 * @param mixedShare complaint mentions in positive units / complaint mentions (0 without)
 * @param statedShare customers naming the theme as stated reason / customers with any stated reason
 * @param hiddenness mean of quiet share and unstated share (1 - stated share, 1 when unknown)
 * @param churnLift P(churn | theme) / P(churn)
 * @param churnLiftLower lower bound of its 95% interval
 * @param churnLiftUpper upper bound of its 95% interval
 * @param churnLiftSupported whether the lift met the minimum support with churn known
 * @param ratingDelta mean normalised rating of units with the theme minus that of all units
 * @param impact confident excess churn plus weighted, shrunk rating drop (>= 0); the complaint
 *     share when the run has neither churn data nor ratings
 * @param papercutScore 100 x sqrt(breadth) x hiddenness x impact
 * @param scoreBasis what the impact rests on: {@code churn_and_rating}, {@code churn},
 *     {@code rating}, {@code none} (churn known, too few customers for a lift, no ratings),
 *     {@code rating_no_churn_data} or {@code complaints_no_churn_data} (no customer file), or
 *     {@code too_few_customers} (score forced to 0)
 */
public record ThemeScore(
    String themeId,
    long customers,
    long mentions,
    double breadth,
    double negativeShare,
    double quietShare,
    double mixedShare,
    double statedShare,
    double hiddenness,
    double churnLift,
    double churnLiftLower,
    double churnLiftUpper,
    boolean churnLiftSupported,
    double ratingDelta,
    double impact,
    double papercutScore,
    String scoreBasis) {
}
