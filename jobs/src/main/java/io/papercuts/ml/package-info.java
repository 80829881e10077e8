/**
 * papercuts inside a spark.ml pipeline: {@link io.papercuts.ml.PapercutsAnnotator} annotates a
 * DataFrame's text column with the annotate stage's judgement ({@code io.papercuts.annotate}), so
 * a notebook user can try papercuts on their own data without the nightly run.
 */
package io.papercuts.ml;
