package io.papercuts.ingest;

import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The values of a JSON Lines or CSV transcript's speaker field that mean the customer, an agent
 * or the system ({@code "role": "end-user"}, {@code "author_type": "admin"}, Twitter's
 * {@code inbound = True}). Matched ignoring case, surrounding blanks, and the difference between
 * {@code -}, {@code _} and a space ({@code End User} = {@code end-user} = {@code end_user}). Set
 * with {@code ingest.transcripts.speaker.customer}, {@code .agent} and {@code .system}
 * (comma-separated; a key replaces its default list); no value may be in two lists. A value in
 * none of them quarantines the record as {@code unknown_speaker}. Immutable and serializable.
 */
public record SpeakerValues(List<String> customer, List<String> agent, List<String> system)
    implements Serializable {

  /** Zendesk {@code end-user}, Intercom {@code user}/{@code lead}/{@code contact}, ... */
  public static final List<String> DEFAULT_CUSTOMER = List.of("customer", "client", "user",
      "end-user", "enduser", "requester", "visitor", "contact", "lead", "member", "caller");
  /** Zendesk {@code agent}/{@code admin}, Intercom {@code admin}/{@code team}, ... */
  public static final List<String> DEFAULT_AGENT = List.of("agent", "support", "operator",
      "admin", "administrator", "staff", "rep", "representative", "advisor", "adviser",
      "specialist", "team");
  /** Automated messages: bots, triggers, events (transfers, holds). */
  public static final List<String> DEFAULT_SYSTEM = List.of("system", "bot", "chatbot",
      "automated", "automation");

  private static final long serialVersionUID = 1L;

  public SpeakerValues {
    customer = List.copyOf(customer);
    agent = List.copyOf(agent);
    system = List.copyOf(system);
    Map<String, String> seen = new HashMap<>();
    check(IngestSettings.SPEAKER_CUSTOMER, customer, seen);
    check(IngestSettings.SPEAKER_AGENT, agent, seen);
    check(IngestSettings.SPEAKER_SYSTEM, system, seen);
  }

  public static SpeakerValues defaults() {
    return new SpeakerValues(DEFAULT_CUSTOMER, DEFAULT_AGENT, DEFAULT_SYSTEM);
  }

  /** {@code customer}, {@code agent} or {@code system} for a known value, else null. */
  public String speakerOf(String value) {
    String v = normalize(value);
    if (contains(customer, v)) {
      return "customer";
    }
    if (contains(agent, v)) {
      return "agent";
    }
    return contains(system, v) ? "system" : null;
  }

  static String normalize(String s) {
    return s.strip().replaceAll("[\\s_-]+", " ").toLowerCase(Locale.ROOT);
  }

  private static boolean contains(List<String> list, String normalized) {
    for (String e : list) {
      if (normalize(e).equals(normalized)) {
        return true;
      }
    }
    return false;
  }

  private static void check(String key, List<String> list, Map<String, String> seen) {
    if (list.isEmpty()) {
      throw new IllegalArgumentException(key + " must name at least one value");
    }
    for (String e : list) {
      if (e == null || normalize(e).isEmpty()) {
        throw new IllegalArgumentException(key + ": empty value");
      }
      String other = seen.putIfAbsent(normalize(e), key);
      if (other != null && !other.equals(key)) {
        throw new IllegalArgumentException(key + ": \"" + e + "\" is also in " + other
            + "; a value can name only one speaker");
      }
    }
  }
}
