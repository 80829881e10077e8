package io.papercuts.pii;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
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
 * passport numbers, dates of birth, phone numbers (the {@link PhoneFinder} heuristic, then
 * libphonenumber for the configured regions, {@link RegionPhoneFinder}; also spelled out in
 * words), street addresses, postcodes, names (announced by a cue, {@link NameFinder}; then
 * CoreNLP's NER model, {@link PersonNameFinder}). The order matters: a URL or IBAN is removed before its digits could be
 * mistaken for a phone or card number. Each finder searches a {@link CanonicalSpacing} view of
 * the text, so runs of spaces, tabs, a line break, doubled dashes or dots, zero-width characters
 * and soft hyphens inside a number do not hide it; only the secret itself is replaced. Ordinary numbers in feedback (prices, dates,
 * times, versions, percentages, durations, years, order numbers) are kept; see
 * {@link PhoneFinder} for the phone heuristic. Placeholders never match a finder, and the
 * finders are rerun until nothing changes, so {@code redact(redact(x)).equals(redact(x))}.
 *
 * <p>Every pattern is precompiled and free of nested ambiguous quantifiers, so time is linear in
 * the text length; the NER model runs only on texts with a word that could be a name (see
 * {@link PersonNameFinder}). Immutable, stateless and thread-safe: one instance can be shared by
 * all threads, and serialised into Spark closures: its state is the set of types, the phone
 * regions and whether NER runs; the NER model is loaded once per JVM, outside it.
 * {@link PiiSettings} builds a redactor from the {@code pii.*} configuration keys.
 */
public final class PiiRedactor implements Serializable {

  private static final long serialVersionUID = 2L;

  /**
   * Rounds of all finders. A round that replaced something is followed by another, because a
   * placeholder can free a secret that was glued to the one it replaced ({@code 4155550134::a1}
   * becomes {@code [PHONE]::a1}, whose {@code ::a1} is an address). Every replacement removes a
   * digit, {@code @} or URL start and placeholders add none, so the rounds stop; the cap only
   * bounds time on crafted input with many levels of glued secrets.
   */
  private static final int MAX_ROUNDS = 8;

  /** The phone regions of {@link #PiiRedactor()}; {@link PiiSettings} says why these. */
  static final List<String> DEFAULT_PHONE_REGIONS = List.of("US", "GB");

  private static final PiiFinder PHONE_FINDER = new PhoneFinder();
  private static final PiiFinder NAME_FINDER = new NameFinder();
  private static final PiiFinder PERSON_NAME_FINDER = new PersonNameFinder();

  /** The finders before the phone passes, then those between them and the names. */
  private static final List<PiiFinder> BEFORE_PHONES = List.of(
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
      new DobFinder());
  private static final List<PiiFinder> AFTER_PHONES = List.of(
      new SpelledPhoneFinder(),
      new AddressFinder(),
      new PostcodeFinder());

  private final EnumSet<PiiType> types;
  private final List<String> phoneRegions;
  private final boolean ner;
  /** Built from the fields above; rebuilt after deserialisation by {@link #readResolve()}. */
  private final transient List<PiiFinder> finders;

  /**
   * Redacts text with all finders: NER on, libphonenumber's pass for the default regions
   * ({@code US}, {@code GB}; see {@link PiiSettings#DEFAULT_PHONE_REGIONS}).
   */
  public PiiRedactor() {
    this(EnumSet.allOf(PiiType.class), DEFAULT_PHONE_REGIONS, true);
  }

  private PiiRedactor(EnumSet<PiiType> types, List<String> phoneRegions, boolean ner) {
    this.types = types;
    this.phoneRegions = List.copyOf(phoneRegions);
    this.ner = ner;
    this.finders = finders(this.phoneRegions, ner);
  }

  private static List<PiiFinder> finders(List<String> phoneRegions, boolean ner) {
    List<PiiFinder> all = new ArrayList<>(BEFORE_PHONES);
    all.add(PHONE_FINDER);
    if (!phoneRegions.isEmpty()) {
      all.add(new RegionPhoneFinder(phoneRegions));
    }
    all.addAll(AFTER_PHONES);
    all.add(NAME_FINDER);
    if (ner) {
      all.add(PERSON_NAME_FINDER);
    }
    return List.copyOf(all);
  }

  private Object readResolve() {
    return new PiiRedactor(types, phoneRegions, ner);
  }

  /** A redactor that leaves the given types in the text (all others are still redacted). */
  public PiiRedactor without(Set<PiiType> disabled) {
    EnumSet<PiiType> kept = EnumSet.copyOf(types);
    kept.removeAll(disabled);
    return new PiiRedactor(kept, phoneRegions, ner);
  }

  /**
   * A redactor whose second phone pass reads numbers without a country code as numbers of these
   * regions (ISO 3166-1 codes that libphonenumber supports; validated by {@link PiiSettings});
   * none switches that pass off, leaving the {@link PhoneFinder} heuristic.
   */
  PiiRedactor withPhoneRegions(Collection<String> regions) {
    return new PiiRedactor(types, List.copyOf(regions), ner);
  }

  /**
   * The same redactor with or without the NER model; without it, names are found only where a
   * cue announces them. For measuring NER's cost and effect; {@code pii.disable=name} switches
   * all name finding off.
   */
  PiiRedactor withNer(boolean on) {
    return new PiiRedactor(types, phoneRegions, on);
  }

  /** The regions of the libphonenumber pass, in order; empty when it is off. */
  public List<String> phoneRegions() {
    return phoneRegions;
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
    Set<String> segmentsWithoutNames = new HashSet<>();
    String current = text;
    for (int round = 0; round < MAX_ROUNDS; round++) {
      String before = current;
      current = redactOnce(current, counts, segmentsWithoutNames);
      if (current.equals(before)) {
        break;
      }
    }
    return new RedactionResult(current, counts);
  }

  private String redactOnce(String text, Map<PiiType, Integer> counts,
      Set<String> segmentsWithoutNames) {
    String current = text;
    CanonicalSpacing view = CanonicalSpacing.of(current);
    for (PiiFinder finder : finders) {
      if (!types.contains(finder.type())) {
        continue;
      }
      List<Span> spans = new ArrayList<>();
      // The NER finder remembers, across the rounds of one text, the segments it found empty.
      List<Span> found = finder instanceof PersonNameFinder ner
          ? ner.find(view.text(), segmentsWithoutNames) : finder.find(view.text());
      for (Span span : found) {
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
    return "PiiRedactor" + types + " phone regions " + phoneRegions + (ner ? "" : " without NER");
  }
}
