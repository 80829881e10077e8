package io.papercuts.scoring;

/**
 * The counts a summary job aggregates for one theme over the run's window, and the run totals the
 * scorer compares them with. Counts are distinct customers unless named mentions.
 *
 * @param themeId the theme
 * @param customers customers with at least one sentence of the theme
 * @param mentions sentences of the theme
 * @param complaintMentions of those, complaints
 * @param quietMentions of the complaints, quiet ones (hedged, mild, or in a positive unit)
 * @param mixedMentions of the complaints, those in a unit whose rating or overall tone is positive
 *     (the promoter with a grievance)
 * @param statedCustomers customers of the theme whose stated reason names the theme
 * @param customersWithStated customers of the theme who gave any stated reason
 * @param churnedWithTheme customers of the theme who churned
 * @param ratingSumWithTheme sum of ratings of the units mentioning the theme, each normalised by
 *     the caller to 0..1 (stars: (r - 1) / 4; NPS: n / 10)
 * @param ratingCountWithTheme rated units mentioning the theme
 * @param ratingSumAll sum of normalised ratings of all rated units
 * @param ratingCountAll all rated units
 * @param totalCustomers all customers of the run
 * @param totalChurned customers of the run who churned
 * @param churnKnown whether churn status is known for the population (a customers file was
 *     given); without it exit surveys alone mark churn and the churn lift would be biased, so it
 *     is not used
 */
public record ThemeStats(
    String themeId,
    long customers,
    long mentions,
    long complaintMentions,
    long quietMentions,
    long mixedMentions,
    long statedCustomers,
    long customersWithStated,
    long churnedWithTheme,
    double ratingSumWithTheme,
    long ratingCountWithTheme,
    double ratingSumAll,
    long ratingCountAll,
    long totalCustomers,
    long totalChurned,
    boolean churnKnown) {

  public ThemeStats {
    if (customers < 0 || mentions < 0 || complaintMentions < 0 || quietMentions < 0
        || mixedMentions < 0 || statedCustomers < 0 || customersWithStated < 0
        || churnedWithTheme < 0 || ratingCountWithTheme < 0 || ratingCountAll < 0
        || totalCustomers < 0 || totalChurned < 0) {
      throw invalid(themeId, "counts must be >= 0");
    }
    if (quietMentions > complaintMentions || mixedMentions > complaintMentions
        || complaintMentions > mentions) {
      throw invalid(themeId, "need quiet, mixed <= complaint mentions <= mentions");
    }
    if (statedCustomers > customersWithStated || customersWithStated > customers
        || churnedWithTheme > customers || customers > totalCustomers
        || churnedWithTheme > totalChurned || totalChurned > totalCustomers) {
      throw invalid(themeId, "customer counts are inconsistent");
    }
    if (ratingCountWithTheme > ratingCountAll
        || !(ratingSumWithTheme >= 0) || ratingSumWithTheme > ratingCountWithTheme * (1 + 1e-9)
        || !(ratingSumAll >= 0) || ratingSumAll > ratingCountAll * (1 + 1e-9)) {
      throw invalid(themeId, "rating sums must be of ratings normalised to 0..1");
    }
  }

  private static IllegalArgumentException invalid(String themeId, String what) {
    return new IllegalArgumentException("theme " + themeId + ": " + what);
  }
}
