package io.papercuts.themes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rule language on hand-tagged tokens: fast, no CoreNLP models needed. */
class MatchRuleTest {

  /** "word/lemma/POS" triples separated by spaces; a bare word is its own lemma, tagged NN. */
  private static SentenceView view(String s) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : s.split(" ")) {
      String[] p = t.split("/");
      String word = p[0];
      String lemma = p.length > 1 ? p[1] : word.toLowerCase();
      String pos = p.length > 2 ? p[2] : "NN";
      if (text.length() > 0) {
        text.append(' ');
      }
      tokens.add(new Token(word, lemma, pos, text.length(), text.length() + word.length()));
      text.append(word);
    }
    return new SentenceView(text.toString(), tokens);
  }

  private static String find(String rule, String sentence) {
    SentenceView v = view(sentence);
    int[] span = MatchRule.parse(rule).find(v);
    return span == null ? null : v.text(span[0], span[1]);
  }

  @Test
  void allGroupsMustOccurInAnyOrder() {
    String rule = "{email|newsletter} {twice|duplicate}";
    assertEquals("email twice", find(rule, "I got the same email twice"));
    assertEquals("duplicate newsletters", find(rule,
        "I get duplicate newsletters/newsletter/NNS"));
    assertNull(find(rule, "I got the email yesterday"));
  }

  @Test
  void windowLimitsTheSpan() {
    String rule = "{email} {twice} ~3";
    assertEquals("email came twice", find(rule, "the email came twice"));
    assertNull(find(rule, "the email came in the morning twice"));
    assertEquals(MatchRule.DEFAULT_WINDOW, MatchRule.parse("{a}").window());
  }

  @Test
  void absentGroupVetoesTheWholeSentence() {
    String rule = "{email} {twice} !{support}";
    assertNull(find(rule, "I emailed/email/VBD support twice"));
    assertEquals("emailed them twice", find(rule, "I emailed/email/VBD them twice"));
  }

  @Test
  void groupsNeedTheirOwnTokens() {
    assertNull(find("{spam} {spam|daily}", "endless spam"));
    assertEquals("spam daily", find("{spam} {spam|daily}", "spam daily"));
  }

  @Test
  void phrasesPrefixesAndWildcards() {
    assertEquals("never called me back", find("{call _ back} {never}",
        "they never/never/RB called/call/VBD me/i/PRP back"));
    assertNull(find("{call _ back} {never}", "they never/never/RB called/call/VBD back"));
    assertEquals("overcharged", find("{overcharg*}", "I was overcharged/overcharge/VBN"));
    assertEquals("on hold", find("{on hold}", "I was on hold"));
    assertNull(find("{on hold}", "I was on the hold"));
  }

  @Test
  void surfaceWordsMatchToo() {
    // The tagger may lemmatise "broken" to "break"; the rule can name either.
    assertEquals("broken", find("{broken}", "it came broken/break/VBN"));
  }

  @Test
  void hyphensAreIgnoredInTextAndSplitInRules() {
    String rule = "{auto-renew*}";
    assertEquals("auto-renewed", find(rule, "it auto-renewed/auto-renew/VBD"));
    assertEquals("auto - renewed",
        find(rule, "it auto/auto/NN -/-/HYPH renewed/renew/VBN"));
    assertEquals("sign - in fails", find("{sign in} {fail*}",
        "the sign/sign/NN -/-/HYPH in/in/IN fails/fail/VBZ"));
  }

  @Test
  void apostropheFreeContractionsReadAsNot() {
    assertEquals("cant log in", find("{log in} {not}", "i cant log in"));
    assertEquals("wont update", find("{not update}", "it wont update"));
  }

  @Test
  void evidenceWidensToWholeWords() {
    // "I can't log in.": CoreNLP splits "can't" into "ca" + "n't" with adjacent offsets.
    SentenceView v = new SentenceView("I can't log in.", List.of(
        new Token("I", "i", "PRP", 0, 1), new Token("ca", "can", "MD", 2, 4),
        new Token("n't", "not", "RB", 4, 7), new Token("log", "log", "VB", 8, 11),
        new Token("in", "in", "RP", 12, 14), new Token(".", ".", ".", 14, 15)));
    int[] span = MatchRule.parse("{not} {log in}").find(v);
    assertEquals("can't log in", v.text(span[0], span[1]));
  }

  @Test
  void parseErrorsSayWhatIsWrong() {
    assertError("{a|b", "unclosed");
    assertError("{a||b}", "empty alternative");
    assertError("{a} b", "unexpected 'b'");
    assertError("!{a}", "at least one required group");
    assertError("{a} ~0", "window must be");
    assertError("{a} ~", "followed by a number");
    assertError("{a} ~3 ~4", "window given twice");
    assertError("{*a}", "'*' only ends a word");
    assertError("{a{b}}", "nested");
  }

  private static void assertError(String rule, String expected) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> MatchRule.parse(rule));
    assertTrue(e.getMessage().contains(expected) && e.getMessage().contains(rule.strip()),
        e.getMessage());
  }
}
