package io.papercuts.generate;

import io.papercuts.ingest.SourceKind;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code reviews/reviews.csv} (docs/inputs.md). A rating is drawn first (churners rate
 * lower), then lowered by loud or plain complaints; quiet paper cuts mostly leave it at 4-5 stars,
 * which is the "promoter with a grievance" the engine must notice. The body mixes general praise
 * or criticism, the planned complaints and the occasional compliment about a topic that is a theme
 * elsewhere (a fair trap for keyword matching). One review in ten is published without a customer
 * id. Confined to one thread.
 */
final class ReviewWriter implements Closeable {

  static final String PATH = "reviews/reviews.csv";

  // Cumulative probabilities of 1, 2, 3, 4 stars (5 takes the rest).
  private static final double[] STAYING = {0.02, 0.05, 0.13, 0.50};
  private static final double[] CHURNING = {0.20, 0.40, 0.65, 0.88};

  private final CSVPrinter printer;
  private final SentenceComposer composer;
  private final WorldModel world;
  private long records;
  private long anonymous;

  ReviewWriter(Path outDir, SentenceComposer composer, WorldModel world) throws IOException {
    this.composer = composer;
    this.world = world;
    printer = OutputFiles.csv(outDir.resolve(PATH),
        "review_id", "customer_id", "product", "rating", "title", "body", "review_date");
  }

  void write(CustomerProfile profile, PlannedDocument review, SplittableRandom rng,
      MentionLedger ledger) throws IOException {
    records++;
    String reviewId = "RV-" + records;
    boolean linked = rng.nextDouble() >= 0.1;
    if (!linked) {
      anonymous++;
    }
    List<Theme> themes = review.themes();
    MentionStyle[] styles = new MentionStyle[themes.size()];
    int rating = stars(profile.churned() ? CHURNING : STAYING, rng);
    for (int i = 0; i < styles.length; i++) {
      Theme theme = themes.get(i);
      ThemeRole role = world.role(theme);
      styles[i] = MentionStyle.sample(role, rng);
      rating = adjust(rating, role, styles[i], rng);
    }

    Voice voice = profile.voice();
    List<String> sentences = new ArrayList<>();
    String opener = opener(rating, rng);
    if (opener != null) {
      sentences.add(voice.apply(opener, rng));
    }
    if (rating >= 3 && rng.nextDouble() < 0.15) {
      sentences.add(voice.apply(composer.sentence("aspect.positive", rng), rng));
    }
    for (int i = 0; i < styles.length; i++) {
      Theme theme = themes.get(i);
      String sentence = voice.apply(composer.mention(theme, styles[i], rng), rng);
      ledger.record(new ThemeMention(profile.customerId(), theme.id(), SourceKind.REVIEW.label(),
          reviewId, linked, sentence, styles[i], false, rating), theme);
      sentences.add(sentence);
    }
    if (sentences.isEmpty()) {
      String section = rating >= 3 ? "general.positive" : "general.negative";
      sentences.add(voice.apply(composer.sentence(section, rng), rng));
    }
    boolean openerFirst = opener != null && rng.nextDouble() < 0.7;
    Shuffle.shuffle(sentences, openerFirst ? 1 : 0, rng);
    if (rng.nextDouble() < 0.35) {
      sentences.add(voice.apply(closing(rating, !themes.isEmpty(), rng), rng));
    }

    String product = composer.book().pick("review.product", rng);
    String date = rng.nextDouble() < 0.15
        ? OutputFiles.instant(review.date(), 7 * 3600 + rng.nextInt(15 * 3600))
        : review.date().toString();
    printer.printRecord(reviewId, linked ? profile.customerId() : "", product, rating,
        title(rating, !themes.isEmpty(), rng), String.join(" ", sentences), date);
  }

  private String opener(int rating, SplittableRandom rng) {
    if (rating >= 4) {
      String first = composer.sentence("general.positive", rng);
      return rng.nextDouble() < 0.3 ? first + " " + composer.sentence("general.positive", rng) : first;
    }
    if (rating == 3) {
      if (rng.nextDouble() < 0.3) {
        return null;
      }
      return composer.sentence(rng.nextBoolean() ? "general.positive" : "general.negative", rng);
    }
    return rng.nextDouble() < 0.6 ? composer.sentence("general.negative", rng) : null;
  }

  private String closing(int rating, boolean complains, SplittableRandom rng) {
    if (rating <= 2) {
      return composer.line("review.closing.negative", rng, Map.of());
    }
    if (complains && rating < 5 && rng.nextBoolean()) {
      String stars = rng.nextBoolean() ? Integer.toString(rating) : rating == 4 ? "four" : "three";
      return composer.line("review.closing.docked", rng, Map.of("stars", stars));
    }
    return composer.line("review.closing.positive", rng, Map.of());
  }

  private String title(int rating, boolean complains, SplittableRandom rng) {
    if (rng.nextDouble() < 0.1) {
      return "";
    }
    String section;
    if (rating >= 4) {
      section = complains && rng.nextBoolean() ? "title.mixed" : "title.positive";
    } else {
      section = rating == 3 ? "title.mixed" : "title.negative";
    }
    return composer.line(section, rng, Map.of());
  }

  private static int adjust(int rating, ThemeRole role, MentionStyle style, SplittableRandom rng) {
    if (style == MentionStyle.LOUD) {
      return Math.min(rating, 1 + rng.nextInt(3));
    }
    if (style == MentionStyle.PLAIN) {
      double cut = role == ThemeRole.PLANTED ? 0.2 : 0.5;
      return rng.nextDouble() < cut ? Math.min(rating, 2 + rng.nextInt(2)) : rating;
    }
    // Quiet mentions seldom cost a star: the reviewer is mostly happy.
    return rating >= 4 && rng.nextDouble() < 0.1 ? rating - 1 : rating;
  }

  private static int stars(double[] cumulative, SplittableRandom rng) {
    double u = rng.nextDouble();
    for (int i = 0; i < cumulative.length; i++) {
      if (u < cumulative[i]) {
        return i + 1;
      }
    }
    return 5;
  }

  long records() {
    return records;
  }

  long anonymous() {
    return anonymous;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
