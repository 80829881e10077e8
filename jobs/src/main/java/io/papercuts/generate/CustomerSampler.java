package io.papercuts.generate;

import io.papercuts.ingest.SourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Samples one {@link CustomerProfile} from the {@link WorldModel}: themes by prevalence, churn by
 * the multiplicative model, the exit survey (probability {@value #SURVEY_PROBABILITY} for a
 * churner), the stated reason (planted cuts are almost never stated) and where each theme will be
 * mentioned. All randomness comes from the per-customer stream. Immutable and thread-safe.
 */
final class CustomerSampler {

  static final double SURVEY_PROBABILITY = 0.7;
  /** Chance that a churner with a planted cut picks the survey choice that names it. */
  static final double PLANTED_STATED_PROBABILITY = 0.025;
  /** Extra weight a noise friction gives the survey choice naming it: noise is said out loud. */
  static final double NOISE_STATED_WEIGHT = 12.0;

  private static final int MAX_TRANSCRIPTS = 5;
  private static final int MAX_REVIEWS = 2;
  // Cumulative probabilities of 0, 1, 2 mentions (3 takes the rest) for a theme the customer has.
  private static final double[] PLANTED_MENTIONS = {0.12, 0.75, 0.95};
  private static final double[] NOISE_MENTIONS = {0.10, 0.80, 0.97};
  private static final double[] LOUD_MENTIONS = {0.20, 0.80, 1.0};
  private static final double[] BASE_TRANSCRIPTS = {0.55, 0.85, 0.95};

  private final GeneratorSettings settings;
  private final WorldModel world;
  private final String idFormat;

  CustomerSampler(GeneratorSettings settings, WorldModel world) {
    this.settings = settings;
    this.world = world;
    int width = Math.max(6, Integer.toString(settings.customers()).length());
    this.idFormat = "C-%0" + width + "d";
  }

  CustomerProfile sample(int index, SplittableRandom rng) {
    String id = String.format(idFormat, index + 1);
    double u = rng.nextDouble();
    String segment = u < 0.6 ? "consumer" : u < 0.9 ? "smb" : "enterprise";
    LocalDate start = settings.startDate();
    LocalDate signup = start.minusDays(30 + rng.nextInt(1500));

    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    double churnProbability = world.baseChurn();
    for (Theme theme : Theme.values()) {
      ThemeParameters p = world.parameters(theme);
      // An absent theme draws nothing, so adding one leaves every other corpus unchanged.
      if (p.prevalence() > 0 && rng.nextDouble() < p.prevalence()) {
        themes.add(theme);
        churnProbability *= p.churnMultiplier();
      }
    }
    boolean churned = rng.nextDouble() < Math.min(WorldModel.MAX_CHURN, churnProbability);

    int days = settings.weeks() * 7;
    int firstChurnDay = Math.max(1, days / 6);
    LocalDate churnDate = churned ? start.plusDays(firstChurnDay + rng.nextInt(days - firstChurnDay)) : null;
    // Churners' texts come before they leave, so the exit survey is always their last word.
    LocalDate activityEnd = churned ? churnDate.minusDays(1) : settings.endDate();
    int activityDays = (int) (activityEnd.toEpochDay() - start.toEpochDay()) + 1;

    StatedReason reason = null;
    LocalDate surveyDate = null;
    int nps = -1;
    CustomerProfile.SurveyComment comment = CustomerProfile.SurveyComment.EMPTY;
    boolean explainsReason = false;
    if (churned && rng.nextDouble() < SURVEY_PROBABILITY) {
      reason = chooseReason(themes, rng);
      surveyDate = churnDate.plusDays(rng.nextInt(3));
      nps = rng.nextDouble() < 0.1 ? -1 : npsOfChurner(rng);
      double c = rng.nextDouble();
      comment = c < 0.18 ? CustomerProfile.SurveyComment.EMPTY
          : c < 0.28 ? CustomerProfile.SurveyComment.NON_ANSWER
          : CustomerProfile.SurveyComment.TEXT;
      explainsReason = comment == CustomerProfile.SurveyComment.TEXT && rng.nextDouble() < 0.85;
      if (explainsReason) {
        // "Price" explained as "way too expensive" is a price mention: the customer has the theme.
        for (Theme named : reason.names()) {
          if (named.isLoudReason()) {
            themes.add(named);
          }
        }
      }
    }

    List<PlannedDocument> transcripts = new ArrayList<>();
    List<PlannedDocument> reviews = new ArrayList<>();
    int baseTranscripts = countFrom(BASE_TRANSCRIPTS, rng);
    for (int i = 0; i < baseTranscripts; i++) {
      transcripts.add(new PlannedDocument(SourceKind.TRANSCRIPT, activityDate(start, activityDays, rng)));
    }
    if (rng.nextDouble() < (churned ? 0.30 : 0.22)) {
      reviews.add(new PlannedDocument(SourceKind.REVIEW, activityDate(start, activityDays, rng)));
    }
    PlannedDocument survey = reason == null ? null : new PlannedDocument(SourceKind.SURVEY, surveyDate);
    boolean surveyTakesText = comment == CustomerProfile.SurveyComment.TEXT;

    for (Theme theme : themes) {
      int mentions = countFrom(mentionDistribution(world.role(theme)), rng);
      for (int m = 0; m < mentions; m++) {
        int sw = survey != null && surveyTakesText ? theme.surveyWeight() : 0;
        int total = sw + theme.transcriptWeight() + theme.reviewWeight();
        int pick = rng.nextInt(total);
        if (pick < sw) {
          survey.add(theme);
        } else if (pick < sw + theme.transcriptWeight()) {
          place(theme, transcripts, MAX_TRANSCRIPTS, SourceKind.TRANSCRIPT, start, activityDays, rng);
        } else {
          place(theme, reviews, MAX_REVIEWS, SourceKind.REVIEW, start, activityDays, rng);
        }
      }
    }

    List<PlannedDocument> documents = new ArrayList<>();
    if (survey != null) {
      documents.add(survey);
    }
    List<PlannedDocument> activity = new ArrayList<>(transcripts);
    activity.addAll(reviews);
    activity.sort(Comparator.comparing(PlannedDocument::date));
    documents.addAll(activity);

    return new CustomerProfile(id, segment, signup, Collections.unmodifiableSet(themes), churned,
        churnDate, reason, surveyDate, nps, comment, explainsReason,
        Collections.unmodifiableList(documents), Voice.sample(rng));
  }

  private StatedReason chooseReason(Set<Theme> themes, SplittableRandom rng) {
    StatedReason[] reasons = StatedReason.values();
    double[] weights = new double[reasons.length];
    for (int i = 0; i < reasons.length; i++) {
      weights[i] = reasons[i].priorWeight();
    }
    if (themes.contains(Theme.PRICE)) {
      weights[StatedReason.PRICE.ordinal()] *= 2.5;
    }
    if (themes.contains(Theme.COMPETITOR)) {
      weights[StatedReason.COMPETITOR.ordinal()] *= 3.0;
    }
    for (Theme theme : themes) {
      StatedReason naming = StatedReason.naming(theme);
      if (naming != null && world.role(theme) == ThemeRole.NOISE) {
        weights[naming.ordinal()] += NOISE_STATED_WEIGHT;
      }
    }
    // Paper cuts are what people do not put down as the reason: a separate, rare draw below.
    for (Theme theme : themes) {
      StatedReason naming = StatedReason.naming(theme);
      if (naming != null && world.role(theme) == ThemeRole.PLANTED) {
        weights[naming.ordinal()] = 0.0;
      }
    }
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double u = rng.nextDouble() * total;
    StatedReason chosen = reasons[reasons.length - 1];
    for (int i = 0; i < reasons.length; i++) {
      u -= weights[i];
      if (u < 0) {
        chosen = reasons[i];
        break;
      }
    }
    for (Theme theme : themes) {
      StatedReason naming = StatedReason.naming(theme);
      if (naming != null && world.role(theme) == ThemeRole.PLANTED
          && rng.nextDouble() < PLANTED_STATED_PROBABILITY) {
        return naming;
      }
    }
    return chosen;
  }

  private static int npsOfChurner(SplittableRandom rng) {
    double u = rng.nextDouble();
    return u < 0.85 ? rng.nextInt(7) : 7 + rng.nextInt(3);
  }

  private static double[] mentionDistribution(ThemeRole role) {
    return switch (role) {
      case PLANTED -> PLANTED_MENTIONS;
      case NOISE -> NOISE_MENTIONS;
      case LOUD -> LOUD_MENTIONS;
    };
  }

  private static int countFrom(double[] cumulative, SplittableRandom rng) {
    double u = rng.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i;
      }
    }
    return cumulative.length;
  }

  private static LocalDate activityDate(LocalDate start, int activityDays, SplittableRandom rng) {
    return start.plusDays(rng.nextInt(activityDays));
  }

  /** Puts the mention in a random document of this kind not yet mentioning the theme, else a new one. */
  private static void place(Theme theme, List<PlannedDocument> documents, int max, SourceKind source,
      LocalDate start, int activityDays, SplittableRandom rng) {
    List<PlannedDocument> free = new ArrayList<>(documents.size());
    for (PlannedDocument document : documents) {
      if (!document.mentions(theme)) {
        free.add(document);
      }
    }
    if (!free.isEmpty()) {
      free.get(rng.nextInt(free.size())).add(theme);
    } else if (documents.size() < max) {
      PlannedDocument document = new PlannedDocument(source, activityDate(start, activityDays, rng));
      document.add(theme);
      documents.add(document);
    } else {
      documents.get(rng.nextInt(documents.size())).add(theme);
    }
  }
}
