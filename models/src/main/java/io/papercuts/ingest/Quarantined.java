package io.papercuts.ingest;

/**
 * A rejected input record, kept with where it came from and why. {@code raw} is the original
 * text, truncated; it must be PII-redacted before it is written anywhere.
 */
public record Quarantined(SourceKind source, String file, long line, String reason, String raw) {
}
