package io.papercuts.pii;

import com.google.i18n.phonenumbers.PhoneNumberUtil;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The {@code pii.*} configuration of the redactor, validated once (on the driver) and immutable:
 * <ul>
 *   <li>{@code pii.disable}: comma list of {@link PiiType#key()} names left in the text, e.g.
 *       {@code name,address}; empty (the default) redacts every type. {@code name} switches off
 *       both the cue-based and the NER name finders.
 *   <li>{@code pii.phone_regions}: comma list of ISO 3166-1 region codes for libphonenumber's
 *       phone pass ({@link RegionPhoneFinder}), default {@code US,GB}; empty switches that pass
 *       off (the {@link PhoneFinder} heuristic still runs). A region decides how a number written
 *       without a country code is read; {@code +}-prefixed numbers are found whatever the
 *       regions. The default covers the feedback the English models read best: {@code US} reads
 *       every North American (+1) number, Canada's included, and {@code GB} the UK's national
 *       formats; every added region is one more scan of texts that hold six digits or more.
 * </ul>
 * Names and codes are case-insensitive, blanks around commas are ignored. An unknown key, type
 * or region is an {@link IllegalArgumentException} naming the key and the allowed values.
 * Immutable and thread-safe.
 */
public final class PiiSettings implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Key (without the {@code pii.} prefix) of the types left in the text. */
  public static final String DISABLE = "disable";
  /** Key (without the {@code pii.} prefix) of libphonenumber's regions. */
  public static final String PHONE_REGIONS = "phone_regions";
  /** The regions when {@code pii.phone_regions} is not set. */
  public static final List<String> DEFAULT_PHONE_REGIONS = PiiRedactor.DEFAULT_PHONE_REGIONS;

  private static final List<String> KEYS = List.of(DISABLE, PHONE_REGIONS);

  private final Set<PiiType> disabled;
  private final List<String> phoneRegions;

  private PiiSettings(Set<PiiType> disabled, List<String> phoneRegions) {
    this.disabled = disabled.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(disabled));
    this.phoneRegions = List.copyOf(phoneRegions);
  }

  /** Every type redacted, the default phone regions. */
  public static PiiSettings defaults() {
    return new PiiSettings(Set.of(), DEFAULT_PHONE_REGIONS);
  }

  /**
   * Settings from configuration keys without the {@code pii.} prefix ({@code disable},
   * {@code phone_regions}); a key that is absent keeps its default.
   *
   * @throws IllegalArgumentException for an unknown key, type name or region code
   */
  public static PiiSettings fromMap(Map<String, String> keys) {
    for (String key : keys.keySet()) {
      if (!KEYS.contains(key)) {
        throw new IllegalArgumentException("unknown configuration key pii." + key
            + "; allowed keys: " + KEYS.stream().map(k -> "pii." + k)
                .collect(Collectors.joining(", ")));
      }
    }
    Set<PiiType> disabled = EnumSet.noneOf(PiiType.class);
    String disable = keys.get(DISABLE);
    if (disable != null) {
      for (String name : items(disable)) {
        disabled.add(type(name));
      }
    }
    List<String> regions = DEFAULT_PHONE_REGIONS;
    String regionList = keys.get(PHONE_REGIONS);
    if (regionList != null) {
      Set<String> chosen = new LinkedHashSet<>();
      for (String code : items(regionList)) {
        chosen.add(region(code));
      }
      regions = new ArrayList<>(chosen);
    }
    return new PiiSettings(disabled, regions);
  }

  /** The types left in the text. */
  public Set<PiiType> disabled() {
    return disabled;
  }

  /** libphonenumber's regions, in the configured order; empty when that pass is off. */
  public List<String> phoneRegions() {
    return phoneRegions;
  }

  /** The redactor these settings describe. */
  public PiiRedactor redactor() {
    return new PiiRedactor().without(disabled).withPhoneRegions(phoneRegions);
  }

  private static List<String> items(String list) {
    return Arrays.stream(list.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static PiiType type(String name) {
    for (PiiType t : PiiType.values()) {
      if (t.key().equals(name.toLowerCase(Locale.ROOT))) {
        return t;
      }
    }
    throw new IllegalArgumentException("pii." + DISABLE + ": unknown type '" + name
        + "'; allowed: " + Arrays.stream(PiiType.values()).map(PiiType::key)
            .collect(Collectors.joining(", ")));
  }

  private static String region(String code) {
    String upper = code.toUpperCase(Locale.ROOT);
    Set<String> supported = PhoneNumberUtil.getInstance().getSupportedRegions();
    if (!supported.contains(upper)) {
      throw new IllegalArgumentException("pii." + PHONE_REGIONS + ": unknown region '" + code
          + "'; allowed: ISO 3166-1 codes that libphonenumber supports: "
          + String.join(", ", new TreeSet<>(supported)));
    }
    return upper;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PiiSettings other && disabled.equals(other.disabled)
        && phoneRegions.equals(other.phoneRegions);
  }

  @Override
  public int hashCode() {
    return 31 * disabled.hashCode() + phoneRegions.hashCode();
  }

  @Override
  public String toString() {
    return "PiiSettings[disable=" + disabled + ", phone_regions=" + phoneRegions + "]";
  }
}
