package io.papercuts.pii;

import java.util.List;

/**
 * Finds one kind of secret in a text. Implementations are stateless (precompiled static
 * patterns) and therefore thread-safe.
 */
interface PiiFinder {

  /** The kind of secret this finder reports. */
  PiiType type();

  /** Spans of the secrets in {@code text}: non-overlapping, in ascending order. */
  List<Span> find(String text);
}
