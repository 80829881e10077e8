package io.papercuts.ingest;

import java.time.Instant;

/**
 * One turn of a support conversation; speaker is "customer", "agent" or "system".
 *
 * @param agentId the agent's id (JSON Lines {@code agent_id}; a plain-text prefix's bracketed
 *     id or name, e.g. {@code Priya} from {@code Agent (Priya):}); it tells agents apart for the
 *     effort signals and is never written to a table. Null when unknown or not an agent turn.
 */
public record Turn(String speaker, String agentId, String text, Instant ts) {
}
