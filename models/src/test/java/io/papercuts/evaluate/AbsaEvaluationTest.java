package io.papercuts.evaluate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.papercuts.nlp.Token;
import java.io.InputStream;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The evaluation arithmetic on hand-labelled fixtures with scripted predictions (no CoreNLP), so
 * every expected number below can be checked on paper.
 *
 * <p>{@code labelled.xml}, gold and scripted predictions:
 * <pre>
 * id  gold complaint  gold mixed  | complaint  mixed  baseline | gold terms         keyphrases
 * s1  y               y           | y          y      n        | food, service      food, service
 * s2  y               n           | y          n      y        | price (via lemma)  price
 * s3  n               n           | n          n      y        | staff              lovely staff
 * s4  n               n           | y          y      n        | (none)             window
 * s5  y               n           | n          n      y        | wine list, dessert wine list
 * s6  y (conflict)    y (conflict)| y          n      n        | pasta              (none)
 * </pre>
 */
class AbsaEvaluationTest {

  private static final double EPS = 1e-12;

  private static final Map<String, UnitPrediction> SCRIPT = Map.of(
      "The food was great but the service was slow.",
      unit(1, true, true, false, List.of("food", "service"), List.of()),
      "Prices are too high.",
      unit(1, true, false, true, List.of("price"), List.of(
          new Token("Prices", "price", "NNS", 0, 6), new Token("are", "be", "VBP", 7, 10),
          new Token("too", "too", "RB", 11, 14), new Token("high", "high", "JJ", 15, 19),
          new Token(".", ".", ".", 19, 20))),
      "Lovely staff.",
      unit(1, false, false, true, List.of("lovely staff"), List.of()),
      "We sat by the window.",
      unit(1, true, true, false, List.of("window"), List.of()),
      "The wine list was long, the dessert disappointing.",
      unit(2, false, false, true, List.of("wine list"), List.of()),
      "The pasta was tasty yet cold.",
      unit(1, true, false, false, List.of(), List.of()),
      "Great pizza & friendly staff.",
      unit(1, false, false, true, List.of("pizza", "staff"), List.of()),
      "We came on a Tuesday.",
      unit(1, false, false, false, List.of("tuesday"), List.of()));

  private static UnitPrediction unit(int sentences, boolean complaint, boolean mixed,
      boolean baseline, List<String> keyphrases, List<Token> tokens) {
    return new UnitPrediction(sentences, complaint, mixed, baseline, keyphrases, tokens,
        List.of());
  }

  private static AbsaDataset dataset(String name) throws Exception {
    try (InputStream in = AbsaEvaluationTest.class.getResourceAsStream(
        "/AbsaEvaluationTest/" + name)) {
      return new AbsaXmlReader().read(in, name);
    }
  }

  private static AbsaEvaluation evaluate(String name) throws Exception {
    return new AbsaEvaluator(SCRIPT::get, 2).evaluate(dataset(name));
  }

  private static void assertScores(PrfCounts c, long tp, long fp, long fn, double p, double r,
      double f1) {
    assertEquals(new PrfCounts(tp, fp, fn), c);
    assertEquals(p, c.precision(), EPS, "precision");
    assertEquals(r, c.recall(), EPS, "recall");
    assertEquals(f1, c.f1(), EPS, "f1");
  }

  @Test
  void readsTermsCategoriesSpansAndConflict() throws Exception {
    AbsaDataset d = dataset("labelled.xml");
    assertEquals(6, d.sentences().size());
    assertTrue(d.hasAspectTerms());
    AbsaSentence s2 = d.sentences().get(1);
    assertEquals("s2", s2.id());
    assertEquals(List.of(new AspectLabel("Prices", "negative", false, 0, 6)), s2.terms());
    assertEquals(List.of(new AspectLabel("price", "negative", true, -1, -1)), s2.categories());
    assertTrue(d.sentences().get(3).terms().isEmpty());
    assertTrue(d.sentences().get(5).goldComplaint());
    assertTrue(d.sentences().get(5).goldMixed());
    assertFalse(d.sentences().get(4).goldMixed());
  }

  @Test
  void complaintScoresAgainstAtLeastOneNegativeAspect() throws Exception {
    AbsaEvaluation e = evaluate("labelled.xml");
    // gold s1 s2 s5 s6; predicted s1 s2 s4 s6: tp 3 (s1 s2 s6), fp 1 (s4), fn 1 (s5).
    assertScores(e.complaint(), 3, 1, 1, 3.0 / 4, 3.0 / 4, 3.0 / 4);
  }

  @Test
  void baselineIsScoredOnTheSameGold() throws Exception {
    AbsaEvaluation e = evaluate("labelled.xml");
    // predicted s2 s3 s5: tp 2 (s2 s5), fp 1 (s3), fn 2 (s1 s6).
    // P 2/3, R 1/2, F1 = 2 x 1/3 / (7/6) = 4/7.
    assertScores(e.baseline(), 2, 1, 2, 2.0 / 3, 1.0 / 2, 4.0 / 7);
  }

  @Test
  void mixedNeedsPositiveAndNegativeOrConflict() throws Exception {
    AbsaEvaluation e = evaluate("labelled.xml");
    // gold s1 s6; predicted s1 s4: tp 1, fp 1, fn 1.
    assertScores(e.mixed(), 1, 1, 1, 0.5, 0.5, 0.5);
  }

  @Test
  void aspectTermsAreExactMatchesPerSentence() throws Exception {
    AbsaEvaluation e = evaluate("labelled.xml");
    // s1 tp 2; s2 tp 1 ("Prices" -> lemma "price"); s3 fp 1 + fn 1 ("lovely staff" vs "staff");
    // s4 fp 1 (no gold terms); s5 tp 1 + fn 1 (dessert); s6 fn 1 (pasta).
    // tp 4, fp 2, fn 3: P 4/6, R 4/7, F1 = 2 x 16/42 / (26/21) = 8/13.
    assertScores(e.aspectTerms(), 4, 2, 3, 2.0 / 3, 4.0 / 7, 8.0 / 13);
  }

  @Test
  void countsUnitsAndCoreNlpSentencesInFileOrder() throws Exception {
    AbsaEvaluation e = evaluate("labelled.xml");
    assertEquals(6, e.units());
    assertEquals(7, e.sentences());
    assertEquals(2, e.threads());
    assertTrue(e.seconds() >= 0);
    assertEquals(List.of("s1", "s2", "s3", "s4", "s5", "s6"),
        e.results().stream().map(u -> u.gold().id()).toList());
  }

  @Test
  void zeroDivisionsAreZeroAndCategoryFilesHaveNoTermScore() throws Exception {
    AbsaEvaluation e = evaluate("categories-only.xml");
    assertEquals(List.of("1", "2"), e.results().stream().map(u -> u.gold().id()).toList());
    assertEquals("Great pizza & friendly staff.", e.results().get(0).gold().text());
    // No gold complaint, nothing predicted: 0/0 everywhere is 0.
    assertScores(e.complaint(), 0, 0, 0, 0, 0, 0);
    // One false positive and nothing to find: P 0/1, R 0/0, F1 0.
    assertScores(e.baseline(), 0, 1, 0, 0, 0, 0);
    assertScores(e.mixed(), 0, 0, 0, 0, 0, 0);
    assertNull(e.aspectTerms());
  }

  @Test
  void sentencesWithoutAnyAspectLabelAreCountedApart() throws Exception {
    AbsaEvaluation e = evaluate("with-unlabelled.xml");
    // All four: gold a c; predicted a b c: tp 2, fp 1 (b, which has no label at all).
    assertScores(e.complaint(), 2, 1, 0, 2.0 / 3, 1, 0.8);
    // Labelled a and c only: nothing predicted without gold.
    assertEquals(2, e.labelled().units());
    assertScores(e.labelled().complaint(), 2, 0, 0, 1, 1, 1);
    // Baseline: c found, a missed.
    assertScores(e.labelled().baseline(), 1, 0, 1, 1, 0.5, 2.0 / 3);
    assertScores(e.labelled().mixed(), 1, 0, 0, 1, 1, 1);
    // b and d carry no label (d has an empty <aspectTerms>): b is flagged complaint and mixed.
    assertEquals(new AbsaEvaluation.Unlabelled(2, 1, 0, 1), e.unlabelled());

    JsonNode f = new ObjectMapper().readTree(EvaluationReport.json(List.of(e))).get("files").get(0);
    assertEquals(2, f.get("labelled").get("units").asInt());
    assertEquals(1.0, f.get("labelled").get("complaint").get("precision").asDouble(), EPS);
    assertEquals(2, f.get("unlabelled").get("units").asInt());
    assertEquals(1, f.get("unlabelled").get("complaint_predicted").asInt());
    assertEquals(0, f.get("unlabelled").get("baseline_predicted").asInt());
    String table = EvaluationReport.table(e);
    assertTrue(table.contains("labelled sentences only (2 with an aspect label)"), table);
    assertTrue(table.contains("1.000   0.500   0.667"), table);
    assertTrue(table.contains("unlabelled sentences (no aspect label, not scored): 2; papercuts"
        + " calls 1 complaints (1 mixed), the baseline 0 negative"), table);
  }

  @Test
  void aFileWhoseSentencesAreAllLabelledSaysSo() throws Exception {
    AbsaEvaluation e = evaluate("labelled.xml");
    assertEquals(6, e.labelled().units());
    assertEquals(e.complaint(), e.labelled().complaint());
    assertEquals(AbsaEvaluation.Unlabelled.NONE, e.unlabelled());
    assertTrue(EvaluationReport.table(e).contains("every sentence carries an aspect label"));
  }

  @Test
  void recallOnlyAndPrecisionOnlyEdgeCases() {
    // Everything found with no false alarm, and everything missed.
    assertScores(new PrfCounts(5, 0, 0), 5, 0, 0, 1, 1, 1);
    assertScores(new PrfCounts(0, 0, 4), 0, 0, 4, 0, 0, 0);
    assertScores(PrfCounts.ZERO.add(true, true).add(false, false).add(true, false),
        1, 0, 1, 1, 0.5, 2.0 / 3);
  }

  @Test
  void jsonAndTableCarryTheSameNumbers() throws Exception {
    AbsaEvaluation e = evaluate("labelled.xml");
    JsonNode f = new ObjectMapper().readTree(EvaluationReport.json(List.of(e))).get("files").get(0);
    assertEquals("labelled.xml", f.get("file").asText());
    assertEquals(6, f.get("units").asInt());
    assertEquals(7, f.get("sentences").asInt());
    assertEquals(3, f.get("complaint").get("tp").asInt());
    assertEquals(4, f.get("complaint").get("gold").asInt());
    assertEquals(0.75, f.get("complaint").get("f1").asDouble(), EPS);
    assertEquals(0.5714, f.get("baseline").get("f1").asDouble(), EPS);
    assertEquals(0.6667, f.get("baseline").get("precision").asDouble(), EPS);
    assertEquals(0.5, f.get("mixed").get("recall").asDouble(), EPS);
    assertEquals(0.6154, f.get("aspect_terms").get("f1").asDouble(), EPS);
    String table = EvaluationReport.table(e);
    assertTrue(table.contains("0.750   0.750   0.750"), table);
    assertTrue(table.contains("0.667   0.500   0.571"), table);
    assertTrue(table.contains("0.667   0.571   0.615"), table);
    assertTrue(table.contains("+0.179"), table);

    JsonNode none = new ObjectMapper().readTree(
        EvaluationReport.json(List.of(evaluate("categories-only.xml")))).get("files").get(0);
    assertTrue(none.get("aspect_terms").isNull());
  }

  @Test
  void errorListingNamesEachMistake() throws Exception {
    String tsv = EvaluationReport.errorsTsv(evaluate("labelled.xml"));
    List<String> rows = tsv.lines().skip(1).map(l -> l.split("\t")[0] + ":" + l.split("\t")[1])
        .toList();
    assertEquals(List.of("s4:complaint_fp", "s4:mixed_fp", "s5:complaint_fn", "s6:mixed_fn"), rows);
  }

  @Test
  void externalEntitiesAreNotResolved() {
    assertThrows(AbsaFormatException.class, () -> dataset("external-entity.xml"));
  }

  @Test
  void anUnknownPolarityNamesFileAndLine() {
    AbsaFormatException e = assertThrows(AbsaFormatException.class,
        () -> dataset("bad-polarity.xml"));
    assertTrue(e.getMessage().startsWith("bad-polarity.xml line 6: polarity must be"),
        e.getMessage());
  }

  @Test
  void spanlessTermsAreLowerCasedWords() {
    assertEquals("wi-fi speed", AspectTermMatcher.normalize(
        new AspectLabel("Wi-Fi  speed!", "negative", false, -1, -1), List.of()));
  }
}
