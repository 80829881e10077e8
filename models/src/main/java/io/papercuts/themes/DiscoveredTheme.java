package io.papercuts.themes;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A theme found by {@link ThemeDiscovery}: a group of complaint sentences that mean the same
 * issue and that no taxonomy theme took. Its id is {@code d_} + a lower-case ASCII slug of the
 * label it first had ("chat bubble covers pay button" -> {@code d_chat_bubble_covers_pay_button});
 * later nights keep the id while the group's centroid stays close (see {@link ThemeDiscovery}),
 * whatever its label becomes. A slug longer than {@value #MAX_SLUG} characters is cut and given a
 * 6-hex-digit hash of the whole phrase so distinct long phrases stay distinct.
 *
 * @param label a short phrase from the group's most distinctive words
 * @param topPhrases the group's most distinctive keyphrases and words, best first
 * @param representative the member sentence closest to the group's centroid
 * @param centroid the unit-length mean direction of the members' embeddings
 * @param customers customers in the clustered sample who wrote a member sentence
 * @param terms the group's {@value #TERMS} most distinctive terms, best first
 */
public record DiscoveredTheme(String id, String label, List<String> topPhrases,
    String representative, float[] centroid, double customers, List<String> terms)
    implements java.io.Serializable {

  /** Distinctive terms kept per theme for {@link #matches}. */
  public static final int TERMS = 8;
  /** Of those, how many lead: a matching sentence has one of them. */
  static final int LEADING_TERMS = 3;

  public static final String ID_PREFIX = "d_";
  public static final int MAX_SLUG = 40;

  private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "my", "your", "our",
      "their", "his", "her", "its", "this", "that", "these", "those", "some", "any", "every",
      "each", "no");

  public DiscoveredTheme {
    topPhrases = List.copyOf(topPhrases);
    terms = List.copyOf(terms);
  }

  /** The same theme under another id (kept from an earlier night). */
  public DiscoveredTheme withId(String newId) {
    return new DiscoveredTheme(newId, label, topPhrases, representative, centroid, customers,
        terms);
  }

  /**
   * How strongly a sentence's terms ({@link ThemeTerms#of}) use this theme's distinctive words:
   * the number of its {@link #TERMS} terms present, or 0 unless at least two are and one of them
   * is among the {@link #LEADING_TERMS} best. This is how a sentence that is not a complaint (and
   * so was never embedded) still counts for the theme, the way a taxonomy rule counts a neutral
   * mention: "The chat icon covers the pay button." uses chat, pay and button.
   */
  public int matches(java.util.Set<String> sentenceTerms) {
    int n = 0;
    boolean leading = false;
    for (int i = 0; i < terms.size(); i++) {
      if (sentenceTerms.contains(terms.get(i))) {
        n++;
        leading |= i < LEADING_TERMS;
      }
    }
    return n >= 2 && leading ? n : 0;
  }

  /**
   * Lower-cases, turns punctuation other than inner hyphens and apostrophes into spaces, collapses
   * whitespace and drops leading determiners and possessives ("the app" -> "app").
   */
  public static String normalise(String keyphrase) {
    if (keyphrase == null) {
      return "";
    }
    String s = keyphrase.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}'\\-]+", " ").strip();
    s = s.replaceAll("(^|\\s)[-']+|[-']+(\\s|$)", " ").strip();
    String[] words = s.isEmpty() ? new String[0] : s.split("\\s+");
    int from = 0;
    while (from < words.length - 1 && LEADING_WORDS.contains(words[from])) {
      from++;
    }
    return String.join(" ", List.of(words).subList(from, words.length));
  }

  /** The stable id for a keyphrase; throws if nothing of it is left after normalising. */
  public static String idFor(String keyphrase) {
    String n = normalise(keyphrase);
    if (n.isEmpty()) {
      throw new IllegalArgumentException("no words in keyphrase '" + keyphrase + "'");
    }
    String ascii = Normalizer.normalize(n, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    String slug = ascii.replaceAll("'", "").replaceAll("[^a-z0-9]+", "_")
        .replaceAll("^_+|_+$", "");
    if (!slug.isEmpty() && slug.length() <= MAX_SLUG) {
      return ID_PREFIX + slug;
    }
    // A cut slug could collide with another long phrase's; the hash of the whole keeps them apart.
    String cut = slug.length() > MAX_SLUG - 7 ? slug.substring(0, MAX_SLUG - 7) : slug;
    cut = cut.replaceAll("_+$", "");
    return ID_PREFIX + (cut.isEmpty() ? "" : cut + "_") + shortHash(n);
  }

  /** The readable label: the normalised phrase with a capital first letter ("Remote control"). */
  public static String labelFor(String keyphrase) {
    String n = normalise(keyphrase);
    return n.isEmpty() ? n : n.substring(0, 1).toUpperCase(Locale.ROOT) + n.substring(1);
  }

  private static String shortHash(String s) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(d, 0, 3);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
