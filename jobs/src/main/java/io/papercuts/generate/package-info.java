/**
 * {@code papercuts generate}: synthetic inputs of every source kind with planted paper cuts and
 * their ground truth, for tests and benchmarks ({@code SyntheticCorpus}; phrasing in
 * {@code PhraseBook}). A planted cut outside the taxonomy is a {@code Theme} with its phrases.
 */
package io.papercuts.generate;
