/**
 * {@code papercuts evaluate}: complaint, mixed and aspect-term figures on labelled sentences
 * (SemEval-14 / MAMS XML, {@code AbsaXmlReader}) against plain CoreNLP sentiment in the same run.
 * {@code AbsaEvaluator} scores what a {@code UnitAnnotator} predicts; {@code EvaluationReport}
 * prints it. A new labelled format adds a reader producing {@code AbsaDataset}.
 */
package io.papercuts.evaluate;
