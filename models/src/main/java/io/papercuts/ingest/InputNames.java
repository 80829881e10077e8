package io.papercuts.ingest;

import java.util.Locale;
import java.util.Optional;

/**
 * What the names under the input folder mean: which source folder a folder name is
 * (case-insensitive, singular or plural: {@code Surveys/}, {@code review/}), and which file
 * names are not data whatever their extension: Office lock files, hidden files, editor backups.
 * Names starting with {@code _} are data ({@code _part2.csv} is a real export), unlike in
 * Hadoop's input formats. Stateless.
 */
public final class InputNames {

  private InputNames() {
  }

  /** The source a folder directly under the input holds, or empty for another folder. */
  public static Optional<SourceKind> sourceOfFolder(String name) {
    String n = name.toLowerCase(Locale.ROOT);
    for (SourceKind kind : SourceKind.values()) {
      String plural = kind.dir();
      if (n.equals(plural) || n.equals(plural.substring(0, plural.length() - 1))) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }

  /**
   * Why a file is not data ({@code code: detail}, a {@link Skipped} code), or empty when it may
   * be: lock files and backups have data extensions ({@code ~$reviews.csv}) but must not fail a
   * night.
   */
  public static Optional<String> notData(String fileName) {
    String n = fileName.toLowerCase(Locale.ROOT);
    if (n.startsWith("~$")) {
      return Optional.of(Skipped.LOCK_FILE + ": an Office lock file, present while the file is "
          + "open in Excel; not data");
    }
    if (n.startsWith(".~lock.")) {
      return Optional.of(Skipped.LOCK_FILE + ": a LibreOffice lock file; not data");
    }
    if (n.startsWith(".")) {
      return Optional.of(Skipped.HIDDEN_FILE + ": a hidden file (its name starts with '.'); "
          + "rename it to have it read");
    }
    if (n.endsWith("~") || n.endsWith(".bak") || n.endsWith(".swp") || n.endsWith(".swo")
        || n.endsWith(".tmp") || n.startsWith("#") && n.endsWith("#")) {
      return Optional.of(Skipped.BACKUP_FILE + ": an editor backup or temporary file; not data");
    }
    if (n.equals("thumbs.db") || n.equals("desktop.ini")) {
      return Optional.of(Skipped.HIDDEN_FILE + ": a system file; not data");
    }
    return Optional.empty();
  }
}
