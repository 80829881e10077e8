package io.papercuts.generate;

import io.papercuts.ingest.SourceKind;

/**
 * Corpus-wide counters for ground-truth.json: per theme, how many customers have it and mention
 * it, their churn, how often it was the stated reason, and how it was mentioned (where, how
 * quietly, inside 4-5 star reviews). Constant memory whatever the corpus size. Confined to one
 * thread.
 */
final class GroundTruthTally {

  private static final int THEMES = Theme.values().length;

  long customers;
  long churned;
  long surveys;
  long conversations;
  long reviews;
  long anonymousReviews;
  final long[] statedReasons = new long[StatedReason.values().length];

  final long[] withTheme = new long[THEMES];
  final long[] churnedWithTheme = new long[THEMES];
  final long[] mentioning = new long[THEMES];
  final long[] churnedMentioning = new long[THEMES];
  final long[] surveyedWithTheme = new long[THEMES];
  final long[] statedWithTheme = new long[THEMES];
  final long[] mentions = new long[THEMES];
  final long[][] mentionsBySource = new long[THEMES][3];
  final long[] quietMentions = new long[THEMES];
  final long[] positiveReviewMentions = new long[THEMES];
  final long[] reasonMentions = new long[THEMES];

  void mention(Theme theme, ThemeMention mention) {
    int t = theme.ordinal();
    mentions[t]++;
    mentionsBySource[t][sourceIndex(mention.source())]++;
    if (mention.style().isQuiet()) {
      quietMentions[t]++;
    }
    if (mention.rating() >= 4) {
      positiveReviewMentions[t]++;
    }
    if (mention.explainsStatedReason()) {
      reasonMentions[t]++;
    }
  }

  void customer(CustomerProfile profile, MentionLedger ledger) {
    customers++;
    if (profile.churned()) {
      churned++;
    }
    if (profile.answeredSurvey()) {
      surveys++;
      statedReasons[profile.statedReason().ordinal()]++;
    }
    for (Theme theme : profile.themes()) {
      int t = theme.ordinal();
      withTheme[t]++;
      boolean mentioned = ledger.linked(theme) > 0;
      if (mentioned) {
        mentioning[t]++;
      }
      if (profile.churned()) {
        churnedWithTheme[t]++;
        if (mentioned) {
          churnedMentioning[t]++;
        }
      }
      if (profile.answeredSurvey()) {
        surveyedWithTheme[t]++;
        if (profile.statedReason().names().contains(theme)) {
          statedWithTheme[t]++;
        }
      }
    }
  }

  static int sourceIndex(String source) {
    if (source.equals(SourceKind.SURVEY.label())) {
      return 0;
    }
    return source.equals(SourceKind.TRANSCRIPT.label()) ? 1 : 2;
  }
}
