package io.papercuts.generate;

import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Turns "customer mentions theme T in style S" into one sentence: a random core of the theme
 * (with its slots filled) inside a random frame of the style; loud sentences are sometimes
 * shouted in capitals. Also composes the non-complaint sentences around them. Sentences come out
 * capitalised with final punctuation and without the writer's {@link Voice} applied. Thread-safe
 * (the book is immutable; all randomness comes from the caller's stream).
 */
final class SentenceComposer {

  private final PhraseBook book;

  SentenceComposer(PhraseBook book) {
    this.book = book;
  }

  PhraseBook book() {
    return book;
  }

  /** A complaint sentence about {@code theme}. */
  String mention(Theme theme, MentionStyle style, SplittableRandom rng) {
    return mention(theme, style, "", rng);
  }

  /**
   * A complaint sentence about {@code theme} after {@code lead} ("Also," or "Hi,"); the lead is
   * joined before capitalising so names inside the core keep their capitals.
   */
  String mention(Theme theme, MentionStyle style, String lead, SplittableRandom rng) {
    String prefix = lead.isEmpty() ? "" : lead + " ";
    if (theme.isLoudReason() && style.isQuiet()) {
      // Staying customers mention price and rivals gently ("a bit pricey but worth it"); a hedge
      // frame around "that was the last straw" would read as nonsense.
      return finish(prefix + book.pick("mild." + theme.id(), rng), rng);
    }
    String core = book.pick("core." + theme.id(), rng);
    String sentence = capitalize(prefix + book.pick(style.frameSection(), rng, Map.of("core", core)));
    if (style == MentionStyle.LOUD && rng.nextDouble() < 0.12) {
      sentence = sentence.toUpperCase(Locale.ROOT);
    }
    return sentence;
  }

  /** A sentence from a section of whole clauses (e.g. {@code general.positive}), punctuated. */
  String sentence(String section, SplittableRandom rng) {
    return finish(book.pick(section, rng), rng);
  }

  /** A line used as-is apart from capitalisation (agent lines, titles, closings). */
  String line(String section, SplittableRandom rng, Map<String, String> bound) {
    return capitalize(book.pick(section, rng, bound));
  }

  private static String finish(String clause, SplittableRandom rng) {
    String text = capitalize(clause);
    if (text.endsWith(".") || text.endsWith("!") || text.endsWith("?")) {
      return text;
    }
    double u = rng.nextDouble();
    return text + (u < 0.8 ? "." : u < 0.93 ? "!" : u < 0.97 ? "..." : "");
  }

  static String capitalize(String text) {
    if (text.isEmpty() || !Character.isLowerCase(text.charAt(0))) {
      return text;
    }
    return Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
