package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Decides whether a sentence is a complaint, a quiet complaint and a mixed sentence, from CoreNLP's
 * sentence sentiment, the cues {@link CueDetector} finds and the document the sentence sits in.
 *
 * <p>Words used below. A <em>negative cue</em> is a friction, breach or effort cue that is not
 * negated, or a praise cue that is negated ("not great"). A <em>positive cue</em> is a praise cue
 * that is not negated, or a friction cue that is negated ("no complaints").
 *
 * <p><b>Complaint.</b> Checked in this order:
 * <ol>
 *   <li>A question is not a complaint ({@code question}) unless it asks "why"/"how come" or holds
 *       a breach or effort cue ("why was I charged twice?", "can I stop calling every time?").
 *   <li>A thank-you ("thanks for the help", "I appreciate it") without any negative cue is not a
 *       complaint ({@code thanks}).
 *   <li>CoreNLP negative or very negative makes a complaint ({@code negative_sentiment},
 *       {@code very_negative_sentiment}), unless it was negated away: no negative cue, and a
 *       friction or effort cue under negation ("not bad at all", "no complaints", "never had a
 *       problem", "didn't have to call again"), recorded as {@code negated:<cue>}; or outweighed:
 *       no negative cue and a praise cue ({@code praise_outweighs:<cue>}). The sentiment model
 *       misreads long descriptive sentences; a sentence whose only cues are praise is rarely a
 *       grievance on its own (when it turns on a contrast, the mixed rule below still applies).
 *       Nor does it count alone inside a review of 4-5 stars, where CoreNLP often misreads short
 *       praise as negative: there a complaint needs a cue ({@code uncued_in_positive_review}).
 *   <li>Each friction cue and negated praise cue makes a complaint ({@code friction:<cue>},
 *       {@code negated_praise:<cue>}); the friction word names the aspect itself ("overcharged",
 *       "on hold", "cold food").
 *   <li>Each breach cue makes a complaint ({@code breach:<cue>}): a broken promise is always about
 *       something ("never heard back", "didn't work", "no one called").
 *   <li>An effort cue makes a complaint ({@code effort:<cue>}) only when the sentence has an
 *       aspect: a keyphrase, a friction cue, or a verb outside the cue naming what had to be done
 *       ("had to <em>call</em> three times"). Effort words are common in harmless sentences
 *       ("again", "had to").
 *   <li>A sentence CoreNLP calls positive or very positive, with no friction or negated praise
 *       cue and neither mixed nor turned by a contrast, is not a complaint even with a breach or effort cue
 *       ({@code positive_sentence}): "they promised a call and rang the next morning, great".
 *   <li>A mixed sentence (below) is a complaint ({@code mixed:<contrast>},
 *       {@code mixed:clauses}): its negative side is a grievance even when CoreNLP averages the
 *       whole sentence to neutral or positive. So is a sentence whose contrast would be mixed if
 *       the uncued side needed no opinion of CoreNLP's ({@code contrast:<contrast>}, see below):
 *       "the staff were lovely, but the wait was longer than we expected" turns to a grievance in
 *       words the lexicon does not know.
 * </ol>
 *
 * <p><b>Mixed.</b> Praise and a grievance: here a grievance is a negative cue other than effort.
 * An effort cue says what the customer had to do, and praise next to it mostly concedes it ("we
 * had to wait at the bar, but the food was worth it"); such a sentence is a complaint, not mixed.
 * Three ways, the first that applies is recorded:
 * <ol>
 *   <li>A sentence with a contrast cue that is not negated and with both a positive cue and a
 *       grievance, wherever they sit ("While the app looks great the sync keeps failing").
 *   <li>The sides of a contrast have opposite polarity. The contrast cue splits the sentence into
 *       before and after it ("Love the product, <em>but</em> renewal was a pain"); when the cue
 *       opens the sentence ("Although the food was great, service was slow") or closes it ("great
 *       food, slow service though") the other part is split at its first (or last) comma
 *       instead. A side is positive when it holds a positive cue and no grievance, negative
 *       the other way round. A side with no such cue but a minimiser, against a positive side, is
 *       negative: hedges soften grievances ("the service can be a bit brusque at times, but the
 *       food is good"). When only one side has cues and they are praise, the other side is
 *       negative; when the cued side is negative, the other side is positive only if CoreNLP calls
 *       the sentence positive, because the clause before a grievance is often neutral
 *       scene-setting ("I expected professionals, but was met with errors"). Either inference
 *       needs CoreNLP to find an opinion in the uncued side: its phrase sentiment
 *       ({@link #phrasePolarity}) is not neutral. A side CoreNLP reads as neutral is mostly a fact
 *       ("we had to wait at the bar, but the atmosphere is great"); such a sentence after praise
 *       is still a complaint ({@code contrast:<cue>}) but not mixed. An uncued side whose phrase
 *       sentiment is opposite to the cued side is opposite whatever the sentence's verdict ("The
 *       place is hip and the decorations funky, but the food is lacking"). When the cue opens the
 *       sentence and has no comma after it ("But the renewal was a pain."), the other side is the
 *       previous text: the sentence is mixed when its own side is negative and the document is
 *       positive (below). An exceptive cue ("except", "apart from", "aside from", "other than")
 *       after a positive side makes the side after it negative unless it holds praise: "the
 *       service was good except the check came before we asked".
 *   <li>Without a contrast word: one clause (between commas, semicolons, dashes and colons) is
 *       positive and another negative by their cues, each confirmed by CoreNLP's sentiment of that
 *       clause ({@code mixed:clauses}): "Great price, terrible battery". Cues alone are not
 *       enough: praise and grievances in separate clauses are as often a list of facts.
 * </ol>
 *
 * <p><b>Quiet.</b> A complaint is quiet when any of these hold (each is recorded):
 * <ul>
 *   <li>hedged: it has a minimiser cue that is not negated ({@code hedged:<cue>}): "a bit",
 *       "not a big deal", "only thing", "I guess";
 *   <li>mild ({@code mild}): stated calmly: CoreNLP called the sentence neutral or positive (the
 *       complaint was found by cues) and it has no loud cue. A sentence CoreNLP calls negative
 *       is not mild by itself: CoreNLP rarely says "very negative", so "not very negative" would
 *       make nearly every complaint quiet and the quiet share would rank nothing. Nor is any
 *       sentence of a 1-2 star review ({@code negative_document:rating=1}): calm wording inside a
 *       rant is part of a loud review. A loud cue
 *       ({@code loud:<cue>}) is an intensifier ("absolutely", "worst", "unacceptable", "at all")
 *       that does not sit next to a positive cue ("absolutely love" is not loud); a very negative
 *       CoreNLP verdict is also loud ({@code loud:very_negative});
 *   <li>positive document, the "promoter with a grievance": rating {@value #POSITIVE_RATING} or
 *       more ({@code positive_document:rating=5}), NPS {@value #PROMOTER_NPS} or more
 *       ({@code positive_document:nps=9}), or a mean sentence score of the unit of at least
 *       {@value #POSITIVE_DOCUMENT_SENTIMENT} ({@code positive_document:tone}).
 * </ul>
 * So "absolutely unacceptable, worst service ever" in a 1-star review is a loud, not quiet,
 * complaint; the same sentence in a 5-star review is quiet.
 *
 * <p>Immutable and thread-safe.
 */
public final class ComplaintClassifier {

  /** Ratings at or above this are a positive document. */
  public static final int POSITIVE_RATING = 4;
  /** Star rating at or below which a review is a negative document: no sentence in it is mild. */
  public static final int NEGATIVE_RATING = 2;
  /** NPS at or above this (a promoter) is a positive document. */
  public static final int PROMOTER_NPS = 9;
  /** Mean sentence score at or above this is a positive document. */
  public static final double POSITIVE_DOCUMENT_SENTIMENT = 0.2;
  /** Tokens either side of an intensifier within which a positive cue makes it not loud. */
  static final int INTENSIFIER_REACH = 2;

  /** Evidence suffix for a sentence made mixed by opposite clauses ({@code mixed:clauses}). */
  static final String CLAUSES = "clauses";

  private static final Set<String> EXCEPTIVE = Set.of("except", "except for", "apart from",
      "aside from", "other than");
  private static final Set<String> THANKS = Set.of("thank", "thanks", "appreciate", "grateful",
      "thx", "ty");
  private static final Set<String> NON_EVENT_VERBS = Set.of("be", "have", "do", "get", "go",
      "will", "would", "can", "could", "shall", "should", "may", "might", "must", "seem", "feel");

  private final CueDetector detector;

  /** A classifier on the default lexicon. */
  public ComplaintClassifier() {
    this(new CueDetector());
  }

  public ComplaintClassifier(CueDetector detector) {
    this.detector = Objects.requireNonNull(detector, "detector");
  }

  /** Detects the sentence's cues and classifies it. */
  public SentenceVerdict classify(AnalyzedSentence sentence, DocumentContext context) {
    return classify(sentence, detector.detect(sentence), context);
  }

  /** Classifies a sentence whose cues were already detected. */
  public SentenceVerdict classify(AnalyzedSentence sentence, List<Cue> cues,
      DocumentContext context) {
    Objects.requireNonNull(context, "context");
    List<Cue> lexicalNegative = new ArrayList<>();
    List<Cue> breaches = new ArrayList<>();
    List<Cue> efforts = new ArrayList<>();
    for (Cue c : cues) {
      if (c.type() == CueType.FRICTION && !c.negated()
          || c.type() == CueType.PRAISE && c.negated()) {
        lexicalNegative.add(c);
      } else if (c.type() == CueType.BREACH && !c.negated()) {
        breaches.add(c);
      } else if (c.type() == CueType.EFFORT && !c.negated()) {
        efforts.add(c);
      }
    }
    boolean anyNegativeCue = !lexicalNegative.isEmpty() || !breaches.isEmpty() || !efforts.isEmpty();

    if (isQuestion(sentence) && !isRhetorical(sentence) && breaches.isEmpty() && efforts.isEmpty()) {
      return new SentenceVerdict(cues, false, false, false, List.of("question"));
    }
    if (!anyNegativeCue && isThanks(sentence)) {
      return new SentenceVerdict(cues, false, false, false, List.of("thanks"));
    }

    List<String> evidence = new ArrayList<>();
    List<String> reasons = new ArrayList<>();
    Sentiment sentiment = sentence.sentiment();
    if (sentiment.isNegative()) {
      Cue negatedAway = anyNegativeCue ? null : negatedNegative(cues);
      Cue praise = anyNegativeCue ? null : firstPositive(cues);
      if (negatedAway != null) {
        evidence.add("negated:" + negatedAway.normalizedPhrase());
      } else if (praise != null) {
        evidence.add("praise_outweighs:" + praise.normalizedPhrase());
      } else if (!anyNegativeCue && isPositiveRating(context)) {
        // Inside a 4-5 star review CoreNLP often misreads short praise ("Cheap and cheerful.",
        // "zero downtime") as negative; there a complaint needs a cue of its own.
        evidence.add("uncued_in_positive_review:rating=" + context.rating());
      } else {
        reasons.add(sentiment == Sentiment.VERY_NEGATIVE
            ? "very_negative_sentiment" : "negative_sentiment");
      }
    }
    for (Cue c : lexicalNegative) {
      reasons.add(c.type() == CueType.PRAISE ? "negated_praise:" + c.normalizedPhrase() : c.key());
    }
    List<String> eventReasons = new ArrayList<>();
    for (Cue c : breaches) {
      eventReasons.add(c.key());
    }
    if (!efforts.isEmpty() && hasAspect(sentence, cues, lexicalNegative)) {
      for (Cue c : efforts) {
        eventReasons.add(c.key());
      }
    }
    String mixedBy = mixedBy(sentence, cues, context);
    Cue turn = mixedBy == null ? mixedContrast(sentence, cues, context, false) : null;
    if (sentiment.isPositive() && lexicalNegative.isEmpty() && mixedBy == null && turn == null
        && !eventReasons.isEmpty()) {
      evidence.add("positive_sentence");
      eventReasons.clear();
    }
    reasons.addAll(eventReasons);
    if (mixedBy != null) {
      reasons.add("mixed:" + mixedBy);
    } else if (turn != null) {
      reasons.add("contrast:" + turn.normalizedPhrase());
    }
    boolean complaint = !reasons.isEmpty();
    if (!complaint) {
      return new SentenceVerdict(cues, false, false, mixedBy != null, evidence);
    }
    List<String> all = new ArrayList<>(reasons);
    all.addAll(evidence);
    boolean quiet = quietness(sentence, cues, context, all);
    return new SentenceVerdict(cues, true, quiet, mixedBy != null, all);
  }

  private static boolean isPositiveRating(DocumentContext context) {
    return context.rating() != null && context.rating() >= POSITIVE_RATING;
  }

  /** A friction or effort cue under negation: what "not bad", "no complaints" turn positive. */
  private static Cue negatedNegative(List<Cue> cues) {
    for (Cue c : cues) {
      if (c.negated() && (c.type() == CueType.FRICTION || c.type() == CueType.EFFORT)) {
        return c;
      }
    }
    return null;
  }

  private static Cue firstPositive(List<Cue> cues) {
    for (Cue c : cues) {
      if (isPositive(c)) {
        return c;
      }
    }
    return null;
  }

  /** Adds the quiet and loud evidence; true when the complaint is quiet. */
  private static boolean quietness(AnalyzedSentence s, List<Cue> cues, DocumentContext ctx,
      List<String> evidence) {
    boolean quiet = false;
    for (Cue c : cues) {
      if (c.type() == CueType.MINIMIZER && !c.negated()) {
        evidence.add("hedged:" + c.normalizedPhrase());
        quiet = true;
      }
    }
    String loud = loudCue(s, cues);
    if (loud != null) {
      evidence.add("loud:" + loud);
    } else if (ctx.rating() != null && ctx.rating() <= NEGATIVE_RATING) {
      // A calm sentence inside a 1-2 star review is part of a loud review, not a quiet complaint.
      evidence.add("negative_document:rating=" + ctx.rating());
    } else if (!s.sentiment().isNegative()) {
      evidence.add("mild");
      quiet = true;
    }
    if (ctx.rating() != null && ctx.rating() >= POSITIVE_RATING) {
      evidence.add("positive_document:rating=" + ctx.rating());
      quiet = true;
    }
    if (ctx.nps() != null && ctx.nps() >= PROMOTER_NPS) {
      evidence.add("positive_document:nps=" + ctx.nps());
      quiet = true;
    }
    if (ctx.documentSentiment() >= POSITIVE_DOCUMENT_SENTIMENT) {
      evidence.add("positive_document:tone");
      quiet = true;
    }
    return quiet;
  }

  /** The first loud intensifier's phrase, "very_negative" for CoreNLP's verdict, or null. */
  private static String loudCue(AnalyzedSentence s, List<Cue> cues) {
    for (Cue c : cues) {
      if (c.type() == CueType.INTENSIFIER && !c.negated() && !nextToPositive(c, cues)) {
        return c.normalizedPhrase();
      }
    }
    return s.sentiment() == Sentiment.VERY_NEGATIVE ? "very_negative" : null;
  }

  private static boolean nextToPositive(Cue intensifier, List<Cue> cues) {
    for (Cue c : cues) {
      if (isPositive(c) && c.tokenStart() < intensifier.tokenEnd() + INTENSIFIER_REACH
          && intensifier.tokenStart() < c.tokenEnd() + INTENSIFIER_REACH) {
        return true;
      }
    }
    return false;
  }

  private static boolean isPositive(Cue c) {
    return c.type() == CueType.PRAISE && !c.negated() || c.type() == CueType.FRICTION && c.negated();
  }

  /**
   * A negative opinion, the negative half of a mixed sentence: a negative cue other than effort.
   * An effort cue reports what the customer had to do, and the praise after it mostly concedes
   * it ("we had to wait at the bar, but the food was worth it"): a complaint, not mixed.
   */
  private static boolean isGrievance(Cue c) {
    return c.type() != CueType.EFFORT && isNegative(c);
  }

  private static boolean hasMinimizer(List<Cue> cues, int from, int to) {
    for (Cue c : cues) {
      if (c.type() == CueType.MINIMIZER && !c.negated() && c.tokenStart() >= from
          && c.tokenStart() < to) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNegative(Cue c) {
    return switch (c.type()) {
      case FRICTION, BREACH, EFFORT -> !c.negated();
      case PRAISE -> c.negated();
      default -> false;
    };
  }

  /** A keyphrase, a friction cue, or a verb outside every effort/breach cue. */
  private static boolean hasAspect(AnalyzedSentence s, List<Cue> cues, List<Cue> friction) {
    if (!s.keyphrases().isEmpty() || !friction.isEmpty()) {
      return true;
    }
    List<Token> tokens = s.tokens();
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (t.pos().startsWith("VB") && !NON_EVENT_VERBS.contains(t.lemma().toLowerCase(Locale.ROOT))
          && !insideCue(i, cues)) {
        return true;
      }
    }
    return false;
  }

  private static boolean insideCue(int token, List<Cue> cues) {
    for (Cue c : cues) {
      if ((c.type() == CueType.EFFORT || c.type() == CueType.BREACH)
          && c.tokenStart() <= token && token < c.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * What makes the sentence mixed: the contrast cue's phrase, {@value #CLAUSES} for opposite
   * clauses without a contrast word, or null when it is not mixed.
   */
  private static String mixedBy(AnalyzedSentence s, List<Cue> cues, DocumentContext ctx) {
    Cue contrast = mixedContrast(s, cues, ctx, true);
    if (contrast != null) {
      return contrast.normalizedPhrase();
    }
    return oppositeClauses(s, cues) ? CLAUSES : null;
  }

  /** The contrast cue that makes the sentence mixed, or null. */
  private static Cue mixedContrast(AnalyzedSentence s, List<Cue> cues, DocumentContext ctx,
      boolean opinionatedSides) {
    Cue firstContrast = null;
    boolean anyPositive = false;
    boolean anyNegative = false;
    for (Cue c : cues) {
      if (c.type() == CueType.CONTRAST && !c.negated()) {
        firstContrast = firstContrast == null ? c : firstContrast;
      }
      anyPositive |= isPositive(c);
      anyNegative |= opinionatedSides ? isGrievance(c) : isNegative(c);
    }
    if (firstContrast == null) {
      return null;
    }
    if (anyPositive && anyNegative) {
      // Praise and a grievance in a sentence that turns on a contrast, wherever they sit.
      return firstContrast;
    }
    List<Token> tokens = s.tokens();
    for (Cue c : cues) {
      if (c.type() != CueType.CONTRAST || c.negated()) {
        continue;
      }
      int[] left;
      int[] right;
      boolean opens = !hasWords(tokens, 0, c.tokenStart());
      if (!opens && hasWords(tokens, c.tokenEnd(), tokens.size())) {
        left = new int[] {0, c.tokenStart()};
        right = new int[] {c.tokenEnd(), tokens.size()};
      } else if (!opens) {
        int comma = lastComma(tokens, 0, c.tokenStart());
        if (comma < 0) {
          continue;
        }
        left = new int[] {0, comma};
        right = new int[] {comma + 1, c.tokenStart()};
      } else {
        int comma = firstComma(tokens, c.tokenEnd(), tokens.size());
        if (comma < 0 || !hasWords(tokens, c.tokenEnd(), comma)) {
          int from = comma < 0 ? c.tokenEnd() : comma + 1;
          if (polarity(cues, from, tokens.size(), c, opinionatedSides) < 0 && positiveDocument(ctx)) {
            return c;
          }
          continue;
        }
        left = new int[] {c.tokenEnd(), comma};
        right = new int[] {comma + 1, tokens.size()};
      }
      int l = polarity(cues, left[0], left[1], c, opinionatedSides);
      int r = polarity(cues, right[0], right[1], c, opinionatedSides);
      if (EXCEPTIVE.contains(c.normalizedPhrase()) && r == 0 && l > 0) {
        // "Service was good except the check came early": the exception to praise is the gripe.
        r = -1;
      }
      int sentencePolarity = s.sentiment().isNegative() ? -1 : s.sentiment().isPositive() ? 1 : 0;
      if (opinionatedSides) {
        // A hedged side against praise is the mild half of a mixed verdict ("the service can be
        // a bit brusque at times, but the food is good"): minimisers soften grievances.
        if (l == 0 && r > 0 && hasMinimizer(cues, left[0], left[1])) {
          l = -1;
        } else if (r == 0 && l > 0 && hasMinimizer(cues, right[0], right[1])) {
          r = -1;
        }
      }
      if (l == 0) {
        l = uncuedSide(s, left, r, sentencePolarity, opinionatedSides);
      } else if (r == 0) {
        r = uncuedSide(s, right, l, sentencePolarity, opinionatedSides);
      }
      if (l * r < 0) {
        return c;
      }
    }
    return null;
  }

  /**
   * The polarity a side without cues takes across a contrast from a side of polarity
   * {@code cued} (0: none). The contrast implies the opposite after praise, or when CoreNLP's
   * sentence verdict is opposite to the cued side. For a mixed verdict ({@code opinionatedSides})
   * CoreNLP must also find an opinion in the uncued side: a side it reads as neutral is mostly
   * scene-setting ("we had to wait at the bar, but ...") or a fact. And a side CoreNLP reads as
   * opposite to the cued side is opposite whatever the sentence verdict ("The place is hip and
   * the decorations funky, but the food is lacking", which CoreNLP calls negative as a whole).
   */
  private static int uncuedSide(AnalyzedSentence s, int[] side, int cued, int sentencePolarity,
      boolean opinionatedSides) {
    boolean implied = cued > 0 || sentencePolarity == -cued;
    if (!opinionatedSides) {
      return implied ? -cued : 0;
    }
    int own = phrasePolarity(s, side[0], side[1]);
    return own == -cued || own != 0 && implied ? -cued : 0;
  }

  /**
   * Praise in one clause and a grievance in another, without a contrast word ("The atmosphere is
   * bland and the service is fine."): clauses are the parts between commas, semicolons, dashes and
   * colons. A clause counts only when CoreNLP's sentiment of the clause agrees with its cues, so
   * praise in a clause CoreNLP reads as neutral or negative ("if it was outstanding") does not.
   */
  private static boolean oppositeClauses(AnalyzedSentence s, List<Cue> cues) {
    List<Token> tokens = s.tokens();
    boolean positive = false;
    boolean negative = false;
    int from = 0;
    for (int i = 0; i <= tokens.size(); i++) {
      if (i < tokens.size() && !isClauseBoundary(tokens.get(i), i, cues)) {
        continue;
      }
      if (hasWords(tokens, from, i)) {
        int cued = polarity(cues, from, i, null, true);
        if (cued != 0 && cued == phrasePolarity(s, from, i)) {
          positive |= cued > 0;
          negative |= cued < 0;
        }
      }
      from = i + 1;
    }
    return positive && negative;
  }

  private static boolean isClauseBoundary(Token t, int index, List<Cue> cues) {
    if (isClauseMark(t) || t.word().equals(":") || t.word().equals("-")) {
      return true;
    }
    for (Cue c : cues) {
      if (c.type() == CueType.CONTRAST && !c.negated() && c.tokenStart() <= index
          && index < c.tokenEnd()) {
        return true;
      }
    }
    return false;
  }

  /**
   * CoreNLP's sentiment of tokens [from, to): +1 or -1 from the longest non-neutral phrase inside
   * them that covers at least half their words (leading conjunctions and punctuation left out),
   * 0 when there is none (neutral, or no phrase sentiments, as for hand-built sentences).
   */
  static int phrasePolarity(AnalyzedSentence s, int from, int to) {
    List<Token> tokens = s.tokens();
    int a = from;
    int b = to;
    while (a < b && (Units.isPunct(tokens.get(a).word()) || tokens.get(a).pos().equals("CC"))) {
      a++;
    }
    while (b > a && Units.isPunct(tokens.get(b - 1).word())) {
      b--;
    }
    if (b <= a) {
      return 0;
    }
    PhraseSentiment best = null;
    for (PhraseSentiment p : s.phrases()) {
      if (p.start() >= from && p.end() <= to && 2 * p.length() >= b - a
          && p.sentiment() != Sentiment.NEUTRAL
          && (best == null || p.length() > best.length())) {
        best = p;
      }
    }
    return best == null ? 0 : best.sentiment().isPositive() ? 1 : -1;
  }

  /**
   * +1 positive cues only, -1 negative cues only, 0 none or both, in tokens [from, to); with
   * {@code opinions}, negative means a grievance (effort cues left out).
   */
  private static int polarity(List<Cue> cues, int from, int to, Cue contrast, boolean opinions) {
    boolean pos = false;
    boolean neg = false;
    for (Cue c : cues) {
      if (c == contrast || c.tokenStart() < from || c.tokenStart() >= to) {
        continue;
      }
      pos |= isPositive(c);
      neg |= opinions ? isGrievance(c) : isNegative(c);
    }
    return pos == neg ? 0 : pos ? 1 : -1;
  }

  static boolean positiveDocument(DocumentContext ctx) {
    return ctx.rating() != null && ctx.rating() >= POSITIVE_RATING
        || ctx.nps() != null && ctx.nps() >= PROMOTER_NPS
        || ctx.documentSentiment() >= POSITIVE_DOCUMENT_SENTIMENT;
  }

  private static boolean hasWords(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      Token t = tokens.get(i);
      if (!Units.isPunct(t.word()) && !t.pos().equals("CC")) {
        return true;
      }
    }
    return false;
  }

  private static int firstComma(List<Token> tokens, int from, int to) {
    for (int i = from; i < to; i++) {
      if (isClauseMark(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static int lastComma(List<Token> tokens, int from, int to) {
    for (int i = to - 1; i >= from; i--) {
      if (isClauseMark(tokens.get(i))) {
        return i;
      }
    }
    return -1;
  }

  private static boolean isClauseMark(Token t) {
    return t.word().equals(",") || t.word().equals(";") || t.word().equals("--");
  }

  private static boolean isQuestion(AnalyzedSentence s) {
    String text = s.text().strip();
    return text.endsWith("?");
  }

  /** "Why ...?" and "How come ...?" in feedback are grievances, not requests. */
  private static boolean isRhetorical(AnalyzedSentence s) {
    List<Token> t = s.tokens();
    int i = 0;
    while (i < t.size() && (Units.isPunct(t.get(i).word()) || t.get(i).pos().equals("CC")
        || t.get(i).pos().equals("UH"))) {
      i++;
    }
    if (i >= t.size()) {
      return false;
    }
    String first = t.get(i).lemma().toLowerCase(Locale.ROOT);
    return first.equals("why")
        || first.equals("how") && i + 1 < t.size() && t.get(i + 1).lemma().equalsIgnoreCase("come");
  }

  private static boolean isThanks(AnalyzedSentence s) {
    for (Token t : s.tokens()) {
      if (THANKS.contains(t.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
