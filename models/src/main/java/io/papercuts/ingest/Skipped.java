package io.papercuts.ingest;

/**
 * A record that was read and is valid but yields no text to analyse, e.g. an exit-survey response
 * with an empty comment (its stated reason and churn are still kept, see {@link SurveyResponse}),
 * or a second copy of a record already read ({@link #DUPLICATE}).
 *
 * @param line 1-based line where the record starts; 0 when the whole file is meant
 * @param reason a stable code such as {@link #EMPTY_COMMENT}, optionally followed by ": detail"
 */
public record Skipped(SourceKind source, String file, long line, String reason) {

  /** A survey response whose comment is empty or a placeholder such as "n/a" or "-". */
  public static final String EMPTY_COMMENT = "empty_comment";
  /** A review whose body is empty or a placeholder such as "n/a" (a rating alone, no text). */
  public static final String EMPTY_BODY = "empty_body";
  /** A file whose extension no parser reads (reported by the caller, line 0). */
  public static final String UNSUPPORTED_EXTENSION = "unsupported_extension";
  /** An Office lock file ({@code ~$reviews.csv}): written while the file is open in Excel. */
  public static final String LOCK_FILE = "lock_file";
  /** A hidden file (name starting with a dot), e.g. {@code .hidden.csv}, {@code .DS_Store}. */
  public static final String HIDDEN_FILE = "hidden_file";
  /** An editor backup or temporary file ({@code reviews.csv~}, {@code .bak}, {@code .swp}). */
  public static final String BACKUP_FILE = "backup_file";
  /**
   * A second copy of a record already read this run (same survey response id, review id or
   * conversation id), e.g. from an overlapping export; the first copy by (file, line) is kept.
   */
  public static final String DUPLICATE = "duplicate";

  /**
   * The reason of a duplicate: {@code duplicate: duplicate of <where> (same <idField>)}.
   *
   * @param where the first copy: {@code line 3} in the same file, {@code <file>:<line>} in another
   */
  public static String duplicateOf(String where, String idField) {
    return DUPLICATE + ": duplicate of " + where + " (same " + idField + ")";
  }
}
