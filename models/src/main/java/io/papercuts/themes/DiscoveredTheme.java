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
 * A theme found by {@link ThemeDiscovery}: a frequent complaint keyphrase no taxonomy theme
 * covers. Its id is derived from the normalised keyphrase only, so the same phrase gets the same
 * id every night and in every run: {@code d_} + a lower-case ASCII slug ("remote control" ->
 * {@code d_remote_control}, "Wi-Fi" -> {@code d_wi_fi}, accents dropped); a slug longer than
 * {@value #MAX_SLUG} characters is cut and given a 6-hex-digit hash of the whole phrase so
 * distinct long phrases stay distinct (as is a phrase with no ASCII letters or digits at all).
 *
 * @param keyphrase the normalised keyphrase the theme stands for
 * @param customers customers who used it (or one of the merged variants), as passed to discovery
 * @param merged other keyphrases folded into this theme (variants, contained phrases)
 */
public record DiscoveredTheme(
    String id, String label, String keyphrase, long customers, List<String> merged) {

  public static final String ID_PREFIX = "d_";
  public static final int MAX_SLUG = 40;

  private static final Set<String> LEADING_WORDS = Set.of("the", "a", "an", "my", "your", "our",
      "their", "his", "her", "its", "this", "that", "these", "those", "some", "any", "every",
      "each", "no");

  public DiscoveredTheme {
    merged = List.copyOf(merged);
  }

  /** Creates a theme for a keyphrase with its stable id and label. */
  public static DiscoveredTheme of(String keyphrase, long customers, List<String> merged) {
    String n = normalise(keyphrase);
    return new DiscoveredTheme(idFor(n), labelFor(n), n, customers, merged);
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
