package io.papercuts.generate;

import io.papercuts.ingest.SourceKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * One text a customer will write (an exit-survey comment, a support conversation or a review), its
 * date and the themes it will mention, in planning order. Mutable while a {@link CustomerSampler}
 * plans it; confined to one thread.
 */
final class PlannedDocument {

  private final SourceKind source;
  private final LocalDate date;
  private final List<Theme> themes = new ArrayList<>(2);

  PlannedDocument(SourceKind source, LocalDate date) {
    this.source = source;
    this.date = date;
  }

  SourceKind source() {
    return source;
  }

  LocalDate date() {
    return date;
  }

  List<Theme> themes() {
    return Collections.unmodifiableList(themes);
  }

  boolean mentions(Theme theme) {
    return themes.contains(theme);
  }

  void add(Theme theme) {
    themes.add(theme);
  }
}
