package io.papercuts.pii;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Replaces personal data in customer text with typed placeholders (one per {@link PiiType}:
 * {@code [EMAIL]}, {@code [PHONE]}, {@code [CARD]}, {@code [NAME]}, ...); call it before any
 * customer text is written anywhere. Every type is on by default; {@link #without(Set)} switches
 * some off.
 *
 * <p>Finders run one after another, each on the output of the previous one, in this order:
 * credential-carrying URLs (whole URL), e-mail addresses (also spelled out), typed passwords and
 * PINs, IBANs (mod-97), IP addresses, card numbers (Luhn), SSNs, UK National Insurance numbers,
 * passport numbers, dates of birth, phone numbers (also spelled out in words), street addresses,
 * postcodes, names. The order matters: a URL or IBAN is removed before its digits could be
 * mistaken for a phone or card number. Each finder searches a {@link CanonicalSpacing} view of
 * the text, so runs of spaces, tabs, a line break, doubled dashes or dots, zero-width characters
 * and soft hyphens inside a number do not hide it; only the secret itself is replaced. Ordinary numbers in feedback (prices, dates,
 * times, versions, percentages, durations, years, order numbers) are kept; see
 * {@link PhoneFinder} for the phone heuristic. Placeholders never match a finder, and the
 * finders are rerun until nothing changes, so {@code redact(redact(x)).equals(redact(x))}.
 *
 * <p>Every pattern is precompiled and free of nested ambiguous quantifiers, so time is linear in
 * the text length. Immutable, stateless and thread-safe: one instance can be shared by all
 * threads (and serialised into Spark closures; its only state is the set of types).
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
      new SpelledEmailFinder(),
      new PasswordFinder(),
      new IbanFinder(),
      new IpFinder(),
      new CardFinder(),
      new SsnFinder(),
      new NationalIdFinder(),
      new PassportFinder(),
      new DobFinder(),
      new PhoneFinder(),
      new SpelledPhoneFinder(),
      new AddressFinder(),
      new PostcodeFinder(),
      new NameFinder());

  private final EnumSet<PiiType> types;

  /** Redacts text with all finders. */
  public PiiRedactor() {
    this(EnumSet.allOf(PiiType.class));
  }

  private PiiRedactor(EnumSet<PiiType> types) {
    this.types = types;
  }

  /** A redactor that leaves the given types in the text (all others are still redacted). */
  public PiiRedactor without(Set<PiiType> disabled) {
    EnumSet<PiiType> kept = EnumSet.copyOf(types);
    kept.removeAll(disabled);
    return new PiiRedactor(kept);
  }

  /** The types this redactor replaces. */
  public Set<PiiType> types() {
    return EnumSet.copyOf(types);
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
      current = redactOnce(current, types, counts);
      if (current.equals(before)) {
        break;
      }
    }
    return new RedactionResult(current, counts);
  }

  private static String redactOnce(String text, Set<PiiType> types,
      Map<PiiType, Integer> counts) {
    String current = text;
    CanonicalSpacing view = CanonicalSpacing.of(current);
    for (PiiFinder finder : FINDERS) {
      if (!types.contains(finder.type())) {
        continue;
      }
      List<Span> spans = new ArrayList<>();
      for (Span span : finder.find(view.text())) {
        spans.add(view.toOriginal(span));
      }
      if (!spans.isEmpty()) {
        current = replace(current, spans, finder.type().placeholder());
        counts.merge(finder.type(), spans.size(), Integer::sum);
        view = CanonicalSpacing.of(current);
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
    return "PiiRedactor" + types;
  }
}
