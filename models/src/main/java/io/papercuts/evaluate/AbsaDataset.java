package io.papercuts.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * The sentences of one SemEval ABSA XML file.
 *
 * @param name the file name, for reports
 * @param sentences the sentences in file order
 * @param hasAspectTerms at least one sentence carries an {@code <aspectTerms>} element, so aspect
 *     term extraction can be scored (a sentence with an empty or absent element then has no terms)
 */
public record AbsaDataset(String name, List<AbsaSentence> sentences, boolean hasAspectTerms) {

  public AbsaDataset {
    Objects.requireNonNull(name, "name");
    sentences = List.copyOf(sentences);
  }
}
