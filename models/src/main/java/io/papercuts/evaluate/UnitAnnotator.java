package io.papercuts.evaluate;

/**
 * Annotates one text unit for evaluation. Implementations must be thread-safe: the evaluator calls
 * one instance from several threads.
 */
@FunctionalInterface
public interface UnitAnnotator {

  UnitPrediction annotate(String text);
}
