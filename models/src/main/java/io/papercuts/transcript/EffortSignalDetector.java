package io.papercuts.transcript;

import io.papercuts.ingest.Conversation;
import io.papercuts.ingest.Turn;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads effort signals from the agent and system turns of one support conversation: transfers,
 * holds (and their minutes), identity checks and promised callbacks. Customer turns are not read
 * here (their text goes through sentence analysis and the theme matcher).
 *
 * <p>Which turns count comes from regular expressions in {@code effort-signals.csv} (editable
 * without code). Counting rules that the patterns cannot express:
 * <ul>
 *   <li>One event is counted once: an agent announcing a transfer ("let me transfer you"), the
 *       system line recording it and the new agent appearing are one transfer; an agent's "please
 *       hold" followed by the system's "placed on hold" is one hold. A change of {@code agent_id}
 *       with no announcement is a silent transfer.
 *   <li>Hold minutes come from the hold line ("placed on hold (6 min)", "on hold for 12 minutes");
 *       when it gives none, from the time between the hold line and the hold's end (a hold-end
 *       line or the next agent turn), when both have timestamps.
 *   <li>Identity checks and promised callbacks count agent turns, once per turn.
 *   <li>Agents: distinct agent ids; when no turn has an id, 1 + transfers if any agent spoke.
 * </ul>
 * Repeat contacts across conversations are the caller's join, not this class's.
 *
 * <p>Immutable and thread-safe; serializable.
 */
public final class EffortSignalDetector implements Serializable {

  private static final long serialVersionUID = 1L;

  public static final String DEFAULT_RESOURCE = "effort-signals.csv";

  /** The kinds of turn the rule file can name. */
  enum Signal {
    TRANSFER, HOLD, HOLD_END, IDENTITY_CHECK, CALLBACK_PROMISE;

    static Signal parse(String s) {
      try {
        return valueOf(s.strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("unknown signal '" + s + "'");
      }
    }
  }

  private static final Pattern MINUTES = Pattern.compile(
      "(\\d{1,3})\\s*(?:min|mins|minute|minutes)\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern HOURS = Pattern.compile(
      "(\\d{1,2})\\s*(?:h|hr|hrs|hour|hours)\\b", Pattern.CASE_INSENSITIVE);

  private final Map<Signal, List<Pattern>> agentRules;
  private final Map<Signal, List<Pattern>> systemRules;

  private EffortSignalDetector(Map<Signal, List<Pattern>> agentRules,
      Map<Signal, List<Pattern>> systemRules) {
    this.agentRules = agentRules;
    this.systemRules = systemRules;
  }

  /** The detector with the bundled rules. */
  public static EffortSignalDetector defaults() {
    return Bundled.INSTANCE;
  }

  private static final class Bundled {
    private static final EffortSignalDetector INSTANCE = loadResource();

    private static EffortSignalDetector loadResource() {
      try (InputStream in = EffortSignalDetector.class.getResourceAsStream(DEFAULT_RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException(
              "missing resource io/papercuts/transcript/" + DEFAULT_RESOURCE);
        }
        return parse(new InputStreamReader(in, StandardCharsets.UTF_8),
            "io/papercuts/transcript/" + DEFAULT_RESOURCE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Parses a rule file with columns {@code signal,speakers,pattern}. */
  public static EffortSignalDetector parse(Reader in, String source) throws IOException {
    CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true)
        .setCommentMarker('#').setIgnoreEmptyLines(true).build();
    Map<Signal, List<Pattern>> agent = new EnumMap<>(Signal.class);
    Map<Signal, List<Pattern>> system = new EnumMap<>(Signal.class);
    try (CSVParser parser = format.parse(in)) {
      if (!List.of("signal", "speakers", "pattern").equals(parser.getHeaderNames())) {
        throw new IllegalArgumentException(
            source + ": expected the header signal,speakers,pattern");
      }
      long previousEnd = parser.getCurrentLineNumber();
      for (CSVRecord rec : parser) {
        long line = previousEnd + 1
            + (rec.getComment() == null ? 0 : rec.getComment().split("\n", -1).length);
        previousEnd = parser.getCurrentLineNumber();
        try {
          Signal signal = Signal.parse(rec.get("signal"));
          Pattern pattern = Pattern.compile(rec.get("pattern"),
              Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
          for (String speaker : rec.get("speakers").split("\\|")) {
            switch (speaker.strip().toLowerCase(Locale.ROOT)) {
              case "agent" -> agent.computeIfAbsent(signal, k -> new ArrayList<>()).add(pattern);
              case "system" -> system.computeIfAbsent(signal, k -> new ArrayList<>()).add(pattern);
              default -> throw new IllegalArgumentException(
                  "unknown speaker '" + speaker + "' (agent or system)");
            }
          }
        } catch (IllegalArgumentException e) {
          // Also PatternSyntaxException, whose message shows the pattern and the error position.
          throw new IllegalArgumentException(source + " line " + line + ": " + e.getMessage(), e);
        }
      }
    }
    return new EffortSignalDetector(agent, system);
  }

  /** The effort signals of one conversation; {@link EffortSignals#NONE} when it has none. */
  public EffortSignals detect(Conversation conversation) {
    return new Count(conversation.turns()).run();
  }

  private boolean matches(Turn turn, Signal signal) {
    Map<Signal, List<Pattern>> rules = switch (speaker(turn)) {
      case "agent" -> agentRules;
      case "system" -> systemRules;
      default -> Map.of();
    };
    String text = turn.text() == null ? "" : turn.text();
    for (Pattern p : rules.getOrDefault(signal, List.of())) {
      if (p.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  private static String speaker(Turn t) {
    return t.speaker() == null ? "" : t.speaker().strip().toLowerCase(Locale.ROOT);
  }

  /** Minutes stated in a hold line, or -1. */
  static int statedMinutes(String text) {
    if (text == null) {
      return -1;
    }
    Matcher m = MINUTES.matcher(text);
    int minutes = m.find() ? Integer.parseInt(m.group(1)) : -1;
    Matcher h = HOURS.matcher(text);
    if (h.find()) {
      minutes = Math.max(minutes, 0) + 60 * Integer.parseInt(h.group(1));
    }
    return minutes;
  }

  /** The state of one pass over a conversation's turns. */
  private final class Count {
    private final List<Turn> turns;
    private int transfers;
    private int holds;
    private int holdMinutes;
    private int identityChecks;
    private int callbacks;
    private final Set<String> agentIds = new LinkedHashSet<>();
    private boolean agentSpoke;
    private String lastAgentId;
    /** A transfer was announced or recorded and the new agent has not appeared yet. */
    private boolean transferOpen;
    /** The open transfer came from a system line (a second system line is a new transfer). */
    private boolean transferRecorded;
    /** Index of the turn that opened the current hold, or -1. */
    private int holdStart = -1;
    private boolean holdRecorded;
    private boolean holdMinutesKnown;

    Count(List<Turn> turns) {
      this.turns = turns;
    }

    EffortSignals run() {
      for (int i = 0; i < turns.size(); i++) {
        Turn t = turns.get(i);
        switch (speaker(t)) {
          case "agent" -> agentTurn(i, t);
          case "system" -> systemTurn(i, t);
          default -> { }
        }
      }
      closeHold(-1);
      int agents = agentIds.isEmpty() ? (agentSpoke ? 1 + transfers : 0) : agentIds.size();
      return new EffortSignals(transfers, holds, holdMinutes, identityChecks, callbacks, agents);
    }

    private void agentTurn(int i, Turn t) {
      agentSpoke = true;
      String id = t.agentId() == null || t.agentId().isBlank() ? null : t.agentId().strip();
      boolean newAgent = id != null && lastAgentId != null && !id.equals(lastAgentId);
      if (newAgent) {
        if (!transferOpen) {
          transfers++;
        }
        transferOpen = false;
        transferRecorded = false;
      } else if (id == null && transferOpen && !matches(t, Signal.TRANSFER)) {
        // Without ids, the next agent line after a transfer is taken to be the new agent.
        transferOpen = false;
        transferRecorded = false;
      }
      if (id != null) {
        agentIds.add(id);
        lastAgentId = id;
      }
      if (holdStart >= 0 && !matches(t, Signal.HOLD)) {
        closeHold(i);
      }
      if (matches(t, Signal.TRANSFER) && !transferOpen) {
        transfers++;
        transferOpen = true;
      }
      if (matches(t, Signal.HOLD) && holdStart < 0) {
        openHold(i, t, false);
      }
      if (matches(t, Signal.IDENTITY_CHECK)) {
        identityChecks++;
      }
      if (matches(t, Signal.CALLBACK_PROMISE)) {
        callbacks++;
      }
    }

    private void systemTurn(int i, Turn t) {
      if (matches(t, Signal.TRANSFER)) {
        if (!transferOpen || transferRecorded) {
          transfers++;
        }
        transferOpen = true;
        transferRecorded = true;
      }
      if (matches(t, Signal.HOLD_END)) {
        closeHold(i);
      } else if (matches(t, Signal.HOLD)) {
        if (holdStart >= 0 && !holdRecorded) {
          // The system line records the hold the agent announced: same hold, better minutes.
          holdRecorded = true;
          takeStatedMinutes(t);
        } else {
          closeHold(i);
          openHold(i, t, true);
        }
      }
    }

    private void openHold(int i, Turn t, boolean recorded) {
      holds++;
      holdStart = i;
      holdRecorded = recorded;
      holdMinutesKnown = false;
      takeStatedMinutes(t);
    }

    private void takeStatedMinutes(Turn t) {
      int stated = statedMinutes(t.text());
      if (stated >= 0 && !holdMinutesKnown) {
        holdMinutes += stated;
        holdMinutesKnown = true;
      }
    }

    /** Ends the open hold at turn {@code end} (-1: the conversation ended), timing it if needed. */
    private void closeHold(int end) {
      if (holdStart < 0) {
        return;
      }
      if (!holdMinutesKnown && end >= 0) {
        Instant from = turns.get(holdStart).ts();
        Instant to = turns.get(end).ts();
        if (from != null && to != null && to.isAfter(from)) {
          holdMinutes += (int) Math.round(Duration.between(from, to).getSeconds() / 60.0);
        }
      }
      holdStart = -1;
      holdRecorded = false;
      holdMinutesKnown = false;
    }
  }
}
