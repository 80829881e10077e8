/**
 * The annotate stage's judgement of a text, usable without Spark or a run: {@link Papercuts}
 * ({@code Papercuts.annotate(text, context)}, or a configured {@link TextAnnotator}) redacts and
 * normalises a text as ingest stores it, has CoreNLP analyse it and judges each sentence in its
 * unit's {@link UnitContext} ({@link JudgedSentence}: the complaint verdict and the taxonomy
 * themes). The annotate stage judges its cached analyses with the same {@link TextAnnotator#judge},
 * {@code papercuts explain} and the spark.ml {@code io.papercuts.ml.PapercutsAnnotator} call
 * {@link TextAnnotator#annotate}: all three give the same verdicts.
 */
package io.papercuts.annotate;
