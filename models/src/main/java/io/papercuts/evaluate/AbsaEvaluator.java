package io.papercuts.evaluate;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Runs every sentence of an ABSA file through a {@link UnitAnnotator} on a small thread pool and
 * scores the answers ({@link AbsaEvaluation#score}). Results keep file order whatever the
 * scheduling, so a run is deterministic.
 *
 * <p>Thread-safe if the annotator is; each call uses its own pool.
 */
public final class AbsaEvaluator {

  /** Analysis threads by default: CoreNLP is CPU-bound and batch machines are shared. */
  public static final int DEFAULT_THREADS = 2;

  private final UnitAnnotator annotator;
  private final int threads;

  public AbsaEvaluator(UnitAnnotator annotator, int threads) {
    this.annotator = Objects.requireNonNull(annotator, "annotator");
    if (threads < 1) {
      throw new IllegalArgumentException("threads must be at least 1: " + threads);
    }
    this.threads = threads;
  }

  public AbsaEvaluation evaluate(AbsaDataset dataset) {
    long start = System.nanoTime();
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "papercuts-evaluate");
      t.setDaemon(true);
      return t;
    });
    List<UnitResult> results = new ArrayList<>(dataset.sentences().size());
    try {
      List<Future<UnitPrediction>> futures = new ArrayList<>(dataset.sentences().size());
      for (AbsaSentence s : dataset.sentences()) {
        futures.add(pool.submit(() -> annotator.annotate(s.text())));
      }
      for (int i = 0; i < futures.size(); i++) {
        results.add(new UnitResult(dataset.sentences().get(i), futures.get(i).get()));
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("evaluation of " + dataset.name() + " interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException("annotating " + dataset.name() + " failed", cause);
    } finally {
      pool.shutdownNow();
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    return AbsaEvaluation.score(dataset.name(), results, dataset.hasAspectTerms(), threads,
        seconds);
  }
}
