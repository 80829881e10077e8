package io.papercuts.generate;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * One phrase template, parsed once. Syntax: literal text; {@code {a|b|c}} picks one alternative
 * (alternatives may be empty and may nest); {@code {$name}} inserts a slot value supplied by the
 * caller. Expansion consumes the given random stream only, so it is deterministic for a seed.
 * Immutable and thread-safe.
 */
final class Template {

  private sealed interface Node permits Literal, Choice, Slot {
  }

  private record Literal(String text) implements Node {
  }

  private record Choice(List<List<Node>> options) implements Node {
  }

  private record Slot(String name) implements Node {
  }

  private final String source;
  private final List<Node> nodes;

  private Template(String source, List<Node> nodes) {
    this.source = source;
    this.nodes = nodes;
  }

  static Template parse(String source) {
    int[] pos = {0};
    List<Node> nodes = parseSequence(source, pos);
    if (pos[0] != source.length()) {
      throw new IllegalArgumentException("Unbalanced '" + source.charAt(pos[0]) + "' at "
          + pos[0] + " in template: " + source);
    }
    return new Template(source, nodes);
  }

  /** Names of the slots this template refers to, in order of first use. */
  Set<String> slotNames() {
    Set<String> names = new LinkedHashSet<>();
    collectSlots(nodes, names);
    return names;
  }

  void expand(SplittableRandom rng, Function<String, String> slots, StringBuilder out) {
    expand(nodes, rng, slots, out);
  }

  @Override
  public String toString() {
    return source;
  }

  private static void expand(
      List<Node> nodes, SplittableRandom rng, Function<String, String> slots, StringBuilder out) {
    for (Node node : nodes) {
      if (node instanceof Literal literal) {
        out.append(literal.text());
      } else if (node instanceof Choice choice) {
        expand(choice.options().get(rng.nextInt(choice.options().size())), rng, slots, out);
      } else if (node instanceof Slot slot) {
        out.append(slots.apply(slot.name()));
      }
    }
  }

  private static void collectSlots(List<Node> nodes, Set<String> names) {
    for (Node node : nodes) {
      if (node instanceof Choice choice) {
        choice.options().forEach(option -> collectSlots(option, names));
      } else if (node instanceof Slot slot) {
        names.add(slot.name());
      }
    }
  }

  private static List<Node> parseSequence(String s, int[] pos) {
    List<Node> nodes = new ArrayList<>();
    StringBuilder literal = new StringBuilder();
    while (pos[0] < s.length()) {
      char c = s.charAt(pos[0]);
      if (c == '}' || c == '|') {
        // Closes the enclosing choice; at top level parse() reports it as unbalanced.
        break;
      }
      if (c == '{') {
        flush(literal, nodes);
        pos[0]++;
        nodes.add(parseBrace(s, pos));
      } else {
        literal.append(c);
        pos[0]++;
      }
    }
    flush(literal, nodes);
    return List.copyOf(nodes);
  }

  private static Node parseBrace(String s, int[] pos) {
    // "{$name}" is a slot; any other brace (even one starting with a literal "$") is a choice.
    int end = pos[0] + 1;
    while (end < s.length() && (Character.isLowerCase(s.charAt(end)) || s.charAt(end) == '_')) {
      end++;
    }
    boolean slot = pos[0] < s.length() && s.charAt(pos[0]) == '$'
        && end > pos[0] + 1 && end < s.length() && s.charAt(end) == '}';
    if (slot) {
      String name = s.substring(pos[0] + 1, end);
      pos[0] = end + 1;
      return new Slot(name);
    }
    List<List<Node>> options = new ArrayList<>();
    while (true) {
      options.add(parseSequence(s, pos));
      if (pos[0] >= s.length()) {
        throw new IllegalArgumentException("Unclosed '{' in template: " + s);
      }
      char c = s.charAt(pos[0]++);
      if (c == '}') {
        return new Choice(List.copyOf(options));
      }
    }
  }

  private static void flush(StringBuilder literal, List<Node> nodes) {
    if (literal.length() > 0) {
      nodes.add(new Literal(literal.toString()));
      literal.setLength(0);
    }
  }
}
