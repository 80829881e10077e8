package io.papercuts.generate;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * The generator's phrase templates, by section ({@code core.<theme>}, {@code frame.hedged},
 * {@code slot.<name>}, ...), read from the {@code phrases.txt} resource next to this class.
 * Format: {@code [section]} lines open a section, every other non-blank line not starting with
 * {@code #} is a {@link Template}. A slot {@code {$x}} is filled from a caller binding or else by
 * picking from section {@code slot.x}; loading fails when a slot can be neither. Immutable and
 * thread-safe.
 */
final class PhraseBook {

  /** Slots the callers always bind themselves (never looked up as sections). */
  static final Set<String> BOUND_SLOTS = Set.of("core", "me", "stars");

  private static final String RESOURCE = "phrases.txt";

  private final Map<String, List<Template>> sections;

  private PhraseBook(Map<String, List<Template>> sections) {
    this.sections = sections;
  }

  /** The book bundled with the generator (parsed once per JVM). */
  static PhraseBook standard() {
    return Holder.STANDARD;
  }

  static PhraseBook parse(List<String> lines) {
    Map<String, List<Template>> sections = new HashMap<>();
    List<Template> current = null;
    for (String raw : lines) {
      String line = raw.strip();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("[") && line.endsWith("]")) {
        String name = line.substring(1, line.length() - 1);
        if (sections.containsKey(name)) {
          throw new IllegalArgumentException("Section [" + name + "] appears twice");
        }
        current = new ArrayList<>();
        sections.put(name, current);
      } else if (current == null) {
        throw new IllegalArgumentException("Template before any [section]: " + line);
      } else {
        current.add(Template.parse(line));
      }
    }
    Map<String, List<Template>> frozen = new HashMap<>();
    sections.forEach((name, templates) -> {
      if (templates.isEmpty()) {
        throw new IllegalArgumentException("Section [" + name + "] is empty");
      }
      frozen.put(name, List.copyOf(templates));
    });
    for (List<Template> templates : frozen.values()) {
      for (Template template : templates) {
        for (String slot : template.slotNames()) {
          if (!BOUND_SLOTS.contains(slot) && !frozen.containsKey("slot." + slot)) {
            throw new IllegalArgumentException("No [slot." + slot + "] for template: " + template);
          }
        }
      }
    }
    return new PhraseBook(Map.copyOf(frozen));
  }

  boolean has(String section) {
    return sections.containsKey(section);
  }

  int size(String section) {
    return templates(section).size();
  }

  /** A random expansion of a random template of {@code section}. */
  String pick(String section, SplittableRandom rng) {
    return pick(section, rng, Map.of());
  }

  /** As {@link #pick(String, SplittableRandom)}, with some slots bound by the caller. */
  String pick(String section, SplittableRandom rng, Map<String, String> bound) {
    List<Template> templates = templates(section);
    StringBuilder out = new StringBuilder(64);
    templates.get(rng.nextInt(templates.size())).expand(rng, slot -> {
      String value = bound.get(slot);
      if (value != null) {
        return value;
      }
      if (BOUND_SLOTS.contains(slot)) {
        throw new IllegalStateException("Slot {$" + slot + "} not bound while expanding " + section);
      }
      return pick("slot." + slot, rng, bound);
    }, out);
    return out.toString();
  }

  /** Index of a random entry of a section, for sections whose entries are plain literals. */
  int pickIndex(String section, SplittableRandom rng) {
    return rng.nextInt(size(section));
  }

  /** The expansion of entry {@code index} of a section (for literal entries: the entry itself). */
  String entry(String section, int index, SplittableRandom rng) {
    StringBuilder out = new StringBuilder(32);
    templates(section).get(index).expand(rng, slot -> pick("slot." + slot, rng), out);
    return out.toString();
  }

  private List<Template> templates(String section) {
    List<Template> templates = sections.get(section);
    if (templates == null) {
      throw new IllegalArgumentException("No phrase section [" + section + "]");
    }
    return templates;
  }

  private static final class Holder {
    static final PhraseBook STANDARD = load();

    private static PhraseBook load() {
      try (InputStream in = PhraseBook.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("Missing resource " + RESOURCE + " next to PhraseBook");
        }
        List<String> lines = new ArrayList<>();
        try (BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
          String line;
          while ((line = reader.readLine()) != null) {
            lines.add(line);
          }
        }
        return parse(lines);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }
}
