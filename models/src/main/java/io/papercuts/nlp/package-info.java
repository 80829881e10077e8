/**
 * The CoreNLP side: {@code CoreNlpAnalyzer} (one pipeline per JVM, bounded input, a failure
 * marks the sentence instead of failing the run) turns a sentence into an {@code AnalyzedSentence}
 * (tokens, sentiment, phrase sentiments, keyphrases from {@code KeyphraseExtractor}). Word lists
 * live in resources next to this package ({@code WordLists}).
 */
package io.papercuts.nlp;
