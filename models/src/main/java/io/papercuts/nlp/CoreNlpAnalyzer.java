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
import java.util.logging.Logger;
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
 * <p>One sentence never stops a run ({@link #analyzeSentence}): every stage's input is bounded
 * ({@link SpacedText} for the tokenizer, {@value #MAX_SENTIMENT_TOKENS} tokens for the sentiment
 * model), and an exception or error inside CoreNLP marks that sentence
 * ({@link AnalyzedSentence#analysisFailed}) instead of propagating, as CoreNLP's own annotators do
 * for a sentence they cannot handle ({@code doOneFailedSentence}).
 *
 * <p>The CoreNLP models (~100 MB in memory for the files used) load once per JVM, lazily, on the
 * first call of {@link #shared()}; on Spark that is once per executor. Thread-safe: one instance is
 * shared by all task threads ({@link StanfordCoreNLP#annotate} is safe for distinct annotations).
 */
public final class CoreNlpAnalyzer {

  /** Sentences longer than this (tokens) are not parsed: sentiment falls back to a flat tree. */
  public static final int MAX_PARSE_TOKENS = 80;

  /**
   * Sentences longer than this (tokens) get no sentiment: tokens, tags and lemmas only, with a
   * {@code too_long} reason. Why: an unparsed sentence's flat tree is binarized into a chain as
   * deep as the sentence, and CoreNLP's binarizer and the sentiment model recurse along it; at
   * about 1,800 tokens the thread's stack overflows. Up to this bound the sentiment is computed
   * exactly as before (the flat-tree sentiment of 81..500 tokens takes under 0.1 s and about a
   * quarter of that stack), so every sentence that worked still gives the same result.
   */
  public static final int MAX_SENTIMENT_TOKENS = 500;

  /**
   * Identifies what CoreNLP gives a sentence here (tokens, tags, lemmas, sentence and phrase
   * sentiments), everything of an analysis but its keyphrases. Bump a suffix when the stored
   * phrase sentiments or the bounds change.
   */
  public static final String CORENLP_VERSION =
      "corenlp-4.5.10+englishSR+sentiment+maxlen" + MAX_PARSE_TOKENS + "+ph1+sent"
          + MAX_SENTIMENT_TOKENS + "+run" + SpacedText.MAX_RUN_CHARS + "+fail1";

  /**
   * Identifies everything that determines an analysis; stored with cached results so a change of
   * models or rules re-annotates: {@link #CORENLP_VERSION} and {@link KeyphraseExtractor#VERSION}.
   */
  public static final String MODEL_VERSION = CORENLP_VERSION + "+" + KeyphraseExtractor.VERSION;

  /** Reason code of a sentence over {@link #MAX_SENTIMENT_TOKENS}. */
  public static final String TOO_LONG = "too_long";
  /** Reason code of a sentence CoreNLP failed on (an exception or error in one of its steps). */
  public static final String CORENLP_ERROR = "corenlp_error";

  private static final Logger LOG = Logger.getLogger(CoreNlpAnalyzer.class.getName());

  /** Phrase sentiments shorter than this (tokens) are not kept: single words add little. */
  static final int MIN_PHRASE_TOKENS = 2;

  private static final double[] CLASS_SCORES = {-1.0, -0.5, 0.0, 0.5, 1.0};

  private final StanfordCoreNLP pipeline;
  /** Tokens, tags and lemmas only, for sentences the sentiment model is not given. */
  private final StanfordCoreNLP tagger;
  private final KeyphraseExtractor keyphrases = new KeyphraseExtractor();

  private CoreNlpAnalyzer() {
    Properties one = pipelineProperties();
    one.setProperty("ssplit.isOneSentence", "true");
    this.pipeline = new StanfordCoreNLP(one);
    Properties tags = pipelineProperties();
    tags.setProperty("ssplit.isOneSentence", "true");
    tags.setProperty("annotators", "tokenize,ssplit,pos,lemma");
    this.tagger = new StanfordCoreNLP(tags);
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
   * models: a night whose sentences are all cached never loads the parser. Time is linear in the
   * text's length ({@link SpacedText}). Should the splitter fail, the whole text is one sentence,
   * so the failure is reported by {@link #analyzeSentence} on it and not lost.
   */
  public static List<String> splitSentences(String text) {
    if (text == null || text.isBlank()) {
      return List.of();
    }
    SpacedText spaced = SpacedText.of(text);
    List<CoreMap> sentences;
    try {
      Annotation doc = new Annotation(spaced.text());
      Splitter.INSTANCE.annotate(doc);
      sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    } catch (RuntimeException | StackOverflowError e) {
      rethrowIfInterrupted(e);
      return List.of(text.strip());
    }
    List<String> out = new ArrayList<>(sentences.size());
    for (CoreMap s : sentences) {
      out.add(text.substring(
          spaced.toOriginal(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class)),
          spaced.toOriginal(s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class))));
    }
    return out;
  }

  /**
   * Analyses one sentence of {@link #splitSentences} (the whole string is one sentence, even with
   * inner punctuation), giving it {@code index}. Never throws for the sentence's sake: a sentence
   * over {@link #MAX_SENTIMENT_TOKENS} tokens gets its tokens only, and an exception or error in
   * CoreNLP (a {@link StackOverflowError} included) is caught and the sentence gets what the
   * tagger alone still gives, else its tokens, else none; either way with its reason in
   * {@link AnalyzedSentence#analysisFailed}. Not caught: {@link OutOfMemoryError} (the heap is
   * too small for the night, not the sentence bad: the run must end with that hint), linkage
   * errors (a broken installation) and interrupts (a cancelled task).
   */
  public AnalyzedSentence analyzeSentence(int index, String sentence) {
    SpacedText spaced = SpacedText.of(sentence);
    String reason;
    try {
      // A sentence has at most as many tokens as chars, so short ones need no count.
      List<CoreLabel> counted = sentence.length() <= MAX_SENTIMENT_TOKENS ? null
          : tokenize(spaced.text());
      if (counted == null || counted.size() <= MAX_SENTIMENT_TOKENS) {
        Annotation doc = new Annotation(spaced.text());
        AnalysisFaults.check(sentence);
        pipeline.annotate(doc);
        return toSentence(index, sentence, spaced, only(doc), true, null);
      }
      return tokensOnly(index, sentence, spaced, counted, String.format(
          "%s: %,d tokens, over %,d: tokens only, not tagged, parsed or given a sentiment",
          TOO_LONG, counted.size(), MAX_SENTIMENT_TOKENS));
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      rethrowIfInterrupted(e);
      reason = CORENLP_ERROR + ": " + describe(e);
      LOG.warning("CoreNLP failed on a sentence of " + sentence.length() + " chars (" + reason
          + "); it is marked and the run goes on");
    }
    // What CoreNLP still gives: tags and lemmas (bounded: the sentence is short enough for the
    // full pipeline), else tokens, else nothing but the text.
    try {
      Annotation doc = new Annotation(spaced.text());
      tagger.annotate(doc);
      return toSentence(index, sentence, spaced, only(doc), false, reason);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      rethrowIfInterrupted(e);
    }
    try {
      return tokensOnly(index, sentence, spaced, tokenize(spaced.text()), reason);
    } catch (RuntimeException | StackOverflowError | AssertionError e) {
      rethrowIfInterrupted(e);
      return new AnalyzedSentence(index, sentence.strip(), List.of(), Sentiment.NEUTRAL, 0, false,
          List.of(), List.of(), reason);
    }
  }

  /** The tokenizer's tokens of {@code text} (offsets into it); linear in its length. */
  private static List<CoreLabel> tokenize(String text) {
    Annotation doc = new Annotation(text);
    Splitter.INSTANCE.annotate(doc);
    return doc.get(CoreAnnotations.TokensAnnotation.class);
  }

  /**
   * Tokens without tags (POS "X", CoreNLP's mark for an untagged token; lemma the lower-cased
   * word). Why not tagged: the POS tagger's cost per unknown token (emoji, symbols) is about
   * 4 ms and grows with the run of unknown tokens, so a 50,000-emoji sentence takes minutes.
   */
  private AnalyzedSentence tokensOnly(int index, String original, SpacedText spaced,
      List<CoreLabel> labels, String reason) {
    if (labels.isEmpty()) {
      return new AnalyzedSentence(index, original.strip(), List.of(), Sentiment.NEUTRAL, 0, false,
          List.of(), List.of(), reason);
    }
    int sentBegin = spaced.toOriginal(labels.get(0).beginPosition());
    int sentEnd = spaced.toOriginal(labels.get(labels.size() - 1).endPosition());
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      tokens.add(new Token(l.word(), l.word().toLowerCase(java.util.Locale.ROOT), "X",
          spaced.toOriginal(l.beginPosition()) - sentBegin,
          spaced.toOriginal(l.endPosition()) - sentBegin));
    }
    return new AnalyzedSentence(index, original.substring(sentBegin, sentEnd), tokens,
        Sentiment.NEUTRAL, 0, false, List.of(), List.of(), reason);
  }

  private static CoreMap only(Annotation doc) {
    List<CoreMap> sentences = doc.get(CoreAnnotations.SentencesAnnotation.class);
    if (sentences == null || sentences.isEmpty()) {
      throw new IllegalStateException("no tokens");
    }
    return sentences.get(0);
  }

  /** "StackOverflowError at edu.stanford...TreeBinarizer.outsideBinarizeLocalTree": one line. */
  private static String describe(Throwable e) {
    String msg = e.getMessage() == null ? "" : ": " + e.getMessage().lines().findFirst().orElse("");
    StackTraceElement[] at = e.getStackTrace();
    String where = at.length == 0 ? "" : " at " + at[0].getClassName() + "." + at[0].getMethodName();
    String line = e.getClass().getSimpleName() + msg + where;
    return line.length() <= 300 ? line : line.substring(0, 300);
  }

  /** A cancelled task (CoreNLP reports interrupts unchecked) must stop, not mark a sentence. */
  private static void rethrowIfInterrupted(Throwable e) {
    if (e instanceof edu.stanford.nlp.util.RuntimeInterruptedException
        || Thread.currentThread().isInterrupted()) {
      throw e instanceof RuntimeException re ? re : new IllegalStateException(e);
    }
  }

  /**
   * The analysed sentence from CoreNLP's annotation {@code s} of {@code spaced}; offsets and the
   * text are the original sentence's. {@code withSentiment} false: the tagger's annotation only.
   */
  private AnalyzedSentence toSentence(int index, String original, SpacedText spaced, CoreMap s,
      boolean withSentiment, String failed) {
    int sentBegin = spaced.toOriginal(s.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class));
    int sentEnd = spaced.toOriginal(s.get(CoreAnnotations.CharacterOffsetEndAnnotation.class));
    List<CoreLabel> labels = s.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (CoreLabel l : labels) {
      String lemma = l.lemma() == null ? l.word() : l.lemma();
      tokens.add(new Token(l.word(), lemma.toLowerCase(java.util.Locale.ROOT), l.tag(),
          spaced.toOriginal(l.beginPosition()) - sentBegin,
          spaced.toOriginal(l.endPosition()) - sentBegin));
    }
    String text = original.substring(sentBegin, sentEnd);
    if (!withSentiment) {
      return new AnalyzedSentence(index, text, tokens, Sentiment.NEUTRAL, 0, false,
          keyphrases.extract(tokens), List.of(), failed);
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
    return new AnalyzedSentence(index, text, tokens, Sentiment.ofClass(cls), score, parsed,
        keyphrases.extract(tokens), phrases, failed);
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
