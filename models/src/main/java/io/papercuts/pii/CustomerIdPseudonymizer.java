package io.papercuts.pii;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Replaces a customer id with a stable pseudonym: {@code p_} followed by the first 16 hex
 * characters (64 bits) of HMAC-SHA256(key, UTF-8 id). The same key always gives the same
 * pseudonym, so joins across sources and runs keep working; without the key the id cannot be
 * recovered or confirmed by hashing guesses. 64 bits keep collisions negligible for millions of
 * customers (about 3 in a million for ten million ids).
 *
 * <p>Needs a key of at least {@value #MIN_KEY_BYTES} bytes, e.g. from
 * {@link #fromEnvironment(String)}. The key is copied on construction and never appears in
 * {@link #toString()}. Immutable and thread-safe: each call uses its own {@link Mac}. It is
 * serialisable so a Spark job can ship it to executors; the key then travels inside the task.
 */
public final class CustomerIdPseudonymizer implements Serializable {

  /** Prefix of every pseudonym, so a pseudonym is never mistaken for a raw id. */
  public static final String PREFIX = "p_";
  /** Hex characters kept from the HMAC. */
  public static final int HEX_LENGTH = 16;
  /** Shortest accepted key. */
  public static final int MIN_KEY_BYTES = 16;

  private static final long serialVersionUID = 1L;
  private static final String ALGORITHM = "HmacSHA256";

  private final byte[] key;

  private CustomerIdPseudonymizer(byte[] key) {
    this.key = key;
  }

  /**
   * A pseudonymizer keyed with a copy of {@code key}.
   *
   * @throws IllegalArgumentException when the key is shorter than {@value #MIN_KEY_BYTES} bytes
   */
  public static CustomerIdPseudonymizer withKey(byte[] key) {
    Objects.requireNonNull(key, "key");
    if (key.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("pseudonymization key has " + key.length
          + " bytes; at least " + MIN_KEY_BYTES + " are needed");
    }
    return new CustomerIdPseudonymizer(key.clone());
  }

  /**
   * A pseudonymizer keyed with the UTF-8 bytes of environment variable {@code envVarName}, or
   * empty when the variable is not set.
   *
   * @throws IllegalArgumentException when the variable is set (even to an empty string) but
   *     holds fewer than {@value #MIN_KEY_BYTES} bytes; failing beats silently writing raw ids
   */
  public static Optional<CustomerIdPseudonymizer> fromEnvironment(String envVarName) {
    return fromEnvironment(envVarName, System.getenv());
  }

  /** As {@link #fromEnvironment(String)}, reading {@code environment} instead of the process's. */
  public static Optional<CustomerIdPseudonymizer> fromEnvironment(String envVarName,
      Map<String, String> environment) {
    Objects.requireNonNull(envVarName, "envVarName");
    String value = environment.get(envVarName);
    if (value == null) {
      return Optional.empty();
    }
    byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < MIN_KEY_BYTES) {
      throw new IllegalArgumentException("environment variable " + envVarName + " is set but holds "
          + bytes.length + " bytes; a pseudonymization key needs at least " + MIN_KEY_BYTES
          + " (generate one with: openssl rand -hex 32), or unset it to keep customer ids"
          + " as they are");
    }
    return Optional.of(new CustomerIdPseudonymizer(bytes));
  }

  /** The pseudonym of {@code customerId}; null for null. */
  public String pseudonymize(String customerId) {
    if (customerId == null) {
      return null;
    }
    byte[] mac = newMac().doFinal(customerId.getBytes(StandardCharsets.UTF_8));
    return PREFIX + HexFormat.of().formatHex(mac, 0, HEX_LENGTH / 2);
  }

  private Mac newMac() {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac;
    } catch (GeneralSecurityException e) {
      // Every Java SE runtime must provide HmacSHA256.
      throw new IllegalStateException(ALGORITHM + " is not available", e);
    }
  }

  @Override
  public String toString() {
    return "CustomerIdPseudonymizer[" + ALGORITHM + ", key=<hidden>]";
  }
}
