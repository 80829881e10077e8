package io.papercuts.ingest;

/**
 * A rejected input record, kept with where it came from and why. {@code raw} is the original
 * text, PII-redacted and truncated; {@code reason} is redacted too (it may quote a bad value).
 */
public record Quarantined(SourceKind source, String file, long line, String reason, String raw) {
}
