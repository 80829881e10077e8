package io.papercuts.generate;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;

/**
 * Writes {@code ground-truth.json}: the settings, the hidden world (planted themes with prevalence
 * and churn multiplier, loud reasons, noise themes, base churn, survey probability, which survey
 * choice names which theme) and the facts measured on this corpus per theme (customers with it,
 * customers mentioning it, churn rate with and without it, churn lift, how often it was the stated
 * reason, how it was mentioned). Rates are rounded to 4 decimals; counts are exact.
 */
final class GroundTruthWriter {

  static final String PATH = "ground-truth.json";
  static final int FORMAT_VERSION = 1;

  private GroundTruthWriter() {
  }

  static void write(Path outDir, GeneratorSettings settings, WorldModel world, GroundTruthTally tally,
      ThemeLabelWriter labels) throws IOException {
    try (Writer out = OutputFiles.open(outDir.resolve(PATH));
        JsonGenerator gen = new JsonFactory().createGenerator(out).useDefaultPrettyPrinter()) {
      gen.writeStartObject();
      gen.writeNumberField("format_version", FORMAT_VERSION);
      gen.writeNumberField("seed", settings.seed());
      gen.writeNumberField("customers", settings.customers());
      gen.writeStringField("start_date", settings.startDate().toString());
      gen.writeStringField("end_date", settings.endDate().toString());
      gen.writeNumberField("weeks", settings.weeks());
      gen.writeStringField("customer_labels_file", ThemeLabelWriter.PATH);

      gen.writeObjectFieldStart("model");
      gen.writeNumberField("target_churn_rate", world.targetChurn());
      gen.writeNumberField("base_churn_probability", round(world.baseChurn()));
      gen.writeNumberField("exit_survey_probability", CustomerSampler.SURVEY_PROBABILITY);
      gen.writeNumberField("planted_stated_probability", CustomerSampler.PLANTED_STATED_PROBABILITY);
      gen.writeEndObject();

      writeThemes(gen, "planted", ThemeRole.PLANTED, world);
      writeThemes(gen, "loud_reasons", ThemeRole.LOUD, world);
      writeThemes(gen, "noise_themes", ThemeRole.NOISE, world);

      gen.writeObjectFieldStart("stated_reason_names");
      for (StatedReason reason : StatedReason.values()) {
        gen.writeArrayFieldStart(reason.label());
        for (Theme theme : reason.names()) {
          gen.writeString(theme.id());
        }
        gen.writeEndArray();
      }
      gen.writeEndObject();

      gen.writeObjectFieldStart("measured");
      gen.writeNumberField("customers", tally.customers);
      gen.writeNumberField("churned", tally.churned);
      gen.writeNumberField("churn_rate", rate(tally.churned, tally.customers));
      gen.writeNumberField("exit_surveys", tally.surveys);
      gen.writeNumberField("conversations", tally.conversations);
      gen.writeNumberField("reviews", tally.reviews);
      gen.writeNumberField("anonymous_reviews", tally.anonymousReviews);
      gen.writeNumberField("customer_theme_labels", labels.records());
      gen.writeObjectFieldStart("stated_reasons");
      for (StatedReason reason : StatedReason.values()) {
        gen.writeNumberField(reason.label(), tally.statedReasons[reason.ordinal()]);
      }
      gen.writeEndObject();
      gen.writeArrayFieldStart("themes");
      for (Theme theme : Theme.values()) {
        writeMeasured(gen, theme, world, tally);
      }
      gen.writeEndArray();
      gen.writeEndObject();

      gen.writeEndObject();
      gen.flush();
      out.write('\n');
    }
  }

  private static void writeThemes(JsonGenerator gen, String field, ThemeRole role, WorldModel world)
      throws IOException {
    gen.writeArrayFieldStart(field);
    for (Theme theme : Theme.values()) {
      ThemeParameters p = world.parameters(theme);
      if (p.role() == role) {
        gen.writeStartObject();
        gen.writeStringField("theme_id", theme.id());
        gen.writeNumberField("prevalence", p.prevalence());
        gen.writeNumberField("churn_multiplier", p.churnMultiplier());
        gen.writeEndObject();
      }
    }
    gen.writeEndArray();
  }

  private static void writeMeasured(JsonGenerator gen, Theme theme, WorldModel world,
      GroundTruthTally tally) throws IOException {
    int t = theme.ordinal();
    long with = tally.withTheme[t];
    long churnedWith = tally.churnedWithTheme[t];
    long without = tally.customers - with;
    long churnedWithout = tally.churned - churnedWith;
    long mentioning = tally.mentioning[t];
    long churnedMentioning = tally.churnedMentioning[t];
    gen.writeStartObject();
    gen.writeStringField("theme_id", theme.id());
    gen.writeStringField("role", world.role(theme).label());
    gen.writeNumberField("customers", with);
    gen.writeNumberField("churned", churnedWith);
    gen.writeNumberField("churn_rate_with", rate(churnedWith, with));
    gen.writeNumberField("churn_rate_without", rate(churnedWithout, without));
    gen.writeNumberField("churn_lift", ratio(rate(churnedWith, with), rate(tally.churned, tally.customers)));
    gen.writeNumberField("customers_mentioning", mentioning);
    gen.writeNumberField("churned_mentioning", churnedMentioning);
    gen.writeNumberField("churn_rate_mentioning", rate(churnedMentioning, mentioning));
    gen.writeNumberField("churn_rate_not_mentioning",
        rate(tally.churned - churnedMentioning, tally.customers - mentioning));
    gen.writeNumberField("surveyed_churners", tally.surveyedWithTheme[t]);
    gen.writeNumberField("stated_as_reason", tally.statedWithTheme[t]);
    gen.writeNumberField("stated_share", rate(tally.statedWithTheme[t], tally.surveyedWithTheme[t]));
    gen.writeNumberField("mentions", tally.mentions[t]);
    gen.writeObjectFieldStart("mentions_by_source");
    gen.writeNumberField("survey", tally.mentionsBySource[t][0]);
    gen.writeNumberField("transcript", tally.mentionsBySource[t][1]);
    gen.writeNumberField("review", tally.mentionsBySource[t][2]);
    gen.writeEndObject();
    gen.writeNumberField("quiet_mentions", tally.quietMentions[t]);
    gen.writeNumberField("quiet_share", rate(tally.quietMentions[t], tally.mentions[t]));
    gen.writeNumberField("mentions_in_4_5_star_reviews", tally.positiveReviewMentions[t]);
    gen.writeNumberField("mentions_explaining_stated_reason", tally.reasonMentions[t]);
    gen.writeEndObject();
  }

  private static double rate(long part, long whole) {
    return whole == 0 ? 0.0 : round((double) part / whole);
  }

  private static double ratio(double a, double b) {
    return b == 0 ? 0.0 : round(a / b);
  }

  private static double round(double value) {
    return Math.round(value * 10_000.0) / 10_000.0;
  }
}
