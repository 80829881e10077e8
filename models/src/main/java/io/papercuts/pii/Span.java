package io.papercuts.pii;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A half-open character range {@code [start, end)} of a text that holds one secret. */
record Span(int start, int end) {

  /**
   * The spans in ascending order with overlapping ones merged, as {@link PiiFinder#find} must
   * return them; sorts {@code spans} in place.
   */
  static List<Span> disjoint(List<Span> spans) {
    if (spans.size() < 2) {
      return spans;
    }
    spans.sort(Comparator.comparingInt(Span::start));
    List<Span> out = new ArrayList<>();
    Span last = spans.get(0);
    for (Span s : spans.subList(1, spans.size())) {
      if (s.start() < last.end()) {
        last = new Span(last.start(), Math.max(last.end(), s.end()));
      } else {
        out.add(last);
        last = s;
      }
    }
    out.add(last);
    return out;
  }
}
