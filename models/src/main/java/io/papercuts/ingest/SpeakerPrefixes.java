package io.papercuts.ingest;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The line prefixes of plain-text transcripts ({@code Agent:}, {@code Customer:}, ...) per
 * speaker, and the words that look like a prefix but are ordinary text ({@code Note:},
 * {@code P.S.:}). Each entry is 1 to 3 words of letters (and {@code . ' & / -}), matched
 * ignoring case and runs of spaces; no entry may be in two lists. Set with
 * {@code ingest.transcripts.agent_prefixes}, {@code .customer_prefixes}, {@code .system_prefixes}
 * and {@code .text_labels} (comma-separated; a key replaces its default list). See
 * {@link TranscriptTextParser} for how a line is classified. Immutable and serializable.
 */
public record SpeakerPrefixes(
    List<String> agent, List<String> customer, List<String> system, List<String> textLabels)
    implements Serializable {

  public static final List<String> DEFAULT_AGENT = List.of("Agent", "Rep", "Representative",
      "Advisor", "Adviser", "Support", "Support Agent", "Customer Service", "Customer Support",
      "Tech Support", "Technical Support", "Help Desk", "CSR", "Operator", "Specialist", "Bot",
      "Chatbot", "Virtual Assistant");
  public static final List<String> DEFAULT_CUSTOMER = List.of("Customer", "Caller", "Client",
      "User", "Member", "Visitor");
  public static final List<String> DEFAULT_SYSTEM = List.of("System");
  public static final List<String> DEFAULT_TEXT_LABELS = List.of("Note", "Notes", "NB", "N.B.",
      "PS", "P.S.", "PPS", "P.P.S.", "Update", "Edit", "Edited", "Example", "Error", "Warning",
      "Subject", "Re", "Fwd", "FYI", "Tip", "Important", "Reason", "Reference", "Ref", "Order",
      "Ticket", "Case", "Step", "Steps", "Question", "Answer", "Q", "A", "Issue", "Problem",
      "Summary", "Details", "Date", "Time", "Email", "E-mail", "Phone", "Address", "Account",
      "Total", "Price", "Attachment", "Link", "Source", "Result", "Status", "Expected", "Actual",
      "Also", "Correction", "Context", "Background", "Bottom Line", "Translation", "Quote");

  private static final long serialVersionUID = 1L;
  private static final Pattern ENTRY = Pattern.compile(
      "[\\p{L}][\\p{L}.'&/-]*(?: [\\p{L}][\\p{L}.'&/-]*){0,2}");

  public SpeakerPrefixes {
    agent = List.copyOf(agent);
    customer = List.copyOf(customer);
    system = List.copyOf(system);
    textLabels = List.copyOf(textLabels);
    Map<String, String> seen = new HashMap<>();
    check(IngestSettings.AGENT_PREFIXES, agent, seen);
    check(IngestSettings.CUSTOMER_PREFIXES, customer, seen);
    check(IngestSettings.SYSTEM_PREFIXES, system, seen);
    for (String label : textLabels) {
      checkEntry(IngestSettings.TEXT_LABELS, label);
      String other = seen.get(normalize(label));
      if (other != null) {
        throw new IllegalArgumentException(IngestSettings.TEXT_LABELS + ": \"" + label
            + "\" is also in " + other + "; a label cannot be a speaker too");
      }
    }
  }

  public static SpeakerPrefixes defaults() {
    return new SpeakerPrefixes(DEFAULT_AGENT, DEFAULT_CUSTOMER, DEFAULT_SYSTEM,
        DEFAULT_TEXT_LABELS);
  }

  /**
   * @return {@code agent}, {@code customer} or {@code system} for a known prefix (any case, runs
   *     of spaces), else null
   */
  public String speakerOf(String prefix) {
    String p = normalize(prefix);
    if (contains(agent, p)) {
      return "agent";
    }
    if (contains(customer, p)) {
      return "customer";
    }
    return contains(system, p) ? "system" : null;
  }

  /** Whether a prefix is an ordinary text label ({@code Note}), never a speaker. */
  public boolean isTextLabel(String prefix) {
    return contains(textLabels, normalize(prefix));
  }

  /** A comma-separated setting value as a list; blank items are an error naming the key. */
  static List<String> parseList(String key, String value) {
    List<String> out = new ArrayList<>();
    for (String item : value.split(",", -1)) {
      String s = item.strip();
      if (s.isEmpty()) {
        throw new IllegalArgumentException(key + ": empty entry in \"" + value
            + "\" (a comma-separated list such as Agent, Rep, Advisor)");
      }
      out.add(s);
    }
    return out;
  }

  static String normalize(String s) {
    return s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
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
      throw new IllegalArgumentException(key + " must name at least one prefix");
    }
    for (String e : list) {
      checkEntry(key, e);
      String other = seen.putIfAbsent(normalize(e), key);
      if (other != null && !other.equals(key)) {
        throw new IllegalArgumentException(key + ": \"" + e + "\" is also in " + other
            + "; a prefix can name only one speaker");
      }
    }
  }

  private static void checkEntry(String key, String e) {
    if (e == null || !ENTRY.matcher(e.strip().replaceAll("\\s+", " ")).matches()) {
      throw new IllegalArgumentException(key + ": \"" + e + "\" is not 1 to 3 words of letters"
          + " (no ':', brackets or digits), e.g. Agent or Support Agent");
    }
  }
}
