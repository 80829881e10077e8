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
    if ((args.length == 3 || args.length == 4) && args[0].equals("unique-sentences")) {
      uniqueSentences(Path.of(args[1]), Path.of(args[2]),
          args.length == 4 ? Integer.parseInt(args[3]) : Integer.MAX_VALUE);
    } else if ((args.length == 3 || args.length == 4) && args[0].equals("real")) {
      realText(Path.of(args[1]), Path.of(args[2]), args.length == 4 ? Integer.parseInt(args[3]) : 1);
    } else if (args.length == 5 && args[0].equals("add-new-texts")) {
      addNewTexts(Path.of(args[1]), Path.of(args[2]), Double.parseDouble(args[3]), Path.of(args[4]));
    } else {
      System.err.println("usage: BenchCorpus unique-sentences INPUT OUT [LIMIT]"
          + " | add-new-texts INPUT OTHER FRACTION OUT | real EVAL_DIR OUT [REPEAT]");
      System.exit(2);
    }
  }

  static void uniqueSentences(Path input, Path out, int limit) throws IOException {
    Set<String> sentences = new LinkedHashSet<>();
    for (CorpusTexts.Text t : CorpusTexts.read(input)) {
      if (t.customer()) {
        for (String s : CoreNlpAnalyzer.splitSentences(t.text())) {
          if (sentences.size() < limit) {
            sentences.add(s);
          }
        }
      }
    }
    if (limit != Integer.MAX_VALUE && sentences.size() < limit) {
      throw new IOException(input + " has only " + sentences.size() + " distinct customer "
          + "sentences, fewer than " + limit + ": generate more customers");
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

  /**
   * Real text no generator wrote: every distinct sentence of the labelled sets under EVAL_DIR
   * (MAMS, SemEval-14 XML), one review each, spread over September 2026. REPEAT above 1 writes
   * each review that many times under new ids, and says so in its output line, for a size
   * that real text alone does not reach (duplicates papercuts can exploit: label such figures).
   */
  static void realText(Path evalDir, Path out, int repeat) throws IOException {
    List<Path> files;
    try (java.util.stream.Stream<Path> s = Files.walk(evalDir)) {
      files = s.filter(p -> p.toString().endsWith(".xml")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IOException("no *.xml labelled sets under " + evalDir);
    }
    Set<String> texts = new LinkedHashSet<>();
    java.util.Map<String, String> product = new java.util.HashMap<>();
    for (Path f : files) {
      String name = f.getParent().getFileName() + "/" + f.getFileName();
      for (io.papercuts.evaluate.AbsaSentence a : new io.papercuts.evaluate.AbsaXmlReader().read(f)
          .sentences()) {
        if (!a.text().isBlank() && texts.add(a.text())) {
          product.put(a.text(), name);
        }
      }
    }
    try (CSVPrinter csv = reviewWriter(out.resolve("reviews/reviews.csv"))) {
      for (int r = 0; r < repeat; r++) {
        int n = 0;
        for (String t : texts) {
          n++;
          csv.printRecord("R-" + n + (r == 0 ? "" : "-" + r), "", product.get(t), 3, "", t,
              java.time.LocalDate.of(2026, 9, 1).plusDays(n % 30));
        }
      }
    }
    System.out.printf("real files=%d distinct_texts=%d repeat=%d reviews=%d -> %s%n",
        files.size(), texts.size(), repeat, (long) texts.size() * repeat, out);
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
