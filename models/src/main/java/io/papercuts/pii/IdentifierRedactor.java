package io.papercuts.pii;

import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Personal data outside the text columns: ids (documents, responses, customers), file paths,
 * stated reasons, error messages. Free text goes through the {@link PiiRedactor} as it is. An id
 * or a path segment that holds personal data ({@code jane.doe@example.com}, {@code
 * export-415 555 0134.csv}) becomes its redaction followed by {@code ~} and 8 hex digits of a
 * hash of the original: the same id always gives the same value, two ids stay two ids (so
 * de-duplication, joins and counts are unchanged), and the original is not in the output. With a
 * {@link CustomerIdPseudonymizer} key the hash is keyed, so a guessed address cannot be confirmed
 * by hashing it; without one, 32 bits leave many candidates per value. Ids without personal data
 * are kept as they are, so everyday ids and file names stay readable.
 *
 * <p>Immutable and thread-safe; serialisable into Spark closures.
 */
public final class IdentifierRedactor implements Serializable {

  private static final long serialVersionUID = 1L;
  /** Hex digits of the hash kept after {@code ~}. */
  static final int SUFFIX_HEX = 8;

  private final PiiRedactor redactor;
  private final CustomerIdPseudonymizer key;

  /**
   * @param redactor finds the personal data
   * @param key keys the suffix hash when present; null for a plain SHA-256
   */
  public IdentifierRedactor(PiiRedactor redactor, CustomerIdPseudonymizer key) {
    this.redactor = Objects.requireNonNull(redactor, "redactor");
    this.key = key;
  }

  /** Customer-written or customer-derived free text (a stated reason, a message): redacted. */
  public String text(String text) {
    return redactor.redact(text);
  }

  /** An id: unchanged without personal data, else its redaction and a stable suffix. */
  public String id(String id) {
    if (id == null || id.isEmpty()) {
      return id;
    }
    String redacted = redactor.redact(id);
    return redacted.equals(id) ? id : redacted + "~" + suffix(id);
  }

  /**
   * A file path or URI: each {@code /}-separated segment as an {@link #id(String)}, so a
   * name or folder with personal data is replaced and the rest of the path stays; a file
   * name keeps its extension, which the parsers and readers go by.
   */
  public String path(String path) {
    if (path == null || path.isEmpty()) {
      return path;
    }
    String[] segments = path.split("/", -1);
    StringBuilder out = new StringBuilder(path.length());
    for (int i = 0; i < segments.length; i++) {
      if (i > 0) {
        out.append('/');
      }
      out.append(segment(segments[i]));
    }
    return out.toString();
  }

  /** A path segment; a file name keeps its extension last ({@code [EMAIL]~1a2b3c4d.csv}). */
  private String segment(String name) {
    if (redactor.redact(name).equals(name)) {
      return name;
    }
    int dot = name.lastIndexOf('.');
    if (dot > 0 && name.length() - dot <= 6) {
      // Redacted without the extension, which an e-mail finder would take for a domain part.
      String base = name.substring(0, dot);
      String redacted = redactor.redact(base);
      String ext = name.substring(dot);
      if (!redacted.equals(base) && redactor.redact(redacted + ext).equals(redacted + ext)) {
        return redacted + "~" + suffix(name) + ext;
      }
    }
    return id(name);
  }

  private String suffix(String original) {
    if (key != null) {
      // The pseudonym is "p_" + 16 hex digits of HMAC-SHA256(key, original).
      return key.pseudonymize(original).substring(CustomerIdPseudonymizer.PREFIX.length(),
          CustomerIdPseudonymizer.PREFIX.length() + SUFFIX_HEX);
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(original.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, SUFFIX_HEX / 2);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }

  @Override
  public String toString() {
    return "IdentifierRedactor[" + redactor + (key == null ? "" : ", keyed") + "]";
  }
}
