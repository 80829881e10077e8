package io.papercuts.generate;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SyntheticCorpusTest {

  private static final List<String> FILES = List.of("customers/customers.csv",
      "surveys/exit-surveys.csv", "transcripts/chats.jsonl", "reviews/reviews.csv",
      "ground-truth-customers.csv", "ground-truth.json");

  @TempDir
  static Path shared;

  private static GeneratorSettings settings;
  private static GeneratorSummary summary;
  private static CorpusFiles corpus;
  private static final List<ThemeMention> MENTIONS = new ArrayList<>();

  @BeforeAll
  static void generate() throws IOException {
    settings = GeneratorSettings.of(3_000, 11L);
    summary = SyntheticCorpus.write(shared, settings, MENTIONS::add);
    corpus = new CorpusFiles(shared);
  }

  @Test
  void sameSeedWritesIdenticalBytesAndAnotherSeedDoesNot(@TempDir Path dir) throws IOException {
    GeneratorSettings small = GeneratorSettings.of(400, 5L);
    SyntheticCorpus.write(dir.resolve("a"), small);
    SyntheticCorpus.write(dir.resolve("b"), small);
    SyntheticCorpus.write(dir.resolve("c"), GeneratorSettings.of(400, 6L));
    for (String file : FILES) {
      byte[] a = Files.readAllBytes(dir.resolve("a").resolve(file));
      assertTrue(a.length > 0, file);
      assertArrayEquals(a, Files.readAllBytes(dir.resolve("b").resolve(file)), file);
      assertFalse(Arrays.equals(a, Files.readAllBytes(dir.resolve("c").resolve(file))), file);
    }
  }

  @Test
  void everyRecordHasTheDocumentedShapeAndConsistentDates() {
    LocalDate start = settings.startDate();
    LocalDate end = settings.endDate();
    Map<String, LocalDate> lastActivity = new HashMap<>();
    for (CorpusFiles.ConversationRow c : corpus.conversations) {
      assertNotNull(corpus.customers.get(c.customerId()), c.customerId());
      assertTrue(Set.of("chat", "phone", "email").contains(c.channel()), c.channel());
      assertTrue(!c.date().isBefore(start) && !c.date().isAfter(end), c.id());
      lastActivity.merge(c.customerId(), c.date(), (x, y) -> x.isAfter(y) ? x : y);
    }
    for (CorpusFiles.ReviewRow r : corpus.reviews) {
      assertTrue(r.rating() >= 1 && r.rating() <= 5, r.id());
      assertFalse(r.body().isBlank(), r.id());
      assertTrue(!r.date().isBefore(start) && !r.date().isAfter(end), r.id());
      if (!r.customerId().isEmpty()) {
        assertNotNull(corpus.customers.get(r.customerId()), r.customerId());
        lastActivity.merge(r.customerId(), r.date(), (x, y) -> x.isAfter(y) ? x : y);
      }
    }
    Set<String> reasons = Arrays.stream(StatedReason.values()).map(StatedReason::label)
        .collect(Collectors.toSet());
    Set<String> surveyed = new HashSet<>();
    for (CorpusFiles.SurveyRow s : corpus.surveys) {
      CorpusFiles.CustomerRow customer = corpus.customers.get(s.customerId());
      assertTrue(customer.churned(), "exit survey from a customer who stayed: " + s.id());
      assertTrue(surveyed.add(s.customerId()), "two surveys for " + s.customerId());
      assertTrue(!s.date().isBefore(customer.churnDate()), s.id());
      LocalDate last = lastActivity.get(s.customerId());
      assertTrue(last == null || s.date().isAfter(last), "survey before activity: " + s.id());
      assertTrue(reasons.contains(s.reason()), s.reason());
      assertTrue(s.nps().isEmpty() || Integer.parseInt(s.nps()) >= 0 && Integer.parseInt(s.nps()) <= 10);
    }
    for (CorpusFiles.CustomerRow c : corpus.customers.values()) {
      assertEquals(c.churned(), c.churnDate() != null, c.id());
      assertTrue(Set.of("consumer", "smb", "enterprise").contains(c.segment()));
      assertTrue(c.signup().isBefore(start));
    }
    assertUnique(corpus.surveys.stream().map(CorpusFiles.SurveyRow::id).toList());
    assertUnique(corpus.reviews.stream().map(CorpusFiles.ReviewRow::id).toList());
    assertUnique(corpus.conversations.stream().map(CorpusFiles.ConversationRow::id).toList());
    assertTrue(corpus.surveys.stream().anyMatch(s -> s.comment().isEmpty()), "no empty comments");
    assertTrue(corpus.surveys.stream().anyMatch(s -> s.comment().contains("\n")), "no multi-line comments");
    assertTrue(corpus.conversations.stream().flatMap(c -> c.turns().stream())
        .anyMatch(t -> t.get("text").asText().startsWith("Chat transferred to")));
  }

  @Test
  void countsMatchTheSummaryAndTheGroundTruth() throws IOException {
    assertEquals(corpus.customers.size(), summary.recordsIn("customers/customers.csv"));
    assertEquals(corpus.surveys.size(), summary.recordsIn("surveys/exit-surveys.csv"));
    assertEquals(corpus.conversations.size(), summary.recordsIn("transcripts/chats.jsonl"));
    assertEquals(corpus.reviews.size(), summary.recordsIn("reviews/reviews.csv"));
    assertEquals(corpus.labels.size(), summary.recordsIn("ground-truth-customers.csv"));
    assertEquals(Set.copyOf(FILES), summary.records().keySet());
    for (String file : FILES) {
      assertEquals(Files.size(shared.resolve(file)), summary.bytes().get(file), file);
    }
    long churned = corpus.customers.values().stream().filter(CorpusFiles.CustomerRow::churned).count();
    assertEquals(churned, summary.churned());
    JsonNode measured = corpus.groundTruth.get("measured");
    assertEquals(settings.customers(), measured.get("customers").asLong());
    assertEquals(churned, measured.get("churned").asLong());
    assertEquals(corpus.surveys.size(), measured.get("exit_surveys").asLong());
    assertEquals(corpus.conversations.size(), measured.get("conversations").asLong());
    assertEquals(corpus.reviews.size(), measured.get("reviews").asLong());
    assertEquals(corpus.reviews.stream().filter(r -> r.customerId().isEmpty()).count(),
        measured.get("anonymous_reviews").asLong());
    for (StatedReason reason : StatedReason.values()) {
      assertEquals(corpus.surveys.stream().filter(s -> s.reason().equals(reason.label())).count(),
          measured.get("stated_reasons").get(reason.label()).asLong(), reason.label());
    }
    assertEquals(11L, corpus.groundTruth.get("seed").asLong());
    List<String> planted = new ArrayList<>();
    corpus.groundTruth.get("planted").forEach(p -> planted.add(p.get("theme_id").asText()));
    assertEquals(settings.plantedThemes(), planted);
  }

  @Test
  void groundTruthFactsAgreeWithARecountFromTheFiles() {
    Map<String, String> reasonByCustomer = new HashMap<>();
    corpus.surveys.forEach(s -> reasonByCustomer.put(s.customerId(), s.reason()));
    long total = corpus.customers.size();
    long churnedTotal = corpus.customers.values().stream().filter(CorpusFiles.CustomerRow::churned).count();
    for (Theme theme : Theme.values()) {
      if (!theme.inTaxonomy() && !settings.plantedThemes().contains(theme.id())) {
        continue; // absent unless planted
      }
      List<String> namingReasons = Arrays.stream(StatedReason.values())
          .filter(r -> r.names().contains(theme)).map(StatedReason::label).toList();
      long with = 0;
      long churnedWith = 0;
      long mentioning = 0;
      long surveyed = 0;
      long stated = 0;
      for (CorpusFiles.LabelRow label : corpus.labels) {
        if (!label.themeId().equals(theme.id())) {
          continue;
        }
        with++;
        boolean churned = corpus.customers.get(label.customerId()).churned();
        churnedWith += churned ? 1 : 0;
        mentioning += label.mentions() > 0 ? 1 : 0;
        String reason = reasonByCustomer.get(label.customerId());
        if (reason != null) {
          surveyed++;
          stated += namingReasons.contains(reason) ? 1 : 0;
        }
      }
      JsonNode m = corpus.measuredTheme(theme.id());
      assertEquals(with, m.get("customers").asLong(), theme.id());
      assertEquals(churnedWith, m.get("churned").asLong(), theme.id());
      assertEquals(mentioning, m.get("customers_mentioning").asLong(), theme.id());
      assertEquals(surveyed, m.get("surveyed_churners").asLong(), theme.id());
      assertEquals(stated, m.get("stated_as_reason").asLong(), theme.id());
      double rateWith = (double) churnedWith / with;
      double rateWithout = (double) (churnedTotal - churnedWith) / (total - with);
      assertEquals(rateWith, m.get("churn_rate_with").asDouble(), 1e-4, theme.id());
      assertEquals(rateWithout, m.get("churn_rate_without").asDouble(), 1e-4, theme.id());
      long sunk = MENTIONS.stream().filter(x -> x.themeId().equals(theme.id())).count();
      assertEquals(sunk, m.get("mentions").asLong(), theme.id());
      long labelled = corpus.labels.stream().filter(l -> l.themeId().equals(theme.id()))
          .mapToLong(l -> l.mentions() + l.anonymous()).sum();
      assertEquals(sunk, labelled, theme.id());
      if (settings.plantedThemes().contains(theme.id())) {
        assertEquals("planted", corpus.labels.stream().filter(l -> l.themeId().equals(theme.id()))
            .findFirst().orElseThrow().role());
        assertTrue(rateWith > 1.3 * rateWithout,
            theme.id() + ": churn with " + rateWith + " vs without " + rateWithout);
      }
    }
  }

  @Test
  void everyLabelledSentenceIsInItsRecordVerbatim() {
    Map<String, String> text = new HashMap<>();
    Map<String, String> owner = new HashMap<>();
    corpus.surveys.forEach(s -> {
      text.put(s.id(), s.comment());
      owner.put(s.id(), s.customerId());
    });
    corpus.conversations.forEach(c -> {
      text.put(c.id(), c.customerText());
      owner.put(c.id(), c.customerId());
    });
    corpus.reviews.forEach(r -> {
      text.put(r.id(), r.body());
      owner.put(r.id(), r.customerId());
    });
    assertTrue(MENTIONS.size() > 1_000, "mentions: " + MENTIONS.size());
    for (ThemeMention mention : MENTIONS) {
      String record = text.get(mention.documentId());
      assertNotNull(record, mention.documentId());
      assertTrue(record.contains(mention.sentence()), mention + " not in " + record);
      assertEquals(mention.linked() ? mention.customerId() : "", owner.get(mention.documentId()));
    }
  }

  @Test
  void plantedCutsAreVoicedQuietlyAndOftenInsidePositiveReviews() {
    for (Theme theme : Theme.values()) {
      if (!theme.inTaxonomy() && !settings.plantedThemes().contains(theme.id())) {
        continue; // absent unless planted
      }
      List<ThemeMention> mentions = MENTIONS.stream().filter(m -> m.themeId().equals(theme.id())).toList();
      double quiet = mentions.stream().filter(m -> m.style().isQuiet()).count() / (double) mentions.size();
      if (settings.plantedThemes().contains(theme.id())) {
        assertTrue(quiet > 0.5, theme.id() + " quiet share " + quiet);
        long inReviews = mentions.stream().filter(m -> m.rating() > 0).count();
        long inPositive = mentions.stream().filter(m -> m.rating() >= 4).count();
        System.out.printf("%s: %d of %d review mentions in 4-5 star reviews%n", theme.id(),
            inPositive, inReviews);
        assertTrue(inPositive > 0.4 * inReviews, theme.id() + " in 4-5 star reviews: " + inPositive);
      } else {
        assertTrue(quiet < 0.4, theme.id() + " quiet share " + quiet);
      }
    }
  }

  @Test
  void phrasingVariesForEveryPlantedTheme(@TempDir Path dir) throws IOException {
    List<ThemeMention> mentions = new ArrayList<>();
    SyntheticCorpus.write(dir, GeneratorSettings.of(2_000, 23L), mentions::add);
    for (String themeId : GeneratorSettings.DEFAULT_PLANTED) {
      Map<String, Long> counts = mentions.stream().filter(m -> m.themeId().equals(themeId))
          .collect(Collectors.groupingBy(m -> m.sentence().toLowerCase(Locale.ROOT), Collectors.counting()));
      long total = counts.values().stream().mapToLong(Long::longValue).sum();
      long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
      System.out.printf("variety %-22s mentions=%d distinct=%d most-repeated=%d%n",
          themeId, total, counts.size(), top);
      assertTrue(total >= 100, themeId + " mentions " + total);
      assertTrue(counts.size() >= 0.8 * total, themeId + ": " + counts.size() + " distinct of " + total);
      assertTrue(top <= Math.max(3, total / 50), themeId + " most repeated sentence x" + top);
    }
  }

  @Test
  void plantedSetIsASetting(@TempDir Path dir) throws IOException {
    GeneratorSettings custom = GeneratorSettings.of(1_500, 3L)
        .withPlantedThemes(List.of("hold_time", "billing_error"));
    SyntheticCorpus.write(dir, custom);
    CorpusFiles files = new CorpusFiles(dir);
    List<String> planted = new ArrayList<>();
    files.groundTruth.get("planted").forEach(p -> planted.add(p.get("theme_id").asText()));
    assertEquals(custom.plantedThemes(), planted);
    assertEquals("planted", files.measuredTheme("hold_time").get("role").asText());
    assertEquals("noise", files.measuredTheme("transfers").get("role").asText());
    assertTrue(files.measuredTheme("hold_time").get("quiet_share").asDouble() > 0.5);

    Path none = dir.resolve("none");
    SyntheticCorpus.write(none, GeneratorSettings.of(300, 3L).withPlantedThemes(List.of()));
    assertEquals(0, new CorpusFiles(none).groundTruth.get("planted").size());
  }

  private static void assertUnique(List<String> ids) {
    assertEquals(ids.size(), new HashSet<>(ids).size());
  }
}
