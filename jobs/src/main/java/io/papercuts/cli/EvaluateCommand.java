package io.papercuts.cli;

import io.papercuts.evaluate.AbsaDataset;
import io.papercuts.evaluate.AbsaEvaluation;
import io.papercuts.evaluate.AbsaEvaluator;
import io.papercuts.evaluate.AbsaFormatException;
import io.papercuts.evaluate.AbsaXmlReader;
import io.papercuts.evaluate.CoreNlpUnitAnnotator;
import io.papercuts.evaluate.EvaluationReport;
import io.papercuts.jobs.ExitCode;
import io.papercuts.jobs.PipelineException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = {"Score complaint detection, mixed sentences and keyphrases against labelled "
        + "SemEval ABSA XML, next to the baseline \"CoreNLP says negative\". No Spark needed.",
        "See docs/evaluate.md for the definitions."},
    footer = {"", "Example:",
        "  papercuts evaluate --absa-xml mams/validation.xml --json eval.json"})
final class EvaluateCommand implements Callable<Integer> {

  @Option(names = "--absa-xml", paramLabel = "FILE", required = true,
      description = {"A SemEval ABSA XML file (<sentence><text/> with <aspectTerms> and/or "
          + "<aspectCategories>); repeat for several.", "Example: --absa-xml restaurants.xml"})
  List<Path> files;

  @Option(names = "--json", paramLabel = "OUT.json",
      description = {"Also write the numbers as JSON.", "Example: --json eval.json"})
  Path json;

  @Option(names = "--errors", paramLabel = "DIR",
      description = {"Write <file>.errors.tsv per input into DIR: every complaint and mixed "
          + "error with its evidence, for error analysis.", "Example: --errors eval-errors"})
  Path errors;

  @Option(names = "--threads", paramLabel = "N", defaultValue = "2",
      description = {"Analysis threads (default: ${DEFAULT-VALUE}).", "Example: --threads 4"})
  int threads;

  @Override
  public Integer call() {
    if (threads < 1) {
      throw new IllegalArgumentException("--threads must be at least 1: " + threads);
    }
    AbsaXmlReader reader = new AbsaXmlReader();
    List<AbsaDataset> datasets = new ArrayList<>();
    for (Path f : files) {
      try {
        datasets.add(reader.read(f));
      } catch (IOException e) {
        throw new PipelineException(ExitCode.INPUT, "cannot read " + f + ": " + e);
      } catch (AbsaFormatException e) {
        throw new PipelineException(ExitCode.INPUT, e.getMessage(), e);
      }
    }
    AbsaEvaluator evaluator = new AbsaEvaluator(new CoreNlpUnitAnnotator(), threads);
    List<AbsaEvaluation> results = new ArrayList<>();
    for (AbsaDataset d : datasets) {
      AbsaEvaluation e = evaluator.evaluate(d);
      results.add(e);
      System.out.print(EvaluationReport.table(e));
      System.out.println();
      if (errors != null) {
        write(errors.resolve(d.name() + ".errors.tsv"), EvaluationReport.errorsTsv(e));
      }
    }
    if (json != null) {
      write(json, EvaluationReport.json(results));
      System.out.println("evaluate: JSON written to " + json.toAbsolutePath().normalize());
    }
    return 0;
  }

  private static void write(Path file, String content) {
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      Files.writeString(file, content, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new PipelineException(ExitCode.OUTPUT, "cannot write " + file + ": " + e);
    }
  }
}
