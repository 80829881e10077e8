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
 * @param evidence short stable strings naming each rule that fired and its cue, in a fixed order:
 *     complaint reasons, then mixed, then quiet reasons (or the reason it is not a complaint)
 */
public record SentenceVerdict(
    List<Cue> cues,
    boolean complaint,
    boolean quiet,
    boolean mixed,
    List<String> evidence) {

  public SentenceVerdict {
    cues = List.copyOf(cues);
    evidence = List.copyOf(evidence);
    if (quiet && !complaint) {
      throw new IllegalArgumentException("a quiet sentence must be a complaint");
    }
  }
}
