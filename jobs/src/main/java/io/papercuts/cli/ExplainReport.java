package io.papercuts.cli;

import io.papercuts.cues.Cue;
import io.papercuts.cues.SentenceVerdict;
import io.papercuts.annotate.JudgedSentence;
import io.papercuts.jobs.Rules;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.themes.ThemeDefinition;
import io.papercuts.themes.ThemeMatch;
import io.papercuts.themes.ThemeSettings;
import java.util.ArrayList;
import java.util.List;

/**
 * The text {@code papercuts explain} prints: per unit its sentences, and per sentence one labelled
 * line for each thing the annotate stage decides (the {@code sentences} columns), then each
 * matching taxonomy theme with the stretch it matched and the rule that fired. Immutable.
 */
final class ExplainReport {

  private static final String INDENT = "      ";

  private final Rules rules;
  private final String source;
  private final Integer rating;
  private final Integer nps;

  ExplainReport(Rules rules, String source, Integer rating, Integer nps) {
    this.rules = rules;
    this.source = source;
    this.rating = rating;
    this.nps = nps;
  }

  /** Which taxonomy and context every unit below is judged with. */
  String header() {
    String file = rules.settings().taxonomy();
    String taxonomy = file == null ? "built-in"
        : rules.settings().mode() == ThemeSettings.Mode.REPLACE ? file + " only"
        : "built-in + " + file;
    return String.format("explain: %d taxonomy themes (%s); context: source %s, rating %s, NPS %s%n",
        rules.taxonomy().themes().size(), taxonomy, source, rating == null ? "none" : rating,
        nps == null ? "none" : nps);
  }

  /** One unit: the text as given, as stored (when redaction or spacing changed it), sentences. */
  String unit(int n, String given, String stored, List<JudgedSentence> sentences) {
    StringBuilder b = new StringBuilder();
    b.append(String.format("%ntext %d: %s%n", n, oneLine(given)));
    if (!stored.equals(given.strip())) {
      b.append("  as stored (PII redacted, spaces normalised): ").append(oneLine(stored))
          .append('\n');
    }
    double tone = sentences.stream().mapToDouble(j -> j.sentence().sentimentScore()).average()
        .orElse(0);
    b.append(String.format("  %d sentence%s, document tone %+.2f (mean sentence score)%n",
        sentences.size(), sentences.size() == 1 ? "" : "s", tone));
    for (JudgedSentence j : sentences) {
      sentence(b, j);
    }
    return b.toString();
  }

  private void sentence(StringBuilder b, JudgedSentence j) {
    AnalyzedSentence s = j.sentence();
    SentenceVerdict v = j.verdict();
    b.append(String.format("%n  [%d] %s%n", s.index() + 1, oneLine(s.text())));
    line(b, "sentiment", String.format("%s (score %+.2f)", s.sentiment().label(),
        s.sentimentScore()));
    if (s.analysisFailed() != null) {
      line(b, "analysis", "not complete: " + s.analysisFailed());
    }
    line(b, "keyphrases", s.keyphrases().isEmpty() ? "none" : String.join(", ", s.keyphrases()));
    List<String> cues = new ArrayList<>();
    for (Cue c : v.cues()) {
      cues.add(c.type().label() + " \"" + c.phrase() + "\"" + (c.negated() ? " (negated)" : ""));
    }
    line(b, "cues", cues.isEmpty() ? "none" : String.join(", ", cues));
    line(b, "verdict", !v.complaint() ? "not a complaint"
        : "complaint" + (v.quiet() ? ", quiet" : ", not quiet") + (v.mixed() ? ", mixed" : ""));
    line(b, "evidence", v.evidence().isEmpty() ? "none" : String.join(", ", v.evidence()));
    if (j.themes().isEmpty()) {
      line(b, "themes", "none (no taxonomy rule matched)");
      return;
    }
    String label = "themes";
    for (ThemeMatch m : j.themes()) {
      String about = rules.taxonomy().find(m.themeId())
          .map(ExplainReport::describe).orElse("");
      line(b, label, m.themeId() + about);
      line(b, "", "  matched \"" + m.matchedText() + "\"");
      line(b, "", "  by rule " + m.rule());
      label = "";
    }
  }

  private static String describe(ThemeDefinition t) {
    return " (" + t.kind().label() + ": " + t.label() + ")";
  }

  private static void line(StringBuilder b, String label, String value) {
    b.append(INDENT).append(String.format("%-11s", label)).append(value).append('\n');
  }

  private static String oneLine(String text) {
    return text.strip().replaceAll("\\s*\\n\\s*", " / ");
  }
}
