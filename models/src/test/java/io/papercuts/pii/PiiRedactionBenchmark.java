package io.papercuts.pii;

import io.papercuts.evaluate.AbsaSentence;
import io.papercuts.evaluate.AbsaXmlReader;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What NER adds to redaction, next to what the annotate stage costs, on the same texts in one
 * JVM: redaction of every text with and without {@link PersonNameFinder} (alternating, median of
 * the repetitions), then CoreNLP's annotate pipeline ({@link CoreNlpAnalyzer#analyzeSentence}:
 * tokenize, ssplit, pos, lemma, shift-reduce parse, sentiment) on each of their sentences, all
 * on one thread. Texts: the units of {@code sample-data/} as the nightly parses them, and the
 * MAMS validation and training sentences when present. Not a test: run by hand, see
 * docs/benchmarks.md ("PII redaction: cost of NER").
 *
 * <pre>
 * java -cp models/target/test-classes:models/target/classes:$(cat cp.txt) \
 *     io.papercuts.pii.PiiRedactionBenchmark [sample-data] [mams-dir] [reps]
 * </pre>
 */
public final class PiiRedactionBenchmark {

  private PiiRedactionBenchmark() {
  }

  public static void main(String[] args) throws IOException {
    Path sampleData = Path.of(args.length > 0 ? args[0] : "sample-data");
    Path mams = Path.of(args.length > 1 ? args[1] : "../shared/eval/mams");
    int reps = args.length > 2 ? Integer.parseInt(args[2]) : 15;
    List<String> sample = SampleDataTexts.units(sampleData);
    List<String> mamsTexts = new ArrayList<>();
    for (String split : List.of("validation.xml", "train.xml")) {
      Path file = mams.resolve(split);
      if (Files.isRegularFile(file)) {
        new AbsaXmlReader().read(file).sentences().stream().map(AbsaSentence::text)
            .forEach(mamsTexts::add);
      }
    }
    long load = System.nanoTime();
    new PersonNameFinder().find("I called and Jennifer Lopez hung up.");
    System.out.printf("NER model load: %.0f ms%n", (System.nanoTime() - load) / 1e6);
    measure("sample-data units", sample, reps);
    if (!mamsTexts.isEmpty()) {
      measure("MAMS sentences", mamsTexts, reps);
    }
  }

  private static void measure(String name, List<String> texts, int reps) {
    List<String> sentences = new ArrayList<>();
    for (String t : texts) {
      sentences.addAll(CoreNlpAnalyzer.splitSentences(t));
    }
    int n = sentences.size();
    System.out.printf("%n== %s: %,d texts, %,d sentences%n", name, texts.size(), n);
    gateShare(texts);
    PiiRedactor withNer = new PiiRedactor();
    PiiRedactor withoutNer = withNer.withNer(false);
    for (int i = 0; i < 3; i++) { // warm-up, JIT
      redactAll(withNer, texts);
      redactAll(withoutNer, texts);
    }
    long[] on = new long[reps];
    long[] off = new long[reps];
    for (int r = 0; r < reps; r++) {
      off[r] = redactAll(withoutNer, texts);
      on[r] = redactAll(withNer, texts);
    }
    double offMs = median(off) / 1e6;
    double onMs = median(on) / 1e6;
    System.out.printf("redaction without NER: %.1f ms, %,.0f sentences/s, %.4f ms/sentence%n",
        offMs, n / (offMs / 1e3), offMs / n);
    System.out.printf("redaction with NER:    %.1f ms, %,.0f sentences/s, %.4f ms/sentence%n",
        onMs, n / (onMs / 1e3), onMs / n);
    double nerMsPerSentence = (onMs - offMs) / n;
    System.out.printf("NER adds %.4f ms/sentence (median of %d alternating repetitions)%n",
        nerMsPerSentence, reps);

    CoreNlpAnalyzer analyzer = CoreNlpAnalyzer.shared();
    for (String s : sentences.subList(0, Math.min(200, n))) { // load and warm-up
      analyzer.analyzeSentence(0, s);
    }
    long start = System.nanoTime();
    for (String s : sentences) {
      analyzer.analyzeSentence(0, s);
    }
    double annotateMs = (System.nanoTime() - start) / 1e6;
    System.out.printf("annotate (CoreNlpAnalyzer.analyzeSentence, one thread): %.0f ms, "
        + "%,.0f sentences/s, %.3f ms/sentence%n", annotateMs, n / (annotateMs / 1e3),
        annotateMs / n);
    System.out.printf("NER cost / annotate cost: %.1f%% (target: at most 15%%)%n",
        100 * nerMsPerSentence / (annotateMs / n));
  }

  private static long redactAll(PiiRedactor redactor, List<String> texts) {
    long start = System.nanoTime();
    int changed = 0;
    for (String t : texts) {
      changed += redactor.redact(t).equals(t) ? 0 : 1;
    }
    long elapsed = System.nanoTime() - start;
    if (changed < 0) {
      throw new AssertionError();
    }
    return elapsed;
  }

  /** How many texts reach the model at all: the gate's share. */
  private static void gateShare(List<String> texts) {
    int passed = 0;
    for (String t : texts) {
      String view = CanonicalSpacing.of(t).text();
      passed += PersonNameFinder.mayHoldName(view, 0, view.length()) ? 1 : 0;
    }
    System.out.printf("texts with a possible name (reach the NER model): %,d of %,d (%.1f%%)%n",
        passed, texts.size(), 100.0 * passed / texts.size());
  }

  private static double median(long[] values) {
    long[] sorted = values.clone();
    Arrays.sort(sorted);
    return sorted[sorted.length / 2];
  }
}
