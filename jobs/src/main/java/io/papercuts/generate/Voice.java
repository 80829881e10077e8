package io.papercuts.generate;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * One customer's writing habits, applied to everything they write: token typos (an adjacent swap or
 * a dropped letter, about 3% of longer words on average), all-lowercase writing, dropped final
 * full stops and typographic apostrophes. Immutable; {@link #apply} draws from the given stream.
 */
record Voice(double typoRate, boolean lowercase, boolean dropsFullStops, boolean curlyApostrophes) {

  static Voice sample(SplittableRandom rng) {
    double u = rng.nextDouble();
    // Mixture with mean ~3%: most people make few typos, some many.
    double typoRate = u < 0.5 ? 0.015 : u < 0.85 ? 0.035 : 0.08;
    return new Voice(typoRate, rng.nextDouble() < 0.15, rng.nextDouble() < 0.12,
        rng.nextDouble() < 0.15);
  }

  String apply(String text, SplittableRandom rng) {
    StringBuilder out = new StringBuilder(text.length() + 4);
    int i = 0;
    while (i < text.length()) {
      int start = i;
      while (i < text.length() && Character.isLetter(text.charAt(i))) {
        i++;
      }
      if (i > start) {
        String word = text.substring(start, i);
        out.append(word.length() >= 4 && rng.nextDouble() < typoRate ? typo(word, rng) : word);
      } else {
        out.append(text.charAt(i));
        i++;
      }
    }
    String result = out.toString();
    if (dropsFullStops && result.endsWith(".") && !result.endsWith("..")) {
      result = result.substring(0, result.length() - 1);
    }
    if (curlyApostrophes) {
      result = result.replace('\'', '\u2019');
    }
    return lowercase ? result.toLowerCase(Locale.ROOT) : result;
  }

  private static String typo(String word, SplittableRandom rng) {
    // Keep the first letter: people rarely mistype it, and it keeps words recognisable.
    int at = 1 + rng.nextInt(word.length() - 2);
    if (rng.nextBoolean()) {
      return word.substring(0, at) + word.charAt(at + 1) + word.charAt(at) + word.substring(at + 2);
    }
    return word.substring(0, at) + word.substring(at + 1);
  }
}
