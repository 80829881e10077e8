package io.papercuts.jobs;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** SHA-256 helpers for stable ids and content hashes. Thread-safe (no shared state). */
public final class Hashing {

  private Hashing() {
  }

  /**
   * The content hash of a normalised text or sentence ({@code text_hash}, {@code sentence_hash}):
   * units with the same text are split once, a sentence's hash keys {@code sentence_cache}.
   */
  public static String contentHash(String normalized) {
    return normalized == null ? null : sha256Hex(normalized).substring(0, 32);
  }

  public static String sha256Hex(String s) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      return HexFormat.of().formatHex(md.digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }
}
