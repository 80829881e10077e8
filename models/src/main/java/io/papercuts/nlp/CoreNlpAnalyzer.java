package io.papercuts.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.neural.rnn.RNNCoreAnnotations;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.pipeline.StanfordCoreNLP;
import edu.stanford.nlp.sentiment.SentimentCoreAnnotations;
import edu.stanford.nlp.trees.Tree;
import edu.stanford.nlp.trees.TreeCoreAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.ejml.simple.SimpleMatrix;

/**
 * Splits text into sentences and gives each its tokens (with POS and lemma), CoreNLP sentiment and
 * keyphrases.
 *
 * <p>Two steps, so callers can skip sentences they have seen: {@link #splitSentences} runs only the
 * tokenizer and sentence splitter (cheap), {@link #analyzeSentence} runs the whole pipeline on one
 * sentence. Every CoreNLP annotator used works within a sentence, so a sentence analysed alone
 * gives what it gives inside its text; feedback repeats whole sentences ("Thanks for your help."),
 * and the Spark job analyses each distinct sentence once.
 *
 * <p>The CoreNLP models (~100 MB in memory for the files used) load once per JVM, lazily, on the
 * first call of {@link #shared()}; on Spark that is once per executor. Thread-safe: one instance is
 * shared by all task threads ({@link StanfordCoreNLP#annotate} is safe for distinct annotations).
 */
public final class CoreNlpAnalyzer {

  /** Sentences longer than this (tokens) are not parsed: sentiment falls back to a flat tree. */
  public static final int MAX_PARSE_TOKENS = 80;

  /**
   * Identifies everything that determines an analysis; stored with cached results so a change of
   * models or rules re-annotates. Bump the suffix when keyphrase rules change.
   */
  public static final String MODEL_VERSION =
      "corenlp-4.5.10+englishSR+sentiment+maxlen" + MAX_PARSE_TOKENS + "+kp1";

  private static final double[] CLASS_SCORES = {-1.0, -0.5, 0.0, 0.5, 1.0};

  private final StanfordCoreNLP splitter;
  private final StanfordCoreNLP pipeline;
  private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();

  private CoreNlpAnalyzer() {
    Properties split = pipelineProperties();
    split.setProperty("annotators", "tokenize,ssplit");
    this.splitter = new StanfordCoreNLP(split);
    Properties one = pipelineProperties();
    one.setProperty("ssplit.isOneSentence", "true");
    this.pipeline = new StanfordCoreNLP(one);
  }

  /** The JVM-wide analyzer, created on first use. */
  public static CoreNlpAnalyzer shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    private static final CoreNlpAnalyzer INSTANCE = new CoreNlpAnalyzer();
  }

  /** The CoreNLP configuration; also used by the benchmark to run plain CoreNLP identically. */
  public static Properties pipelineProperties() {
    Properties p = new Properties();
    p.setProperty("annotators", "tokenize,ssplit,pos,lemma,parse,sentiment");
    // Shift-reduce parser: ~6x faster than the default PCFG here with the same sentiment input.
    p.setProperty("parse.model", "edu/stanford/nlp/models/srparser/englishSR.ser.gz");
    // The SR parser is linear in sentence length, so a length cap bounds the worst case.
    // parse.maxtime is deliberately unset: it builds a thread pool on every annotate() call.
    p.setProperty("parse.maxlen", Integer.toString(MAX_PARSE_TOKENS));
    // Dependency graphs are not used; building them costs time on every sentence.
    p.setProperty("parse.buildgraphs", "false");
    // Customers separate thoughts with blank lines more reliably than with punctuation.
    p.setProperty("ssplit.newlineIsSentenceBreak", "two");
    p.setProperty("tokenize.options", "untokenizable=noneDelete");
    return p;
  }

  /** Analyses one text unit; an empty or blank text gives no sentences. */
  public List<AnalyzedSentence> analyze(String text) {
    List<String> sentences = splitSentences(text);
    List<AnalyzedSentence> out = new ArrayList<>(sentences.size());
    for (String s : sentences) {
      out.add(analyzeSentence(out.size(), s));
    }
    return out;
  }

  /** The sentences of a text as CoreNLP splits them; none for an empty or blank text. */
  public List<String> splitSentences(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation doc = new Annotation(text);
    splitter.annotate(doc);
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    List<String> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      out.add(text.substring(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class),
          s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class)));
    }
    return out;
  }

  /**
   * Analyses one sentence of {@link #splitSentences} (the whole string is one sentence, even with
   * inner punctuation), giving it {@code index}.
   */
  public AnalyzedSentence analyzeSentence(int index, String sentence) {
    Annotation doc = new Annotation(sentence);
    pipeline.annotate(doc);
    return toSentence(index, sentence, doc.get(CoreAnnotations.SentencesAnnotation.class).get(0));
  }

  private AnalyzedSentence toSentence(int index, String docText, CoreMap s) {
    int sentBegin = s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int sentEnd = s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      tokens.add(new Token(l.word(), lemma.toLowerCase(java.util.Locale.ROOT), l.tag(),
          l.beginPosition() - sentBegin, l.endPosition() - sentBegin));
    }
    Tree parse = s.get(TreeCoreAnnotations.TreeAnnotation.class);
    // ParserAnnotator substitutes a flat tree labelled "X" for sentences it could not parse.
    boolean parsed = parse != null && !"X".equals(parse.label().value());
    Tree sentimentTree = s.get(SentimentCoreAnnotations.SentimentAnnotatedTree.class);
    int cls = RNNCoreAnnotations.getPredictedClass(sentimentTree);
    SimpleMatrix probs = RNNCoreAnnotations.getPredictions(sentimentTree);
    double score = 0;
    for (int i = 0; i < CLASS_SCORES.length; i++) {
      score += probs.get(i) * CLASS_SCORES[i];
    }
    return new AnalyzedSentence(index, docText.substring(sentBegin, sentEnd), tokens,
        Sentiment.ofClass(cls), score, parsed, keyphrases.extract(tokens));
  }
}
