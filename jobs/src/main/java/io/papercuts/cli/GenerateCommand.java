package io.papercuts.cli;

import io.papercuts.generate.GeneratorSettings;
import io.papercuts.generate.GeneratorSummary;
import io.papercuts.generate.SyntheticCorpus;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
    description = {"Write a synthetic input folder with planted paper cuts and a ground truth "
        + "(ground-truth.json), deterministic for a seed. No Spark needed.",
        "Used by the tests and benchmarks; the output is a valid --input for nightly."},
    footer = {"", "Example:", "  papercuts generate --customers 5000 --seed 7 --output gen-5k"})
final class GenerateCommand implements Callable<Integer> {

  @Option(names = {"-o", "--output"}, paramLabel = "DIR", required = true,
      description = {"Folder to write surveys/, transcripts/, reviews/, customers/ and the ground "
          + "truth into.", "Example: --output gen-5k"})
  Path output;

  @Option(names = "--customers", paramLabel = "N", defaultValue = "5000",
      description = {"Number of customers (default: ${DEFAULT-VALUE}).", "Example: --customers 100000"})
  int customers;

  @Option(names = "--seed", paramLabel = "N", defaultValue = "1",
      description = {"Random seed; the same seed gives byte-identical files (default: ${DEFAULT-VALUE}).",
          "Example: --seed 7"})
  long seed;

  @Option(names = "--start-date", paramLabel = "YYYY-MM-DD",
      description = {"First day of the simulated period (default: 2026-07-01).",
          "Example: --start-date 2026-01-01"})
  LocalDate startDate;

  @Option(names = "--weeks", paramLabel = "N",
      description = {"Length of the simulated period in weeks (default: 12).", "Example: --weeks 26"})
  Integer weeks;

  @Option(names = "--planted", paramLabel = "THEME", split = ",",
      description = {"Theme ids to plant as paper cuts (default: duplicate_marketing, transfers, "
          + "renewal_cancellation, technician_no_show, name_typo).",
          "Three app cuts no built-in theme knows can be planted too: chat_covers_pay, "
          + "language_reset, stale_widget (to test discovered themes).",
          "Example: --planted hold_time,billing_error"})
  List<String> planted;

  @Override
  public Integer call() throws IOException {
    GeneratorSettings settings = GeneratorSettings.of(customers, seed);
    if (startDate != null) {
      settings = settings.withStartDate(startDate);
    }
    if (weeks != null) {
      settings = settings.withWeeks(weeks);
    }
    if (planted != null) {
      settings = settings.withPlantedThemes(planted);
    }
    GeneratorSummary summary = SyntheticCorpus.write(output, settings);
    System.out.printf("generate: %,d customers (%,d churned) written to %s%n",
        summary.customers(), summary.churned(), output.toAbsolutePath().normalize());
    summary.records().forEach((file, n) -> System.out.printf("  %-32s %,d records%n", file, n));
    return 0;
  }
}
