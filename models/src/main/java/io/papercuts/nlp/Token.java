package io.papercuts.nlp;

/**
 * One token of an analysed sentence: surface word, lemma (lower-cased) and Penn Treebank POS tag,
 * with character offsets into the sentence text so evidence can be highlighted later.
 */
public record Token(String word, String lemma, String pos, int begin, int end) {
}
