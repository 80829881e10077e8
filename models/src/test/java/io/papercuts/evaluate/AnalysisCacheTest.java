package io.papercuts.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evaluation's analysis cache: what it stores comes back equal, and only unseen texts run. */
class AnalysisCacheTest {

  private static final AnalyzedSentence BATTERY = new AnalyzedSentence(0, "Battery life is poor.",
      List.of(new Token("Battery", "battery", "NN", 0, 7), new Token("life", "life", "NN", 8, 12),
          new Token("is", "be", "VBZ", 13, 15), new Token("poor", "poor", "JJ", 16, 20),
          new Token(".", ".", ".", 20, 21)),
      Sentiment.NEGATIVE, -0.41, true, List.of("battery life"),
      List.of(new PhraseSentiment(2, 4, Sentiment.NEGATIVE)), null);

  @Test
  void analysesComeBackEqualAndAreNotRecomputed(@TempDir Path dir) {
    Path file = dir.resolve("cache.jsonl");
    AtomicInteger calls = new AtomicInteger();
    AnalysisCache first = AnalysisCache.open(file, t -> {
      calls.incrementAndGet();
      return List.of(BATTERY);
    });
    assertEquals(List.of(BATTERY), first.analyze("Battery life is poor."));
    first.analyze("Battery life is poor.");
    first.save();
    assertEquals(1, calls.get());

    AnalysisCache second = AnalysisCache.open(file, t -> {
      throw new AssertionError("analysed again: " + t);
    });
    assertEquals(1, second.size());
    // Keyphrases are recomputed from the tokens, the rest is as stored.
    assertEquals(List.of(BATTERY), second.analyze("Battery life is poor."));
  }

  @Test
  void aFileOfAnotherVersionOrTornIsStartedOver(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("cache.jsonl");
    Files.writeString(file, "{\"version\":\"corenlp-0\"}\n{\"text\":\"x\"}\n",
        StandardCharsets.UTF_8);
    AnalysisCache cache = AnalysisCache.open(file, t -> List.of(BATTERY));
    assertEquals(0, cache.size());
    cache.analyze("Battery life is poor.");
    cache.save();
    String written = Files.readString(file, StandardCharsets.UTF_8);
    assertTrue(written.startsWith("{\"version\":\"corenlp-4.5.10"), written);
    assertEquals(2, written.lines().count());
  }
}
