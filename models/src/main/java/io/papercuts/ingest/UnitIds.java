package io.papercuts.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Stable ids for feedback units: the first 16 hex digits of SHA-256 over
 * {@code source|docId|turnIdx} (turnIdx empty when null). The same input always gives the same
 * id, across runs and machines. Thread-safe (no shared state).
 */
public final class UnitIds {

  private UnitIds() {
  }

  public static String of(SourceKind source, String docId, Integer turnIdx) {
    String key = source.label() + "|" + docId + "|" + (turnIdx == null ? "" : turnIdx.toString());
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
