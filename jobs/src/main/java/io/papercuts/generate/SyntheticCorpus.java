package io.papercuts.generate;

import io.papercuts.ingest.SourceKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * The synthetic data generator behind {@code papercuts generate}. Simulates customers one at a
 * time from a seeded {@link WorldModel} (planted paper cuts that raise churn but are voiced quietly
 * and almost never stated; loud, common, barely churn-linked price and competitor reasons; noise
 * frictions) and streams them into the docs/inputs.md layout under {@code outDir}:
 * {@value ExitSurveyWriter#PATH}, {@value TranscriptWriter#PATH}, {@value ReviewWriter#PATH},
 * {@value CustomerFileWriter#PATH}, plus the answer keys {@value GroundTruthWriter#PATH} and
 * {@value ThemeLabelWriter#PATH} outside the input folders. Memory is constant in the number of
 * customers. Output is byte-identical for the same settings: every random draw comes from a
 * {@link SplittableRandom} seeded with {@code settings.seed()} (one split per customer), never from
 * time or hash order. Existing files at those paths are replaced. Stateless and thread-safe;
 * concurrent calls must use different directories.
 */
public final class SyntheticCorpus {

  private SyntheticCorpus() {
  }

  /** Writes the corpus; returns records and bytes per file. */
  public static GeneratorSummary write(Path outDir, GeneratorSettings settings) throws IOException {
    return write(outDir, settings, mention -> { });
  }

  /**
   * As {@link #write(Path, GeneratorSettings)}, also handing every complaint sentence with its
   * label to {@code sink} as it is written (for sentence-level evaluation and tests).
   */
  public static GeneratorSummary write(Path outDir, GeneratorSettings settings,
      Consumer<ThemeMention> sink) throws IOException {
    SplittableRandom root = new SplittableRandom(settings.seed());
    WorldModel world = WorldModel.draw(settings, root.split());
    CustomerSampler sampler = new CustomerSampler(settings, world);
    SentenceComposer composer = new SentenceComposer(PhraseBook.standard());
    GroundTruthTally tally = new GroundTruthTally();
    MentionLedger ledger = new MentionLedger(tally, sink);
    Files.createDirectories(outDir);

    Map<String, Long> records = new LinkedHashMap<>();
    try (CustomerFileWriter customers = new CustomerFileWriter(outDir);
        ExitSurveyWriter surveys = new ExitSurveyWriter(outDir, composer, world);
        TranscriptWriter transcripts = new TranscriptWriter(outDir, composer, world);
        ReviewWriter reviews = new ReviewWriter(outDir, composer, world);
        ThemeLabelWriter labels = new ThemeLabelWriter(outDir)) {
      for (int i = 0; i < settings.customers(); i++) {
        SplittableRandom rng = root.split();
        CustomerProfile profile = sampler.sample(i, rng);
        ledger.begin();
        customers.write(profile);
        for (PlannedDocument document : profile.documents()) {
          if (document.source() == SourceKind.SURVEY) {
            surveys.write(profile, document, rng, ledger);
          } else if (document.source() == SourceKind.TRANSCRIPT) {
            transcripts.write(profile, document, rng, ledger);
          } else {
            reviews.write(profile, document, rng, ledger);
          }
        }
        labels.write(profile, world, ledger);
        tally.customer(profile, ledger);
      }
      tally.conversations = transcripts.records();
      tally.reviews = reviews.records();
      tally.anonymousReviews = reviews.anonymous();
      records.put(CustomerFileWriter.PATH, customers.records());
      records.put(ExitSurveyWriter.PATH, surveys.records());
      records.put(TranscriptWriter.PATH, transcripts.records());
      records.put(ReviewWriter.PATH, reviews.records());
      records.put(ThemeLabelWriter.PATH, labels.records());
      GroundTruthWriter.write(outDir, settings, world, tally, labels);
      records.put(GroundTruthWriter.PATH, 1L);
    }
    Map<String, Long> bytes = new LinkedHashMap<>();
    for (String path : records.keySet()) {
      bytes.put(path, Files.size(outDir.resolve(path)));
    }
    return new GeneratorSummary(outDir, records, bytes, tally.customers, tally.churned);
  }
}
