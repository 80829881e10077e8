package io.papercuts.evaluate;

import io.papercuts.nlp.Token;
import java.util.List;

/**
 * What papercuts (and the baseline) say about one evaluated text unit.
 *
 * @param sentences how many sentences CoreNLP split the unit into
 * @param complaint papercuts' {@code is_complaint} for the unit
 * @param mixed papercuts' mixed evidence for the unit
 * @param baselineNegative the baseline: CoreNLP calls a sentence of the unit negative or very
 *     negative
 * @param keyphrases the unit's keyphrases (lemmatised, lower-case), in order, without duplicates
 * @param tokens the unit's tokens with character offsets into the unit text, to normalise gold
 *     aspect terms the way keyphrases are normalised; empty when unknown
 * @param evidence the classifier's evidence per sentence, for error listings
 */
public record UnitPrediction(int sentences, boolean complaint, boolean mixed,
    boolean baselineNegative, List<String> keyphrases, List<Token> tokens, List<String> evidence) {

  public UnitPrediction {
    keyphrases = List.copyOf(keyphrases);
    tokens = List.copyOf(tokens);
    evidence = List.copyOf(evidence);
  }
}
