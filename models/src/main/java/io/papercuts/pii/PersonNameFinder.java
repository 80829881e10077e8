package io.papercuts.pii;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ie.crf.CRFCliqueTree;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names without a cue, found by CoreNLP's English three-class NER model
 * ({@value #MODEL}, a CRF over PERSON, ORGANIZATION and LOCATION, in the stanford-corenlp
 * {@code models} jar). Every maximal run of tokens the model labels PERSON becomes one span,
 * trimmed of tokens that are not capitalised words and of brand, product and common words
 * ({@link #NOT_PERSONS}, {@link NameFinder#isCommonWord}): the model was trained on news and
 * takes assistants and apps ("Alexa", "Spotify", "Roku") for people. A span is kept only when
 * the model's marginal probability of PERSON is at least {@value #MIN_PERSON_PROBABILITY} for
 * each of its tokens, which drops most brand names the list does not know, and a span of two or
 * more words is kept only if one of them is a word the model never saw in lower case.
 *
 * <p>The model misses a first name that opens a sentence without context, which is how
 * customers refer to agents ({@code Priya from billing called}); so one to two capitalised words
 * that the model never saw in lower case, right before {@code from|in|at} and a department
 * ({@code billing}, {@code support}, {@code customer service}, ...), are a name as well.
 *
 * <p><b>Cost gate.</b> The CRF costs about a millisecond per short sentence, so it only runs on
 * a text that holds a word that could be a name: a capitalised word (upper case, then lower case)
 * that is not a placeholder, brand or common word and either does not start a sentence, or
 * starts one but is a word the model never saw in lower case ({@code Priya}, not
 * {@code Thanks}). Most feedback sentences have no such word and never reach the model.
 *
 * <p><b>Loading.</b> The model (32 MB compressed, about 2 s) loads once per JVM, on the first
 * text that passes the gate, in a lazy holder class; a {@link PiiRedactor} never holds it, so
 * serialising a redactor into a Spark closure ships no model. It is loaded with
 * {@code maxAdditionalKnownLCWords=0}, so classifying never changes the model: results do not
 * depend on earlier texts, and one classifier is shared by all threads (as CoreNLP's own
 * multi-threaded {@code ner} annotator shares it). Thread-safe.
 */
final class PersonNameFinder implements PiiFinder {

  /** Class-path resource of the NER model; the slim model jar for spark-submit includes it. */
  static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

  private static final String PERSON = "PERSON";

  /**
   * The least marginal probability of PERSON, for every token of a span, that makes it a name.
   * Brand and company names that the model labels PERSON in feedback ("Northlink matched my
   * price", "Velo offered ...", "Router worked fine") score 0.5 to 0.7; people's names in the same
   * texts 0.89 to 1.0 ("Hi Marcus.", "agent John Smith"). Measured with OverRedactionTest.
   */
  static final double MIN_PERSON_PROBABILITY = 0.8;

  /** Longest segment given to the model before it is cut at a blank. */
  private static final int MAX_SEGMENT_CHARS = 1000;

  private static final String NAME_WORD = "\\p{Lu}\\p{Ll}[\\p{L}'\\u2019\\-]{0,30}+";
  private static final Pattern FROM_DEPARTMENT = Pattern.compile(
      "(?<![\\p{L}\\p{N}_\\[])(" + NAME_WORD + ")(?: (" + NAME_WORD + "))? (?:from|in|at) "
          + "(?:the )?(?i:billing|support|tech support|technical support|customer service"
          + "|customer services|customer support|customer care|sales|retentions?|accounts"
          + "|complaints|help ?desk|escalations|the call cent(?:er|re))(?![\\p{L}\\p{N}_])");

  /**
   * Assistants, apps, services, devices, payment brands and companies that customers name and
   * that the model may label PERSON; lower case. A span made only of these is not a name.
   */
  static final Set<String> NOT_PERSONS = Set.of(
      "alexa", "siri", "cortana", "bixby", "echo", "dot", "spotify", "pandora", "deezer",
      "tidal", "roku", "sonos", "chromecast", "firestick", "kindle", "fire", "nest", "ring",
      "hue", "fitbit", "garmin", "peloton", "visa", "mastercard", "amex", "maestro", "discover",
      "paypal", "venmo", "zelle", "klarna", "afterpay", "stripe", "netflix", "hulu", "disney",
      "prime", "youtube", "twitch", "hbo", "max", "peacock", "paramount", "apple", "google",
      "amazon", "microsoft", "samsung", "galaxy", "pixel", "iphone", "ipad", "macbook", "mac",
      "android", "windows", "linux", "chrome", "firefox", "safari", "edge", "outlook", "gmail",
      "yahoo", "hotmail", "whatsapp", "facebook", "instagram", "tiktok", "twitter", "snapchat",
      "zoom", "teams", "skype", "slack", "uber", "lyft", "tesla", "xbox", "playstation",
      "nintendo", "switch", "steam", "dyson", "philips", "sky", "verizon", "comcast", "xfinity",
      "vodafone", "tmobile", "t-mobile", "sprint", "att", "orange", "tesco", "asda", "costco",
      "walmart", "target", "ikea", "ebay", "etsy", "shopify", "wix", "trustpilot", "yelp",
      "alexa's", "siri's", "mesh", "wi-fi", "wifi", "gig", "fiber", "fibre", "papercuts");

  private static final class Model {
    private static final CRFClassifier<CoreLabel> CRF = load();

    private static CRFClassifier<CoreLabel> load() {
      Properties props = new Properties();
      props.setProperty("maxAdditionalKnownLCWords", "0");
      try {
        return CRFClassifier.getClassifier(MODEL, props);
      } catch (IOException | ClassNotFoundException | ClassCastException e) {
        throw new IllegalStateException("cannot load the NER model " + MODEL
            + " (stanford-corenlp models jar, or the slim model jar, on the class path?)", e);
      }
    }

    private Model() {
    }
  }

  @Override
  public PiiType type() {
    return PiiType.NAME;
  }

  @Override
  public List<Span> find(String text) {
    return find(text, new HashSet<>());
  }

  /**
   * The names in {@code text}, skipping the segments listed in {@code withoutNames} and adding
   * those in which the model found none. The model reads one segment at a time, so a segment's
   * names do not depend on the rest of the text: {@link PiiRedactor}, which reruns every finder
   * after a replacement, passes one set for all rounds of a text, and the model only reads again
   * the segments that changed.
   */
  List<Span> find(String text, Set<String> withoutNames) {
    List<Span> spans = new ArrayList<>();
    int start = 0;
    while (start < text.length()) {
      int end = segmentEnd(text, start);
      if (mayHoldName(text, start, end)) {
        String segment = text.substring(start, end);
        if (!withoutNames.contains(segment)) {
          int before = spans.size();
          findInSegment(segment, start, spans);
          if (spans.size() == before) {
            withoutNames.add(segment);
          }
        }
      }
      start = end;
    }
    return Span.disjoint(spans);
  }

  /**
   * The end of the sentence-like segment starting at {@code start}: after end punctuation and
   * the blanks that follow it, after a line break, or at a blank once it is
   * {@value #MAX_SEGMENT_CHARS} characters long. The model works on one segment at a time, so its
   * cost and memory stay proportional to the segments that pass the gate.
   */
  private static int segmentEnd(String text, int start) {
    int n = text.length();
    int i = start;
    while (i < n) {
      char c = text.charAt(i);
      i++;
      if (c == '\n' || ((c == '.' || c == '!' || c == '?') && i < n
          && Character.isWhitespace(text.charAt(i)))
          || (i - start >= MAX_SEGMENT_CHARS && Character.isWhitespace(c))) {
        while (i < n && Character.isWhitespace(text.charAt(i))) {
          i++;
        }
        return i;
      }
    }
    return n;
  }

  private static void findInSegment(String segment, int from, List<Span> spans) {
    fromDepartment(segment, from, spans);
    for (List<CoreLabel> sentence : Model.CRF.classify(segment)) {
      CRFCliqueTree<String> marginals = null;
      int i = 0;
      while (i < sentence.size()) {
        if (!isPerson(sentence.get(i))) {
          i++;
          continue;
        }
        int j = i;
        while (j < sentence.size() && isPerson(sentence.get(j))) {
          j++;
        }
        if (marginals == null) {
          marginals = Model.CRF.getCliqueTree(sentence);
        }
        addTrimmed(segment, from, sentence, i, j, marginals, spans);
        i = j;
      }
    }
  }

  private static void fromDepartment(String text, int offset, List<Span> spans) {
    Matcher m = FROM_DEPARTMENT.matcher(text);
    while (m.find()) {
      int end = m.end(1);
      if (!unknownInLowerCase(m.group(1))) {
        continue;
      }
      if (m.group(2) != null && unknownInLowerCase(m.group(2))) {
        end = m.end(2);
      }
      spans.add(new Span(offset + m.start(1), offset + end));
    }
  }

  private static boolean unknownInLowerCase(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return !excluded(word) && !Model.CRF.getKnownLCWords().contains(lower);
  }

  /** The cost gate (see the class comment); needs the model only for a sentence's first word. */
  static boolean mayHoldName(String text, int from, int to) {
    boolean sentenceStart = true;
    int n = to;
    int i = from;
    while (i < n) {
      char c = text.charAt(i);
      if (!Character.isLetter(c)) {
        if (c == '.' || c == '!' || c == '?' || c == '\n' || c == ':') {
          sentenceStart = true;
        } else if (Character.isDigit(c)) {
          sentenceStart = false;
        }
        i++;
        continue;
      }
      int end = wordEnd(text, i);
      if (candidate(text, i, end)) {
        String lower = text.substring(i, end).toLowerCase(Locale.ROOT);
        if (!sentenceStart || !Model.CRF.getKnownLCWords().contains(lower)) {
          return true;
        }
      }
      sentenceStart = false;
      i = end;
    }
    return false;
  }

  private static int wordEnd(String text, int from) {
    int i = from;
    while (i < text.length() && (Character.isLetter(text.charAt(i))
        || ((text.charAt(i) == '\'' || text.charAt(i) == '-' || text.charAt(i) == '\u2019')
            && i + 1 < text.length() && Character.isLetter(text.charAt(i + 1))))) {
      i++;
    }
    return i;
  }

  /** A capitalised word (upper, then lower case) that is no placeholder, brand or common word. */
  private static boolean candidate(String text, int start, int end) {
    if (end - start < 2 || !Character.isUpperCase(text.charAt(start))
        || !Character.isLowerCase(text.charAt(start + 1))
        || (start > 0 && text.charAt(start - 1) == '[')) {
      return false;
    }
    return !excluded(text.substring(start, end));
  }

  private static boolean excluded(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return NOT_PERSONS.contains(lower) || NameFinder.isCommonWord(lower);
  }

  private static boolean isPerson(CoreLabel token) {
    return PERSON.equals(token.get(CoreAnnotations.AnswerAnnotation.class));
  }

  /**
   * Adds the PERSON run {@code [from, to)} of a sentence without its leading and trailing tokens
   * that cannot be part of a name, if the model is sure enough of every token left.
   */
  private static void addTrimmed(String text, int offset, List<CoreLabel> sentence, int from,
      int to, CRFCliqueTree<String> marginals, List<Span> spans) {
    while (from < to && !nameToken(text, sentence.get(from))) {
      from++;
    }
    while (to > from && !nameToken(text, sentence.get(to - 1))) {
      to--;
    }
    if (from == to) {
      return;
    }
    boolean allKnownInLowerCase = to - from > 1;
    for (int k = from; k < to; k++) {
      if (marginals.prob(k, PERSON) < MIN_PERSON_PROBABILITY) {
        return;
      }
      allKnownInLowerCase = allKnownInLowerCase && Model.CRF.getKnownLCWords()
          .contains(sentence.get(k).word().toLowerCase(Locale.ROOT));
    }
    if (allKnownInLowerCase) {
      return; // "Salmon Roe", "Pig Dog": capitalised words, a dish or a place, no person
    }
    int start = sentence.get(from).beginPosition();
    int end = sentence.get(to - 1).endPosition();
    if (start >= 0 && end <= text.length() && start < end) {
      spans.add(new Span(offset + start, offset + end));
    }
  }

  private static boolean nameToken(String text, CoreLabel token) {
    int start = token.beginPosition();
    int end = token.endPosition();
    if (start < 0 || end > text.length() || start >= end) {
      return false;
    }
    String word = text.substring(start, end);
    boolean placeholder = start > 0 && text.charAt(start - 1) == '['
        && end < text.length() && text.charAt(end) == ']';
    return Character.isUpperCase(word.charAt(0)) && !placeholder && !excluded(word);
  }
}
