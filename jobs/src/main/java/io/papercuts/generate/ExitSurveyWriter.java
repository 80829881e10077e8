package io.papercuts.generate;

import io.papercuts.ingest.SourceKind;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.apache.commons.csv.CSVPrinter;

/**
 * Writes {@code surveys/exit-surveys.csv} (docs/inputs.md): one response per churner who answered,
 * with the stated reason, an NPS (sometimes blank) and a comment that is empty, a non-answer
 * ("n/a") or text: usually a plain or loud explanation of the stated reason, plus the mentions the
 * plan put in the survey (mostly quiet paper cuts), in varying order, sometimes on several lines.
 * Confined to one thread.
 */
final class ExitSurveyWriter implements Closeable {

  static final String PATH = "surveys/exit-surveys.csv";

  private final CSVPrinter printer;
  private final SentenceComposer composer;
  private final WorldModel world;
  private long records;

  ExitSurveyWriter(Path outDir, SentenceComposer composer, WorldModel world) throws IOException {
    this.composer = composer;
    this.world = world;
    printer = OutputFiles.csv(outDir.resolve(PATH),
        "response_id", "customer_id", "submitted_at", "stated_reason", "comment", "nps");
  }

  void write(CustomerProfile profile, PlannedDocument survey, SplittableRandom rng,
      MentionLedger ledger) throws IOException {
    records++;
    String responseId = "R-" + records;
    String comment = switch (profile.comment()) {
      case EMPTY -> "";
      case NON_ANSWER -> composer.book().pick("survey.empty", rng);
      case TEXT -> text(profile, survey, responseId, rng, ledger);
    };
    printer.printRecord(responseId, profile.customerId(), submittedAt(profile, rng),
        profile.statedReason().label(), comment, profile.nps() < 0 ? "" : profile.nps());
  }

  private String text(CustomerProfile profile, PlannedDocument survey, String responseId,
      SplittableRandom rng, MentionLedger ledger) {
    Voice voice = profile.voice();
    StatedReason reason = profile.statedReason();
    List<String> sentences = new ArrayList<>();
    if (profile.explainsReason()) {
      List<Theme> named = new ArrayList<>();
      for (Theme theme : reason.names()) {
        if (profile.themes().contains(theme)) {
          named.add(theme);
        }
      }
      if (named.isEmpty()) {
        sentences.add(voice.apply(composer.sentence(reason.commentSection(), rng), rng));
      } else {
        Theme theme = named.get(rng.nextInt(named.size()));
        MentionStyle style = MentionStyle.sampleStated(rng);
        String sentence = voice.apply(composer.mention(theme, style, rng), rng);
        ledger.record(mention(profile, theme, responseId, sentence, style, true), theme);
        sentences.add(sentence);
      }
    }
    boolean reasonFirst = !sentences.isEmpty() && rng.nextDouble() < 0.75;
    for (Theme theme : survey.themes()) {
      MentionStyle style = MentionStyle.sample(world.role(theme), rng);
      String sentence = voice.apply(composer.mention(theme, style, rng), rng);
      ledger.record(mention(profile, theme, responseId, sentence, style, false), theme);
      sentences.add(sentence);
    }
    Shuffle.shuffle(sentences, reasonFirst ? 1 : 0, rng);
    if (sentences.isEmpty() || rng.nextDouble() < 0.3) {
      sentences.add(voice.apply(composer.sentence("survey.closing", rng), rng));
    }
    return String.join(rng.nextDouble() < 0.1 ? "\n" : " ", sentences);
  }

  private static ThemeMention mention(CustomerProfile profile, Theme theme, String responseId,
      String sentence, MentionStyle style, boolean explainsReason) {
    return new ThemeMention(profile.customerId(), theme.id(), SourceKind.SURVEY.label(), responseId,
        true, sentence, style, explainsReason, 0);
  }

  private static String submittedAt(CustomerProfile profile, SplittableRandom rng) {
    // 08:00-20:00 UTC keeps the date the same in UTC and at +02:00.
    long second = 8 * 3600 + rng.nextInt(12 * 3600);
    double u = rng.nextDouble();
    if (u < 0.10) {
      return profile.surveyDate().toString();
    }
    if (u < 0.15) {
      return OutputFiles.offsetDateTime(profile.surveyDate(), second);
    }
    return OutputFiles.instant(profile.surveyDate(), second);
  }

  long records() {
    return records;
  }

  @Override
  public void close() throws IOException {
    printer.close();
  }
}
