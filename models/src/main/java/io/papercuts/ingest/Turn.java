package io.papercuts.ingest;

import java.time.Instant;

/** One turn of a support conversation; speaker is "customer", "agent" or "system". */
public record Turn(String speaker, String agentId, String text, Instant ts) {
}
