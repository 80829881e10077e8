package io.papercuts.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;

/**
 * Renders evaluations as a small text table and as JSON with the same numbers, and lists the
 * errors of one evaluation as TSV for error analysis.
 *
 * <p>JSON layout: {@code {"files": [{"file", "units", "sentences", "threads", "seconds",
 * "complaint": {...}, "baseline": {...}, "mixed": {...}, "aspect_terms": {...} or null,
 * "labelled": {"units", "complaint", "baseline", "mixed"}, "unlabelled": {"units",
 * "complaint_predicted", "baseline_predicted", "mixed_predicted"}}]}}, each score {@code {"gold",
 * "predicted", "tp", "fp", "fn", "precision", "recall", "f1"}}. Ratios are rounded to 4 decimals
 * in JSON and 3 in the table. The table adds the labelled-only rows when a file has sentences
 * without any aspect label.
 *
 * <p>Stateless and thread-safe.
 */
public final class EvaluationReport {

  private static final ObjectMapper JSON = new ObjectMapper()
      .enable(SerializationFeature.INDENT_OUTPUT);

  private EvaluationReport() {
  }

  /** The table for one file, lines ending in '\n'. */
  public static String table(AbsaEvaluation e) {
    StringBuilder b = new StringBuilder();
    b.append(String.format(Locale.ROOT, "%s: %,d sentences (%,d CoreNLP sentences), %d threads,"
        + " %.1f s%n", e.file(), e.units(), e.sentences(), e.threads(), e.seconds()));
    b.append(String.format(Locale.ROOT, "  %-34s %6s %6s %6s %7s %7s %7s%n", "task", "gold",
        "pred", "tp", "P", "R", "F1"));
    row(b, "complaint: papercuts", e.complaint());
    row(b, "complaint: baseline CoreNLP neg", e.baseline());
    row(b, "mixed: papercuts", e.mixed());
    if (e.aspectTerms() != null) {
      row(b, "aspect terms: keyphrases (exact)", e.aspectTerms());
    }
    b.append(String.format(Locale.ROOT, "  complaint F1 papercuts - baseline: %+.3f%n",
        e.complaint().f1() - e.baseline().f1()));
    AbsaEvaluation.Unlabelled none = e.unlabelled();
    if (none.units() == 0) {
      b.append("  every sentence carries an aspect label: the figures above are the labelled"
          + " ones\n");
      return b.toString();
    }
    AbsaEvaluation.Labelled l = e.labelled();
    b.append(String.format(Locale.ROOT, "  labelled sentences only (%,d with an aspect label):%n",
        l.units()));
    row(b, "complaint: papercuts", l.complaint());
    row(b, "complaint: baseline CoreNLP neg", l.baseline());
    row(b, "mixed: papercuts", l.mixed());
    b.append(String.format(Locale.ROOT, "  complaint F1 papercuts - baseline: %+.3f%n",
        l.complaint().f1() - l.baseline().f1()));
    b.append(String.format(Locale.ROOT, "  unlabelled sentences (no aspect label, not scored):"
        + " %,d; papercuts calls %,d complaints (%,d mixed), the baseline %,d negative%n",
        none.units(), none.complaints(), none.mixed(), none.baselineNegative()));
    return b.toString();
  }

  private static void row(StringBuilder b, String name, PrfCounts c) {
    b.append(String.format(Locale.ROOT, "  %-34s %6d %6d %6d %7.3f %7.3f %7.3f%n", name,
        c.gold(), c.predicted(), c.tp(), c.precision(), c.recall(), c.f1()));
  }

  /** The JSON document for several files. */
  public static String json(List<AbsaEvaluation> evaluations) {
    ObjectNode root = JSON.createObjectNode();
    ArrayNode files = root.putArray("files");
    for (AbsaEvaluation e : evaluations) {
      ObjectNode f = files.addObject();
      f.put("file", e.file());
      f.put("units", e.units());
      f.put("sentences", e.sentences());
      f.put("threads", e.threads());
      f.put("seconds", round(e.seconds()));
      f.set("complaint", scores(e.complaint()));
      f.set("baseline", scores(e.baseline()));
      f.set("mixed", scores(e.mixed()));
      f.set("aspect_terms", e.aspectTerms() == null ? null : scores(e.aspectTerms()));
      ObjectNode labelled = f.putObject("labelled");
      labelled.put("units", e.labelled().units());
      labelled.set("complaint", scores(e.labelled().complaint()));
      labelled.set("baseline", scores(e.labelled().baseline()));
      labelled.set("mixed", scores(e.labelled().mixed()));
      ObjectNode unlabelled = f.putObject("unlabelled");
      unlabelled.put("units", e.unlabelled().units());
      unlabelled.put("complaint_predicted", e.unlabelled().complaints());
      unlabelled.put("baseline_predicted", e.unlabelled().baselineNegative());
      unlabelled.put("mixed_predicted", e.unlabelled().mixed());
    }
    try {
      return JSON.writeValueAsString(root) + "\n";
    } catch (JsonProcessingException ex) {
      throw new UncheckedIOException(ex);
    }
  }

  private static ObjectNode scores(PrfCounts c) {
    ObjectNode n = JSON.createObjectNode();
    n.put("gold", c.gold());
    n.put("predicted", c.predicted());
    n.put("tp", c.tp());
    n.put("fp", c.fp());
    n.put("fn", c.fn());
    n.put("precision", round(c.precision()));
    n.put("recall", round(c.recall()));
    n.put("f1", round(c.f1()));
    return n;
  }

  private static double round(double v) {
    return Math.round(v * 10_000) / 10_000.0;
  }

  /**
   * Every complaint or mixed error as a TSV row: id, error kind ({@code complaint_fp},
   * {@code complaint_fn}, {@code mixed_fp}, {@code mixed_fn}), gold labels (empty for a sentence
   * without any, whose "errors" are only what papercuts flags there), baseline verdict,
   * per-sentence sentiment and evidence, text. Tabs and newlines in fields become spaces.
   */
  public static String errorsTsv(AbsaEvaluation e) {
    StringBuilder b = new StringBuilder("id\terror\tgold\tbaseline_negative\tevidence\ttext\n");
    for (UnitResult u : e.results()) {
      AbsaSentence g = u.gold();
      UnitPrediction p = u.predicted();
      if (g.goldComplaint() != p.complaint()) {
        errorRow(b, u, g.goldComplaint() ? "complaint_fn" : "complaint_fp");
      }
      if (g.goldMixed() != p.mixed()) {
        errorRow(b, u, g.goldMixed() ? "mixed_fn" : "mixed_fp");
      }
    }
    return b.toString();
  }

  private static void errorRow(StringBuilder b, UnitResult u, String kind) {
    StringBuilder gold = new StringBuilder();
    for (List<AspectLabel> labels : List.of(u.gold().terms(), u.gold().categories())) {
      for (AspectLabel a : labels) {
        gold.append(gold.length() == 0 ? "" : " ").append(a.term()).append('=')
            .append(a.polarity());
      }
    }
    b.append(clean(u.gold().id())).append('\t').append(kind).append('\t')
        .append(clean(gold.toString())).append('\t').append(u.predicted().baselineNegative())
        .append('\t').append(clean(String.join(" | ", u.predicted().evidence()))).append('\t')
        .append(clean(u.gold().text())).append('\n');
  }

  private static String clean(String s) {
    return s.replaceAll("[\\t\\r\\n]+", " ");
  }
}
