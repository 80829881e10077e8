package io.papercuts.cues;

import java.util.List;

/**
 * The complaint rules' verdict on one sentence.
 *
 * @param cues every cue found, in sentence order
 * @param complaint the sentence voices a grievance
 * @param quiet a complaint that is hedged, mild or sits in a positive document (never true
 *     without {@code complaint})
 * @param mixed the sentence turns between praise and a grievance around a contrast cue
 * @param findings each rule that fired and its cue, in a fixed order: complaint reasons, then
 *     mixed, then why a signal did not count, then quiet and loud reasons (or the one reason it is
 *     not a complaint); {@link #evidence()} is how they are written
 */
public record SentenceVerdict(
    List<Cue> cues,
    boolean complaint,
    boolean quiet,
    boolean mixed,
    List<Evidence> findings) {

  public SentenceVerdict {
    cues = List.copyOf(cues);
    findings = List.copyOf(findings);
    if (quiet && !complaint) {
      throw new IllegalArgumentException("a quiet sentence must be a complaint");
    }
  }

  /**
   * The findings as written to {@code sentences.evidence}, e.g. {@code breach:never heard back},
   * {@code hedged:not a big deal} ({@link Evidence#text()}).
   */
  public List<String> evidence() {
    return findings.stream().map(Evidence::text).toList();
  }
}
