package io.papercuts.bench;

import io.papercuts.jobs.CliRun;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * Derives the benchmark's other inputs from generated corpora. Usage:
 * <ul>
 *   <li>{@code unique-sentences INPUT OUT}: every distinct sentence customers wrote in INPUT
 *       ({@link CoreNlpAnalyzer#splitSentences}, as the annotate stage splits), one per review in
 *       {@code OUT/reviews/reviews.csv}: the same unique sentences for papercuts and plain CoreNLP,
 *       so neither can skip work.
 *   <li>{@code add-new-texts INPUT OTHER FRACTION OUT}: OUT = a copy of INPUT plus
 *       {@code reviews/new-reviews.csv} with reviews of OTHER whose text INPUT does not hold, as many
 *       as FRACTION of INPUT's customer texts: the second night of the incremental benchmark.
 * </ul>
 */
public final class BenchCorpus {

  private static final String[] REVIEW_HEADER =
      {"review_id", "customer_id", "product", "rating", "title", "body", "review_date"};

  private BenchCorpus() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length == 3 && args[0].equals("unique-sentences")) {
      uniqueSentences(Path.of(args[1]), Path.of(args[2]));
    } else if (args.length == 5 && args[0].equals("add-new-texts")) {
      addNewTexts(Path.of(args[1]), Path.of(args[2]), Double.parseDouble(args[3]), Path.of(args[4]));
    } else {
      System.err.println("usage: BenchCorpus unique-sentences INPUT OUT"
          + " | add-new-texts INPUT OTHER FRACTION OUT");
      System.exit(2);
    }
  }

  static void uniqueSentences(Path input, Path out) throws IOException {
    Set<String> sentences = new LinkedHashSet<>();
    for (CorpusTexts.Text t : CorpusTexts.read(input)) {
      if (t.customer()) {
        sentences.addAll(CoreNlpAnalyzer.splitSentences(t.text()));
      }
    }
    try (CSVPrinter csv = reviewWriter(out.resolve("reviews/reviews.csv"))) {
      int n = 0;
      for (String s : sentences) {
        n++;
        csv.printRecord("U-" + n, "", "bench", 3, "", s, "2026-10-01");
      }
    }
    System.out.printf("unique-sentences sentences=%d -> %s%n", sentences.size(), out);
  }

  static void addNewTexts(Path input, Path other, double fraction, Path out) throws IOException {
    CliRun.copyTree(input, out);
    List<CorpusTexts.Text> known = CorpusTexts.read(input);
    Set<String> seen = known.stream().map(CorpusTexts.Text::text).collect(Collectors.toSet());
    long customerTexts = known.stream().filter(CorpusTexts.Text::customer).count();
    long wanted = Math.max(1, Math.round(customerTexts * fraction));
    long written = 0;
    try (CSVPrinter csv = reviewWriter(out.resolve("reviews/new-reviews.csv"))) {
      for (CorpusTexts.Text t : CorpusTexts.read(other)) {
        if (written == wanted) {
          break;
        }
        if (t.customer() && !t.text().isBlank() && seen.add(t.text())) {
          written++;
          csv.printRecord("NEW-" + written, "", "bench", 3, "", t.text(), "2026-10-02");
        }
      }
    }
    System.out.printf("add-new-texts customer_texts=%d new=%d -> %s%n", customerTexts, written, out);
  }

  private static CSVPrinter reviewWriter(Path file) throws IOException {
    Files.createDirectories(file.getParent());
    Writer w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
    return CSVFormat.DEFAULT.builder().setHeader(REVIEW_HEADER).build().print(w);
  }
}
