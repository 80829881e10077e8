package io.papercuts.cues;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.PhraseSentiment;
import io.papercuts.nlp.Sentiment;
import io.papercuts.nlp.Token;
import java.util.ArrayList;
import java.util.List;

/** Hand-tagged sentences for fast tests: no CoreNLP models needed. */
final class Sentences {

  private Sentences() {
  }

  /** "word/lemma/POS" triples separated by spaces; the text is the words joined by spaces. */
  static AnalyzedSentence tagged(String triples) {
    return tagged(triples, Sentiment.NEUTRAL, 0.0, List.of());
  }

  static AnalyzedSentence tagged(String triples, Sentiment sentiment, double score,
      List<String> keyphrases) {
    return tagged(triples, sentiment, score, keyphrases, List.of());
  }

  /** As above, with CoreNLP's phrase sentiments given by hand. */
  static AnalyzedSentence tagged(String triples, Sentiment sentiment, double score,
      List<String> keyphrases, List<PhraseSentiment> phrases) {
    List<Token> tokens = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    for (String t : triples.trim().split("\\s+")) {
      int last = t.lastIndexOf('/');
      int mid = t.lastIndexOf('/', last - 1);
      String word = t.substring(0, mid);
      if (text.length() > 0) {
        text.append(' ');
      }
      int begin = text.length();
      text.append(word);
      tokens.add(new Token(word, t.substring(mid + 1, last), t.substring(last + 1), begin,
          text.length()));
    }
    return new AnalyzedSentence(0, text.toString(), tokens, sentiment, score, true, keyphrases,
        phrases);
  }
}
