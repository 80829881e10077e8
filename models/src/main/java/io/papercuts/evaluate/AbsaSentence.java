package io.papercuts.evaluate;

import java.util.List;
import java.util.Objects;

/**
 * One labelled sentence of a SemEval ABSA file and its gold answers.
 *
 * <p>Gold definitions: a <em>complaint</em> has at least one negative (or conflict) aspect label;
 * a <em>mixed</em> sentence has a positive and a negative opinion on its aspects (two labels of
 * opposite polarity, or one conflict label).
 *
 * @param id the {@code id} attribute, or the 1-based position in the file when absent
 * @param text the sentence text
 * @param terms the {@code <aspectTerm>} labels, in file order
 * @param categories the {@code <aspectCategory>} labels, in file order
 */
public record AbsaSentence(String id, String text, List<AspectLabel> terms,
    List<AspectLabel> categories) {

  public AbsaSentence {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(text, "text");
    terms = List.copyOf(terms);
    categories = List.copyOf(categories);
  }

  /**
   * The sentence carries at least one aspect label (term or category). A sentence without any
   * says nothing about its opinions: SemEval-2014 laptops labels no term in many sentences that
   * complain about the laptop as a whole ("so many problems with the computer"), and those would
   * count as "no complaint".
   */
  public boolean labelled() {
    return !terms.isEmpty() || !categories.isEmpty();
  }

  /** Gold complaint: at least one negative aspect label (terms or categories). */
  public boolean goldComplaint() {
    return terms.stream().anyMatch(AspectLabel::negative)
        || categories.stream().anyMatch(AspectLabel::negative);
  }

  /** Gold mixed: positive and negative opinions in the same sentence. */
  public boolean goldMixed() {
    boolean pos = false;
    boolean neg = false;
    for (List<AspectLabel> labels : List.of(terms, categories)) {
      for (AspectLabel a : labels) {
        pos |= a.positive();
        neg |= a.negative();
      }
    }
    return pos && neg;
  }
}
