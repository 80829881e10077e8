package io.papercuts.themes;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.Token;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds taxonomy themes in one analysed sentence with the themes' {@link MatchRule}s.
 *
 * <p>Needs the sentence's tokens only (lemmas, words, offsets); sentiment and cues are not
 * consulted, so a theme says what a sentence is about, not whether it complains: "I got the same
 * email twice" and a neutral mention of it both match, and the caller decides complaint-ness.
 * Themes are applied to one sentence at a time, never across sentences.
 *
 * <p>Immutable and thread-safe; serializable so a Spark job can broadcast it.
 */
public final class ThemeMatcher implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ThemeTaxonomy taxonomy;

  private ThemeMatcher(ThemeTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  public static ThemeMatcher of(ThemeTaxonomy taxonomy) {
    return new ThemeMatcher(taxonomy);
  }

  /** A matcher for the bundled seed taxonomy. */
  public static ThemeMatcher defaults() {
    return of(ThemeTaxonomy.defaults());
  }

  public ThemeTaxonomy taxonomy() {
    return taxonomy;
  }

  /** At most one match per theme, in taxonomy order; the tightest span of the first rule that fires. */
  public List<ThemeMatch> match(AnalyzedSentence sentence) {
    return match(sentence.text(), sentence.tokens());
  }

  /** As {@link #match(AnalyzedSentence)}, for tokens from elsewhere (offsets relative to text). */
  public List<ThemeMatch> match(String text, List<Token> tokens) {
    SentenceView view = new SentenceView(text, tokens);
    List<ThemeMatch> out = new ArrayList<>(2);
    for (ThemeDefinition theme : taxonomy.themes()) {
      for (MatchRule rule : theme.rules()) {
        int[] span = rule.find(view);
        if (span != null) {
          out.add(new ThemeMatch(theme.id(), view.text(span[0], span[1]), rule.source()));
          break;
        }
      }
    }
    return List.copyOf(out);
  }
}
