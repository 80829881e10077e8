package io.papercuts.pii;

import java.io.Serializable;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Replaces personal data in customer text with typed placeholders ({@code [EMAIL]},
 * {@code [PHONE]}, {@code [CARD]}, {@code [IBAN]}, {@code [IP]}, {@code [URL]}); call it before
 * any customer text is written anywhere.
 *
 * <p>Finders run one after another, each on the output of the previous one, in this order:
 * credential-carrying URLs (whole URL), e-mail addresses, IBANs (mod-97), IP addresses, card
 * numbers (Luhn), phone numbers. The order matters: a URL or IBAN is removed before its digits
 * could be mistaken for a phone or card number. Ordinary numbers in feedback (prices, dates,
 * times, versions, percentages, durations, years, order numbers) are kept; see
 * {@link PhoneFinder} for the phone heuristic. Placeholders never match a finder, and the
 * finders are rerun until nothing changes, so {@code redact(redact(x)).equals(redact(x))}.
 *
 * <p>Every pattern is precompiled and free of nested ambiguous quantifiers, so time is linear in
 * the text length. Immutable, stateless and thread-safe: one instance can be shared by all
 * threads (and serialised into Spark closures; it carries no state).
 */
public final class PiiRedactor implements Serializable {

  private static final long serialVersionUID = 1L;

  /**
   * Rounds of all finders. A round that replaced something is followed by another, because a
   * placeholder can free a secret that was glued to the one it replaced ({@code 4155550134::a1}
   * becomes {@code [PHONE]::a1}, whose {@code ::a1} is an address). Every replacement removes a
   * digit, {@code @} or URL start and placeholders add none, so the rounds stop; the cap only
   * bounds time on crafted input with many levels of glued secrets.
   */
  private static final int MAX_ROUNDS = 8;

  private static final List<PiiFinder> FINDERS = List.of(
      new UrlFinder(),
      new EmailFinder(),
      new IbanFinder(),
      new IpFinder(),
      new CardFinder(),
      new PhoneFinder());

  /** Redacts text with all finders. */
  public PiiRedactor() {
    // Stateless: the finders are shared static singletons.
  }

  /** The redacted text; null for null, the same string when nothing was found. */
  public String redact(String text) {
    return redactWithCounts(text).text();
  }

  /** The redacted text with the number of replacements per type. */
  public RedactionResult redactWithCounts(String text) {
    if (text == null || text.isEmpty()) {
      return new RedactionResult(text, Map.of());
    }
    Map<PiiType, Integer> counts = new EnumMap<>(PiiType.class);
    String current = text;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String before = current;
      current = redactOnce(current, counts);
      if (current.equals(before)) {
        break;
      }
    }
    return new RedactionResult(current, counts);
  }

  private static String redactOnce(String text, Map<PiiType, Integer> counts) {
    String current = text;
    for (PiiFinder finder : FINDERS) {
      List<Span> spans = finder.find(current);
      if (!spans.isEmpty()) {
        current = replace(current, spans, finder.type().placeholder());
        counts.merge(finder.type(), spans.size(), Integer::sum);
      }
    }
    return current;
  }

  private static String replace(String text, List<Span> spans, String placeholder) {
    StringBuilder sb = new StringBuilder(text.length());
    int from = 0;
    for (Span span : spans) {
      sb.append(text, from, span.start()).append(placeholder);
      from = span.end();
    }
    return sb.append(text, from, text.length()).toString();
  }

  @Override
  public String toString() {
    return "PiiRedactor" + List.of(PiiType.values());
  }
}
