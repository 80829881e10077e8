package io.papercuts.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.CoreNlpAnalyzer;
import io.papercuts.nlp.KeyphraseExtractor;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;

/**
 * CoreNLP analyses of unit texts kept in a JSON Lines file, so an evaluation or a training run
 * that meets the same texts again (the same ABSA files after a rule change) needs no CoreNLP.
 * The first line names {@link CoreNlpAnalyzer#CORENLP_VERSION}; a file written by another version
 * is ignored and rewritten. Keyphrases are not stored: they are a function of the tokens and are
 * recomputed on reading ({@link KeyphraseExtractor}), so a keyphrase change needs no new CoreNLP
 * run either.
 *
 * <p>{@link #analyze} is thread-safe; {@link #save} appends what was analysed since the last save.
 */
public final class AnalysisCache {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final KeyphraseExtractor KEYPHRASES = new KeyphraseExtractor();

  private final Path file;
  private final Function<String, List<AnalyzedSentence>> analyzer;
  private final Map<String, List<AnalyzedSentence>> known = new LinkedHashMap<>();
  private final Map<String, List<AnalyzedSentence>> added = new LinkedHashMap<>();
  private boolean rewrite;

  private AnalysisCache(Path file, Function<String, List<AnalyzedSentence>> analyzer) {
    this.file = file;
    this.analyzer = analyzer;
  }

  /**
   * The cache in {@code file} (created on the first {@link #save}), analysing texts it does not
   * hold with {@code analyzer} (usually {@code CoreNlpAnalyzer.shared()::analyze}).
   */
  public static AnalysisCache open(Path file, Function<String, List<AnalyzedSentence>> analyzer) {
    AnalysisCache cache = new AnalysisCache(Objects.requireNonNull(file, "file"),
        Objects.requireNonNull(analyzer, "analyzer"));
    cache.load();
    return cache;
  }

  /** Texts held, read or analysed. */
  public synchronized int size() {
    return known.size();
  }

  /** The text's sentences: cached, else analysed now (and saved on the next {@link #save}). */
  public List<AnalyzedSentence> analyze(String text) {
    synchronized (this) {
      List<AnalyzedSentence> hit = known.get(text);
      if (hit != null) {
        return hit;
      }
    }
    List<AnalyzedSentence> fresh = analyzer.apply(text);
    synchronized (this) {
      known.put(text, fresh);
      added.put(text, fresh);
    }
    return fresh;
  }

  /** Appends the texts analysed since the last save (rewrites a file of another version). */
  public synchronized void save() {
    if (added.isEmpty() && !rewrite) {
      return;
    }
    try {
      Path parent = file.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      boolean fresh = rewrite || !Files.exists(file);
      try (BufferedWriter w = fresh
          ? Files.newBufferedWriter(file, StandardCharsets.UTF_8)
          : Files.newBufferedWriter(file, StandardCharsets.UTF_8, StandardOpenOption.APPEND)) {
        Map<String, List<AnalyzedSentence>> rows = fresh ? known : added;
        if (fresh) {
          w.write(JSON.writeValueAsString(JSON.createObjectNode()
              .put("version", CoreNlpAnalyzer.CORENLP_VERSION)));
          w.newLine();
        }
        for (Map.Entry<String, List<AnalyzedSentence>> e : rows.entrySet()) {
          w.write(JSON.writeValueAsString(toJson(e.getKey(), e.getValue())));
          w.newLine();
        }
      }
      added.clear();
      rewrite = false;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write analysis cache " + file, e);
    }
  }

  private void load() {
    if (!Files.isRegularFile(file)) {
      return;
    }
    try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      String header = r.readLine();
      if (header == null || !CoreNlpAnalyzer.CORENLP_VERSION.equals(
          JSON.readTree(header).path("version").asText())) {
        rewrite = true;
        return;
      }
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        if (!line.isBlank()) {
          JsonNode n = JSON.readTree(line);
          known.put(n.get("text").asText(), fromJson(n.get("sentences")));
        }
      }
    } catch (IOException | RuntimeException e) {
      // A torn last line (an interrupted save) or a foreign file: start over rather than trust it.
      known.clear();
      rewrite = true;
    }
  }

  private static ObjectNode toJson(String text, List<AnalyzedSentence> sentences) {
    ObjectNode n = JSON.createObjectNode();
    n.put("text", text);
    ArrayNode arr = n.putArray("sentences");
    for (AnalyzedSentence s : sentences) {
      ObjectNode o = arr.addObject();
      o.put("index", s.index());
      o.put("text", s.text());
      o.put("sentiment", s.sentiment().ordinal());
      o.put("score", s.sentimentScore());
      o.put("parsed", s.parsed());
      if (s.analysisFailed() != null) {
        o.put("failed", s.analysisFailed());
      }
      ArrayNode tokens = o.putArray("tokens");
      for (Token t : s.tokens()) {
        tokens.addArray().add(t.word()).add(t.lemma()).add(t.pos()).add(t.begin()).add(t.end());
      }
      ArrayNode phrases = o.putArray("phrases");
      for (PhraseSentiment p : s.phrases()) {
        phrases.addArray().add(p.start()).add(p.end()).add(p.sentiment().ordinal());
      }
    }
    return n;
  }

  private static List<AnalyzedSentence> fromJson(JsonNode arr) {
    List<AnalyzedSentence> out = new ArrayList<>(arr.size());
    for (JsonNode o : arr) {
      List<Token> tokens = new ArrayList<>();
      for (JsonNode t : o.get("tokens")) {
        tokens.add(new Token(t.get(0).asText(), t.get(1).asText(), t.get(2).asText(),
            t.get(3).asInt(), t.get(4).asInt()));
      }
      List<PhraseSentiment> phrases = new ArrayList<>();
      for (JsonNode p : o.get("phrases")) {
        phrases.add(new PhraseSentiment(p.get(0).asInt(), p.get(1).asInt(),
            Sentiment.ofClass(p.get(2).asInt())));
      }
      JsonNode failed = o.get("failed");
      out.add(new AnalyzedSentence(o.get("index").asInt(), o.get("text").asText(), tokens,
          Sentiment.ofClass(o.get("sentiment").asInt()), o.get("score").asDouble(),
          o.get("parsed").asBoolean(), KEYPHRASES.extract(tokens), phrases,
          failed == null ? null : failed.asText()));
    }
    return List.copyOf(out);
  }
}
