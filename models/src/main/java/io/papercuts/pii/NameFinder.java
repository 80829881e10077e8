package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Person names announced by a cue, replaced word by word while the cue stays
 * ({@code agent [NAME] was rude}):
 * <ul>
 *   <li><b>Strong cues</b>: {@code my name is}, {@code my name's}, {@code name is}; honorifics
 *       {@code Mr}, {@code Mrs}, {@code Ms}, {@code Miss}, {@code Mx}, {@code Dr}, {@code Prof};
 *       roles {@code agent}, {@code rep}, {@code representative}, {@code technician},
 *       {@code advisor}, {@code supervisor}, {@code manager}, {@code operator}, .... After
 *       {@code my name is} a name in lower case counts too.
 *   <li><b>Weak cues</b>: {@code this is}, {@code spoke to|with}, {@code talked to|with},
 *       {@code speaking to|with}, {@code transferred to}, {@code named}, {@code call me}.
 * </ul>
 * A name is one to three capitalised words (letters, apostrophes, hyphens) none of which is a
 * common word that people capitalise ({@code Customer}, {@code Support}, {@code Ridiculous},
 * weekdays, months, pronouns ...). This finds names only where the writer announces them; a
 * name mentioned without a cue is left to {@link PersonNameFinder} (CoreNLP's NER model), which
 * runs after this finder. Stateless and thread-safe.
 */
final class NameFinder implements PiiFinder {

  private static final Pattern CUE = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])(?:(?i:my name is|my name's|my names|name is|name's|i am called"
          + "|this is|spoke to|spoke with|speaking to|speaking with|talked to|talked with"
          + "|talking to|talking with|chatted with|transferred to|named|call me|agent|rep"
          + "|representative|technician|tech|advisor|adviser|operator|engineer|supervisor"
          + "|manager|associate|specialist|consultant|driver|courier|colleague)"
          + "|Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\\.?[ ](?:(?i:agent|rep) )?");
  private static final Pattern WORD = Pattern.compile(
      "[ ]?(\\p{L}[\\p{L}'\\u2019\\-]{0,30}+)(?![\\p{L}\\p{N}_@])");
  private static final Set<String> WEAK = Set.of(
      "this is", "spoke to", "spoke with", "speaking to", "speaking with", "talked to",
      "talked with", "talking to", "talking with", "chatted with", "transferred to", "named",
      "call me");
  private static final Set<String> LOWER_CASE_OK = Set.of(
      "my name is", "my name's", "my names", "i am called");
  private static final int MAX_WORDS = 3;

  /** Words that follow a cue capitalised but are not names. */
  private static final Set<String> NOT_NAMES = Set.of(
      "the", "a", "an", "and", "or", "but", "not", "no", "yes", "so", "very", "really", "just",
      "i", "me", "my", "we", "us", "our", "you", "your", "he", "him", "his", "she", "her",
      "they", "them", "their", "it", "its", "this", "that", "these", "those", "there", "here",
      "what", "who", "why", "how", "when", "where", "which", "is", "was", "were", "be", "been",
      "are", "am", "do", "did", "does", "has", "had", "have", "will", "would", "can", "could",
      "should", "to", "of", "in", "on", "at", "for", "with", "from", "by", "about", "as", "if",
      "then", "back", "again", "later", "now", "today", "tomorrow", "yesterday", "please",
      "thanks", "thank", "sorry", "hello", "hi", "hey", "ok", "okay", "all", "some", "someone",
      "somebody", "anyone", "anybody", "nobody", "everyone", "everybody", "one", "two", "three",
      "another", "other", "else", "same", "customer", "customers", "service", "services",
      "support", "billing", "sales", "team", "department", "dept", "manager", "managers",
      "supervisor", "agent", "agents", "rep", "reps", "representative", "staff", "tech",
      "technical", "technician", "engineer", "help", "helpdesk", "desk", "care", "retention",
      "accounts", "account", "complaints", "complaint", "escalations", "management", "operator",
      "store", "shop", "branch", "office", "company", "bank", "center", "centre", "line", "chat",
      "phone", "email", "online", "app", "website", "internet", "broadband", "fibre", "fiber",
      "mobile", "ridiculous", "terrible", "awful", "horrible", "unacceptable", "insane", "crazy",
      "absurd", "frustrating", "annoying", "stupid", "wrong", "bad", "good", "great", "amazing",
      "excellent", "fine", "worst", "best", "nonsense", "outrageous", "disgusting", "pathetic",
      "useless", "exactly", "actually", "absolutely", "totally", "because", "monday", "tuesday",
      "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february", "march",
      "april", "may", "june", "july", "august", "september", "october", "november", "december",
      "mr", "mrs", "ms", "dr", "sir", "madam", "mister", "level", "first", "second", "new",
      "old", "senior", "junior", "lead", "head", "general", "regional", "on-call", "after",
      "before", "who's", "it's", "that's", "what's", "i'm", "i've", "i'd", "day", "night",
      "morning", "evening", "week", "month", "year", "time", "times", "number", "name", "guy",
      "lady", "man", "woman", "person", "people", "girl", "boy", "kid", "told", "said", "says",
      "asked", "immediately", "directly", "nothing", "everything", "anything", "something",
      "whatever", "whoever", "such", "much", "many", "more", "most", "less", "least", "only",
      "also", "even", "still", "already", "ever", "never", "always", "seriously", "literally",
      "honestly", "definitely", "probably", "unbelievable", "incredible", "disappointing",
      "disappointed", "poor", "slow", "fast", "rude", "nice", "kind", "helpful", "unhelpful",
      "polite", "impolite", "brilliant", "fantastic", "lovely", "wonderful", "perfect",
      "horrendous", "shocking", "appalling", "dreadful", "sad", "funny", "strange", "weird",
      "odd", "hilarious", "typical", "normal", "standard", "how's", "where's", "there's",
      "here's", "let's", "don't", "didn't", "doesn't", "isn't", "wasn't", "won't", "can't",
      "cannot", "[name]");

  @Override
  public PiiType type() {
    return PiiType.NAME;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher cue = CUE.matcher(text);
    Matcher word = WORD.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    int from = 0;
    while (from < text.length() && cue.find(from)) {
      String c = cue.group().strip().toLowerCase(Locale.ROOT);
      c = c.endsWith(".") ? c.substring(0, c.length() - 1) : c;
      boolean lowerOk = LOWER_CASE_OK.contains(c);
      int start = -1;
      int end = -1;
      int at = cue.end();
      for (int k = 0; k < MAX_WORDS && lookingAt(word, at, text.length()) && (k == 0 || word.start() < word.start(1));
          k++) {
        String w = word.group(1);
        boolean capital = Character.isUpperCase(w.charAt(0));
        boolean allCaps = w.length() > 1 && w.equals(w.toUpperCase(Locale.ROOT));
        if (NOT_NAMES.contains(w.toLowerCase(Locale.ROOT)) || (!capital && !lowerOk)
            || (allCaps && WEAK.contains(c)) || placeholderAt(text, word.start(1))) {
          break;
        }
        if (start < 0) {
          start = word.start(1);
        }
        end = word.end(1);
        at = end;
        // A capitalised name stops at the first lower-case word ("my name is Maria and ...").
        lowerOk = lowerOk && !capital;
      }
      if (start >= 0) {
        spans.add(new Span(start, end));
        from = end;
      } else {
        from = cue.end();
      }
    }
    return spans;
  }

  /** Whether a lower-case word is one that people capitalise but that is no name. */
  static boolean isCommonWord(String lower) {
    return NOT_NAMES.contains(lower);
  }

  private static boolean placeholderAt(String text, int i) {
    return i > 0 && text.charAt(i - 1) == '[';
  }

  /** Whether {@code m} matches right at {@code at}: one attempt, not a scan of the rest. */
  private static boolean lookingAt(Matcher m, int at, int length) {
    if (at >= length) {
      return false;
    }
    m.region(at, length);
    return m.lookingAt();
  }
}
