package io.papercuts.pii;

/** A half-open character range {@code [start, end)} of a text that holds one secret. */
record Span(int start, int end) {
}
