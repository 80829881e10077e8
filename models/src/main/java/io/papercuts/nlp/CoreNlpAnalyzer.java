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
 * Splits text into sentences and gives each its tokens (with POS and lemma), CoreNLP sentiment,
 * the sentiment of its phrases and keyphrases.
 *
 * <p>Phrase sentiments: the sentiment model (RNTN) predicts a class for every node of the
 * binarized parse tree, not only for the sentence. The non-neutral nodes of at least
 * {@value #MIN_PHRASE_TOKENS} tokens are kept ({@link PhraseSentiment}: a token span and a class),
 * so the rules can ask what CoreNLP thinks of one side of a "but" or of one clause; a 20-token
 * sentence typically keeps 5-10.
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
   * models or rules re-annotates. Bump the suffix when keyphrase rules or the stored phrase
   * sentiments change.
   */
  public static final String MODEL_VERSION =
      "corenlp-4.5.10+englishSR+sentiment+maxlen" + MAX_PARSE_TOKENS + "+kp1+ph1";

  /** Phrase sentiments shorter than this (tokens) are not kept: single words add little. */
  static final int MIN_PHRASE_TOKENS = 2;

  private static final double[] CLASS_SCORES = {-1.0, -0.5, 0.0, 0.5, 1.0};

  private final StanfordCoreNLP pipeline;
  private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();

  private CoreNlpAnalyzer() {
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

  /** Tokenizer and sentence splitter only: no model files, so splitting never loads the parser. */
  private static final class Splitter {
    private static final StanfordCoreNLP INSTANCE = create();

    private static StanfordCoreNLP create() {
      Properties p = pipelineProperties();
      p.setProperty("annotators", "tokenize,ssplit");
      return new StanfordCoreNLP(p);
    }
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

  /**
   * The sentences of a text as CoreNLP splits them; none for an empty or blank text. Loads no
   * models: a night whose sentences are all cached never loads the parser.
   */
  public static List<String> splitSentences(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    Annotation doc = new Annotation(text);
    Splitter.INSTANCE.annotate(doc);
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
    List<PhraseSentiment> phrases = new ArrayList<>();
    if (sentimentTree.getLeaves().size() == tokens.size()) {
      collectPhrases(sentimentTree, 0, phrases);
    }
    return new AnalyzedSentence(index, docText.substring(sentBegin, sentEnd), tokens,
        Sentiment.ofClass(cls), score, parsed, keyphrases.extract(tokens), phrases);
  }

  /** Adds the non-neutral phrases under {@code node} (its first token is {@code start}). */
  private static int collectPhrases(Tree node, int start, List<PhraseSentiment> out) {
    if (node.isLeaf()) {
      return start + 1;
    }
    int end = start;
    for (Tree child : node.children()) {
      end = collectPhrases(child, end, out);
    }
    Integer cls = node.label() instanceof CoreLabel l
        ? l.get(RNNCoreAnnotations.PredictedClass.class) : null;
    if (cls != null && cls != Sentiment.NEUTRAL.ordinal() && end - start >= MIN_PHRASE_TOKENS) {
      out.add(new PhraseSentiment(start, end, Sentiment.ofClass(cls)));
    }
    return end;
  }
}
