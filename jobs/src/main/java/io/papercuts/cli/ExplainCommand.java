package io.papercuts.cli;

import io.papercuts.annotate.TextAnnotator;
import io.papercuts.annotate.UnitContext;
import io.papercuts.jobs.PipelineConfig;
import io.papercuts.jobs.Rules;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code papercuts explain "text"}: the annotate stage's judgement of one text, without Spark or a
 * run. The text is redacted and normalised as ingest does, split and analysed by CoreNLP as
 * annotate does, and judged by the same {@link TextAnnotator} as the annotate stage, with the same taxonomy and
 * settings ({@code --taxonomy}, {@code --config}) as {@code nightly}; {@link ExplainReport} prints
 * it. For trying a taxonomy rule or a cue on a sentence.
 */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = {"Show what the pipeline makes of one text, without Spark or a run: its "
        + "sentences with CoreNLP sentiment, keyphrases, cues, the complaint verdict (quiet, "
        + "mixed) with its evidence, and the taxonomy themes that match with the rule that fired.",
        "For trying a taxonomy rule on a sentence (docs/themes.md, \"Try a rule\")."},
    footer = {"", "Examples:",
        "  papercuts explain \"My promo code was rejected twice, not a big deal but annoying.\"",
        "  papercuts explain --taxonomy shop-themes.csv --rating 5 \"Love it, but sizes run small.\"",
        "  papercuts explain --taxonomy shop-themes.csv - < sentences.txt   (one text a line)"})
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "TEXT", arity = "1..*",
      description = {"One or more texts, each judged as its own feedback unit (a survey comment, "
          + "a customer turn, a review); - reads one text per line from standard input."})
  List<String> texts;

  @Option(names = "--taxonomy", paramLabel = "FILE",
      description = {"Your own theme taxonomy, as for nightly (docs/themes.md); added to the "
          + "built-in themes unless themes.taxonomy_mode=replace.",
          "Example: --taxonomy shop-themes.csv"})
  String taxonomy;

  @Option(names = "--config", paramLabel = "FILE",
      description = {"Properties file as for nightly (themes.*, pii.* ... keys; unknown keys are "
          + "an error).", "Example: --config papercuts.properties"})
  Path configFile;

  @Option(names = "--source", paramLabel = "KIND", defaultValue = "survey",
      description = {"What the text is: survey, transcript or review (default: ${DEFAULT-VALUE})."})
  String source;

  @Option(names = "--rating", paramLabel = "1..5",
      description = {"The unit's star rating, if any: 4-5 makes a complaint quiet (a promoter's "
          + "grievance), 1-2 makes none mild.", "Example: --rating 5"})
  Integer rating;

  @Option(names = "--nps", paramLabel = "0..10",
      description = {"The unit's likelihood-to-recommend score, if any (9-10: a promoter).",
          "Example: --nps 9"})
  Integer nps;

  @Override
  public Integer call() throws IOException {
    UnitContext context;
    try {
      context = new UnitContext(source, rating, nps);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("--" + e.getMessage());
    }
    Map<String, String> settings = RunOptions.settings(configFile, taxonomy);
    Rules rules = RunOptions.validate(settings, configFile);
    TextAnnotator annotator = rules.annotator(PipelineConfig.pii(settings).redactor());
    List<String> units = units();
    ExplainReport report = new ExplainReport(rules, source, rating, nps);
    StringBuilder out = new StringBuilder(report.header());
    for (int i = 0; i < units.size(); i++) {
      String given = units.get(i);
      // As ingest stores it (redacted, whitespace normalised) and annotate splits it.
      out.append(report.unit(i + 1, given, annotator.stored(given),
          annotator.annotate(given, context)));
    }
    System.out.print(out);
    System.out.flush();
    return 0;
  }

  private List<String> units() throws IOException {
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      if (!"-".equals(t)) {
        out.add(t);
        continue;
      }
      BufferedReader in = new BufferedReader(new InputStreamReader(System.in,
          StandardCharsets.UTF_8));
      for (String line = in.readLine(); line != null; line = in.readLine()) {
        if (!line.isBlank()) {
          out.add(line);
        }
      }
    }
    if (out.stream().allMatch(String::isBlank)) {
      throw new IllegalArgumentException("explain needs a text: papercuts explain \"...\"");
    }
    return out;
  }
}
