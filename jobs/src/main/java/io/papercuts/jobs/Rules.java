package io.papercuts.jobs;

import io.papercuts.annotate.Papercuts;
import io.papercuts.annotate.TextAnnotator;
import io.papercuts.pii.PiiRedactor;
import io.papercuts.themes.StatedReasons;
import io.papercuts.themes.ThemeMatcher;
import io.papercuts.themes.ThemeSettings;
import io.papercuts.themes.ThemeTaxonomy;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;

/**
 * The configured rules of a run: the theme taxonomy (built-in, a user's file, or both, per
 * {@link ThemeSettings}) with its matcher and stated reasons, and the theme settings. Built once
 * per stage on the driver from the configuration and shipped in the closures (small and
 * serializable), so executors use what the driver validated, never a JVM-wide default.
 * {@link #hash()} is the content hash the caches key on: a changed taxonomy file recomputes the
 * sentences it may change, an unchanged one reuses them. Immutable and thread-safe.
 */
public final class Rules implements Serializable {

  private static final long serialVersionUID = 1L;

  private final ThemeSettings settings;
  private final ThemeMatcher themes;
  private final StatedReasons statedReasons;

  private Rules(ThemeSettings settings, ThemeTaxonomy taxonomy) {
    this.settings = settings;
    this.themes = ThemeMatcher.of(taxonomy);
    this.statedReasons = StatedReasons.of(taxonomy);
  }

  /**
   * The rules a configuration names. A taxonomy file is read with Hadoop's file system (a local
   * path or any URI the cluster reads); a bad file is an {@link IllegalArgumentException} naming
   * file, line and field (exit 2).
   */
  public static Rules of(PipelineConfig config) {
    return of(config.settings());
  }

  /** The same, from a run's settings ({@link PipelineConfig#settings()}) alone. */
  public static Rules of(java.util.Map<String, String> runSettings) {
    ThemeSettings settings = ThemeSettings.fromMap(
        PipelineConfig.namespace(runSettings, ThemeSettings.PREFIX));
    ThemeTaxonomy taxonomy = ThemeTaxonomy.defaults();
    if (settings.taxonomy() != null) {
      taxonomy = taxonomy.combinedWith(read(settings.taxonomy()), settings.mode());
    }
    return new Rules(settings, taxonomy);
  }

  private static ThemeTaxonomy read(String file) {
    Path path = new Path(file);
    try {
      FileSystem fs = path.getFileSystem(new Configuration());
      if (!fs.isFile(path)) {
        throw new IllegalArgumentException("taxonomy file " + file + " does not exist or is not "
            + "a file (--taxonomy / " + ThemeSettings.TAXONOMY + ")");
      }
      try (InputStream in = fs.open(path)) {
        String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
          text = text.substring(1);
        }
        return ThemeTaxonomy.parse(text, "taxonomy file " + file);
      }
    } catch (IOException e) {
      throw new IllegalArgumentException("cannot read taxonomy file " + file + ": "
          + e.getMessage(), e);
    }
  }

  public ThemeSettings settings() {
    return settings;
  }

  public ThemeMatcher themes() {
    return themes;
  }

  public ThemeTaxonomy taxonomy() {
    return themes.taxonomy();
  }

  /** The annotate stage's judgement with this run's taxonomy and {@code redactor}. */
  public TextAnnotator annotator(PiiRedactor redactor) {
    return Papercuts.annotator(themes, redactor);
  }

  public StatedReasons statedReasons() {
    return statedReasons;
  }

  /** What the sentence rows depend on besides code and models: the taxonomy's content. */
  public String hash() {
    return themes.taxonomy().contentHash().substring(0, 32);
  }
}
