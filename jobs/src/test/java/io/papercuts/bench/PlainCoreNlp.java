package io.papercuts.bench;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.util.CoreMap;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The benchmark's baseline: what a user gets by running CoreNLP themselves over their feedback.
 * StanfordCoreNLP with exactly papercuts' annotators and models ({@link
 * CoreNlpAnalyzer#pipelineProperties()}), CoreNLP's own multi-threaded {@code annotate(Iterable,
 * threads, callback)}, over every text of an input folder ({@link CorpusTexts}). Results are
 * counted and dropped, as a streaming user would. Prints one {@code key=value} line for
 * {@code scripts/bench}.
 *
 * <p>Usage: {@code PlainCoreNlp INPUT_DIR THREADS [all|customer]}: {@code all} (the default) is
 * every text; {@code customer} only the non-empty texts customers wrote, what a careful user
 * would analyse (survey comments, review titles and bodies, customer turns).
 */
public final class PlainCoreNlp {

  private PlainCoreNlp() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length != 2 && !(args.length == 3 && List.of("all", "customer").contains(args[2]))) {
      System.err.println("usage: PlainCoreNlp INPUT_DIR THREADS [all|customer]");
      System.exit(2);
    }
    // "customer": what a careful user would analyse, non-empty customer texts only.
    boolean customerOnly = args.length == 3 && args[2].equals("customer");
    List<CorpusTexts.Text> texts = CorpusTexts.read(Path.of(args[0])).stream()
        .filter(t -> !customerOnly || t.customer() && !t.text().isBlank()).toList();
    int threads = Integer.parseInt(args[1]);
    long chars = texts.stream().mapToLong(t -> t.text().length()).sum();

    long t0 = System.nanoTime();
    StanfordCoreNLP pipeline = new StanfordCoreNLP(CoreNlpAnalyzer.pipelineProperties());
    long t1 = System.nanoTime();
    AtomicLong sentences = new AtomicLong();
    AtomicLong tokens = new AtomicLong();
    // Annotations are created as CoreNLP's threads ask for them, so memory stays flat.
    Iterable<Annotation> docs = () -> new Iterator<>() {
      private final Iterator<CorpusTexts.Text> it = texts.iterator();

      @Override
      public boolean hasNext() {
        return it.hasNext();
      }

      @Override
      public Annotation next() {
        return new Annotation(it.next().text());
      }
    };
    pipeline.annotate(docs, threads, doc -> {
      List<CoreMap> s = doc.get(CoreAnnotations.SentencesAnnotation.class);
      sentences.addAndGet(s.size());
      tokens.addAndGet(doc.get(CoreAnnotations.TokensAnnotation.class).size());
    });
    long t2 = System.nanoTime();
    double annotate = (t2 - t1) / 1e9;
    System.out.printf(java.util.Locale.ROOT,
        "plain texts=%d chars=%d sentences=%d tokens=%d threads=%d load_s=%.1f annotate_s=%.1f"
            + " sentences_per_s=%.1f%n",
        texts.size(), chars, sentences.get(), tokens.get(), threads, (t1 - t0) / 1e9, annotate,
        sentences.get() / annotate);
  }
}
