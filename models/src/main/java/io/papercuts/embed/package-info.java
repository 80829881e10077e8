/**
 * Sentence embeddings for theme discovery, in process and offline: {@code SentenceEmbedder} runs
 * the quantized all-MiniLM-L6-v2 ONNX model that ships in its Maven artifact (loaded once per JVM),
 * {@code Vectors} the arithmetic on its unit vectors. A new embedding model goes here with its own
 * {@code MODEL_VERSION}, which keys the {@code sentence_vectors} and {@code theme_centroids} rows.
 */
package io.papercuts.embed;
