/**
 * The sentence rules: which cues a sentence holds, and what they make of it. Plain Java, no Spark;
 * everything here is immutable and thread-safe.
 *
 * <p>What lives here, in the order a sentence meets it:
 * <ul>
 *   <li>{@link io.papercuts.cues.CueLexicon} (the word lists, {@code cue-lexicon.csv}, phrase
 *       syntax in {@code PhrasePattern}) and {@link io.papercuts.cues.CueDetector}, which finds
 *       {@link io.papercuts.cues.Cue}s with their negation;
 *   <li>{@link io.papercuts.cues.CueType}: the kinds of cue and what each means to the rules
 *       (polarity as written and negated, grievance, hedge, loud, paper-cut cue);
 *   <li>{@link io.papercuts.cues.ComplaintClassifier}, the entry point, composing one class per
 *       decision: {@code ComplaintRules} (is it a complaint), {@code MixedSentenceRules} (is it
 *       mixed, or turned by a contrast) and {@code QuietnessRules} (quiet or loud), helped by
 *       {@code SpanPolarity} and the unit's {@link io.papercuts.cues.DocumentContext};
 *   <li>{@link io.papercuts.cues.SentenceVerdict} and its {@link io.papercuts.cues.Evidence}: the
 *       verdict and the rules that fired, written to {@code sentences.evidence}
 *       ({@link io.papercuts.cues.Evidence.Kind} labels are an output contract: never rename one).
 * </ul>
 *
 * <p>A new cue type goes in: a constant in {@code CueType} with its attributes (the rules read
 * polarity, grievance, hedge and loudness from there, not from lists of types); the same name in
 * {@link io.papercuts.cues.CueLexicon.EntryType}; its rows in {@code cue-lexicon.csv}; and the
 * switch in {@code ComplaintRules#reason}, which does not compile until the type says which
 * {@code Evidence.Kind} it writes as a complaint reason (a new kind when it is negative, else
 * none). A type that needs a rule of its own also touches the rule class that decides it. Each
 * new cue type or evidence kind is a new value analysts see in {@code sentences}: add it to
 * {@code docs/schema.md} and {@code docs/method.md}.
 */
package io.papercuts.cues;
