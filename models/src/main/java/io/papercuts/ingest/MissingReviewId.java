package io.papercuts.ingest;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;

/**
 * What a review without an id gets ({@code ingest.reviews.missing_id}); public review sites'
 * exports often have no id column, or leave it blank. Without an id column the file is read all
 * the same, unless this is {@link #QUARANTINE} (or {@code ingest.reviews.column.review_id} names
 * a column the file lacks).
 * <ul>
 *   <li>{@link #ROW_HASH} (default): {@code gen-} and 16 hex digits of SHA-256 over the file's
 *       name (without its folders, so another night's copy of the same file gives the same id),
 *       the record's line and its text as read. Two reviews never share an id; an overlapping
 *       export (the same review in two files, or at another line) is not recognised as a
 *       duplicate.
 *   <li>{@link #CONTENT_HASH}: {@code gen-} and 16 hex digits of SHA-256 over the review's
 *       values (customer id, product, rating, title, body, date, as written): the same review in
 *       two exports, CSV or JSON Lines, gets the same id and counts once (a later copy is skipped
 *       as a duplicate); two reviews with identical values (the same "Great app", same stars,
 *       same day) count once too.
 *   <li>{@link #QUARANTINE}: the review id is required, as before: a blank id is quarantined as
 *       {@code missing_field}, a file without the column stops the run.
 * </ul>
 */
public enum MissingReviewId {
  ROW_HASH, CONTENT_HASH, QUARANTINE;

  /** Generated ids start with this, so an analyst can tell them from the export's own. */
  public static final String PREFIX = "gen-";

  /** The setting's value, e.g. {@code row_hash}. */
  public String value() {
    return name().toLowerCase(Locale.ROOT);
  }

  static MissingReviewId parse(String key, String value) {
    for (MissingReviewId m : values()) {
      if (m.value().equalsIgnoreCase(value.strip())) {
        return m;
      }
    }
    throw new IllegalArgumentException(key + " must be row_hash, content_hash or quarantine, got \""
        + value + "\"");
  }

  /**
   * The generated id of one review.
   *
   * @param file the file as named in outputs (only the name after the last '/' counts)
   * @param raw the record's text as read (a CSV row or a JSON line)
   * @param values the review's field values in a fixed order (null for absent)
   */
  String idFor(String file, long line, String raw, List<String> values) {
    StringBuilder key = new StringBuilder();
    if (this == ROW_HASH) {
      String name = file.substring(Math.max(file.lastIndexOf('/'), file.lastIndexOf('\\')) + 1);
      key.append("row\u0000").append(name).append('\u0000').append(line).append('\u0000')
          .append(raw);
    } else {
      key.append("content");
      for (String v : values) {
        key.append('\u0000').append(v == null ? "" : v);
      }
    }
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256")
          .digest(key.toString().getBytes(StandardCharsets.UTF_8));
      return PREFIX + HexFormat.of().formatHex(hash, 0, 8);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime has SHA-256", e);
    }
  }
}
