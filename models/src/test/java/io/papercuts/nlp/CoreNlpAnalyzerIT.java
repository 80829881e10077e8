package io.papercuts.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The real CoreNLP models (shift-reduce parser + sentiment): slower, hence an IT. */
class CoreNlpAnalyzerIT {

  private final CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();

  private AnalyzedSentence only(String text) {
    List<AnalyzedSentence> s = analyzer.analyze(text);
    assertEquals(1, s.size(), () -> "one sentence expected in: " + text);
    return s.get(0);
  }

  @Test
  void crushedBoxIsNegative() {
    AnalyzedSentence s = only("The box arrived crushed and the router inside was broken.");
    assertTrue(s.sentiment().isNegative(), s.sentiment()::toString);
    assertTrue(s.sentimentScore() < 0, () -> "score " + s.sentimentScore());
    assertTrue(s.keyphrases().contains("box"), s.keyphrases()::toString);
    assertTrue(s.keyphrases().contains("router"), s.keyphrases()::toString);
    assertTrue(s.parsed());
  }

  @Test
  void phrasesCarryTheSentimentOfEachSide() {
    AnalyzedSentence s = only("The food was delicious, but the service was terrible.");
    assertFalse(s.phrases().isEmpty());
    for (PhraseSentiment p : s.phrases()) {
      assertTrue(p.length() >= 2 && p.end() <= s.tokens().size(), p::toString);
      assertTrue(p.sentiment() != Sentiment.NEUTRAL, p::toString);
    }
    // "The food was delicious" is tokens 0..4, "the service was terrible" 6..10.
    assertTrue(s.phrases().stream().anyMatch(p -> p.end() <= 4 && p.sentiment().isPositive()),
        s.phrases()::toString);
    assertTrue(s.phrases().stream().anyMatch(p -> p.start() >= 6 && p.sentiment().isNegative()),
        s.phrases()::toString);
  }

  @Test
  void praiseIsPositive() {
    AnalyzedSentence s = only("The technician was friendly and the installation was great.");
    assertTrue(s.sentiment().isPositive(), s.sentiment()::toString);
    assertTrue(s.sentimentScore() > 0, () -> "score " + s.sentimentScore());
    assertEquals(List.of("technician", "installation"), s.keyphrases());
  }

  @Test
  void keyphrasesAreLemmatisedNounPhrases() {
    AnalyzedSentence s = only("I keep getting duplicate marketing emails and the hold times are long.");
    assertTrue(s.keyphrases().contains("duplicate marketing email"), s.keyphrases()::toString);
    assertTrue(s.keyphrases().contains("hold time"), s.keyphrases()::toString);
  }

  @Test
  void splitsSentencesWithOffsets() {
    String text = "Great service overall. But I was transferred three times!";
    List<AnalyzedSentence> s = analyzer.analyze(text);
    assertEquals(2, s.size());
    assertEquals("But I was transferred three times!", s.get(1).text());
    Token transferred = s.get(1).tokens().get(3);
    assertEquals("transfer", transferred.lemma());
    assertEquals("transferred", s.get(1).text().substring(transferred.begin(), transferred.end()));
  }

  @Test
  void overlongSentenceIsMarkedUnparsedButStillScored() {
    String longText = "the app " + "and the router ".repeat(CoreNlpAnalyzer.MAX_PARSE_TOKENS) + "failed";
    AnalyzedSentence s = only(longText);
    assertFalse(s.parsed());
    assertTrue(s.sentimentScore() >= -1 && s.sentimentScore() <= 1);
  }

  @Test
  void blankTextHasNoSentences() {
    assertTrue(analyzer.analyze("  \n ").isEmpty());
    assertTrue(analyzer.analyze(null).isEmpty());
  }

  /**
   * The premise of sentence-level caching: a sentence analysed alone gets the tokens, tags and
   * sentiment it gets inside its text from one CoreNLP pass over the whole text (CoreNLP reuses
   * the loaded models for this second pipeline, so it costs no model load).
   */
  @Test
  void sentenceAloneIsAnalysedAsInsideItsText() {
    String text = "Thanks for your help. The renewal was a pain, not a big deal but still.\n\n"
        + "I had to call three times!!! The agent said \"it's fixed\" and it wasn't. "
        + "Why was I charged twice? Great service overall :)";
    StanfordCoreNLP whole = new StanfordCoreNLP(CoreNlpAnalyzer.pipelineProperties());
    Annotation doc = new Annotation(text);
    whole.annotate(doc);
    List<CoreMap> expected = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<AnalyzedSentence> actual = analyzer.analyze(text);
    assertEquals(expected.size(), actual.size());
    for (int i = 0; i < actual.size(); i++) {
      CoreMap e = expected.get(i);
      AnalyzedSentence a = actual.get(i);
      List<CoreLabel> labels = e.get(CoreAnnotations.TokensAnnotation.class);
      assertEquals(labels.stream().map(l -> l.word() + "/" + l.tag()).toList(),
          a.tokens().stream().map(t -> t.word() + "/" + t.pos()).toList(), a.text());
      Tree tree = e.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
      assertEquals(RNNCoreAnnotations.getPredictedClass(tree), a.sentiment().ordinal(), a.text());
    }
  }

  /** 5,100 tokens without punctuation overflowed the stack in the sentiment model's binarizer. */
  @Test
  void sentenceOverTheSentimentBoundGetsTokensAndAReason() {
    String text = "the router drops ".repeat(1700).strip();
    AnalyzedSentence s = only(text);
    assertEquals(5100, s.tokens().size());
    assertEquals(text, s.text());
    assertTrue(s.analysisFailed().startsWith(CoreNlpAnalyzer.TOO_LONG + ": 5,100 tokens"),
        s.analysisFailed());
    assertEquals(Sentiment.NEUTRAL, s.sentiment());
    assertEquals("drops", text.substring(s.tokens().get(2).begin(), s.tokens().get(2).end()));
  }

  @Test
  void fiftyThousandEmojiSplitAndAnalyseInBoundedTime() {
    String text = "😀👍🏽🇫🇷".repeat(16_667);
    long start = System.nanoTime();
    AnalyzedSentence s = only(text);
    double seconds = (System.nanoTime() - start) / 1e9;
    // Unbounded, the tokenizer alone took about 4 minutes on this input.
    assertTrue(seconds < 20, "took " + seconds + " s");
    assertEquals(text, s.text());
    assertTrue(s.failed(), s::toString);
    assertEquals("🇫🇷", text.substring(s.tokens().get(2).begin(), s.tokens().get(2).end()));
  }

  @Test
  void sentenceJustAtTheBoundIsStillScored() {
    String text = "the router drops ".repeat(CoreNlpAnalyzer.MAX_SENTIMENT_TOKENS / 3).strip();
    AnalyzedSentence s = only(text);
    assertEquals(null, s.analysisFailed());
    assertFalse(s.parsed());
  }

  @Test
  void anErrorInsideCoreNlpMarksTheSentenceOnly() {
    try {
      AnalysisFaults.set("FAULT-MARKER", true);
      List<AnalyzedSentence> s = analyzer.analyze(
          "The app is fine. FAULT-MARKER the router keeps dropping. Support was kind.");
      assertEquals(3, s.size());
      assertEquals(null, s.get(0).analysisFailed());
      assertTrue(s.get(1).analysisFailed().startsWith(
          CoreNlpAnalyzer.CORENLP_ERROR + ": StackOverflowError"), s.get(1).analysisFailed());
      // The tagger still gives the failed sentence its tokens and lemmas.
      assertTrue(s.get(1).tokens().stream().anyMatch(t -> t.word().equals("keeps")
          && t.lemma().equals("keep") && t.pos().equals("VBZ")), s.get(1).tokens()::toString);
      assertEquals(null, s.get(2).analysisFailed());
      AnalysisFaults.set("FAULT-MARKER", false);
      assertTrue(analyzer.analyzeSentence(0, "FAULT-MARKER again.").analysisFailed()
          .contains("IllegalStateException"));
    } finally {
      AnalysisFaults.set(null, false);
    }
  }
}
