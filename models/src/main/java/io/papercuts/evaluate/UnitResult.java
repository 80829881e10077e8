package io.papercuts.evaluate;

/** One gold sentence with what was predicted for it. */
public record UnitResult(AbsaSentence gold, UnitPrediction predicted) {
}
