package io.papercuts.jobs;

import io.papercuts.cues.ComplaintClassifier;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A content hash of the code and resources a unit's sentence rows depend on, plus the CoreNLP
 * model version: the rules' packages ({@code io/papercuts/annotate/}, {@code cues/}, {@code nlp/},
 * {@code themes/},
 * their lexicons, word lists and built-in taxonomy included) and the few jobs classes that turn
 * an analysis into rows ({@link #ROW_CLASSES}), in the jars or class folders this JVM runs. Entry
 * names and bytes are hashed, not file times, so a rebuild of unchanged sources keeps the value;
 * a change to the rules recomputes the sentences, while a change to the report, ingest or the
 * CLI does not. A user's taxonomy is hashed apart ({@link Rules#hash}). When the code cannot be
 * read (an unusual class loader) the value is random, so nothing is ever reused on a guess.
 * Computed once per JVM, on the driver.
 */
final class CodeFingerprint {

  /** The packages whose every class and resource the rows depend on. */
  private static final List<String> RULE_PACKAGES =
      List.of("io/papercuts/annotate/", "io/papercuts/cues/", "io/papercuts/nlp/",
          "io/papercuts/themes/");
  /** The jobs classes (with their nested classes) that build the rows from an analysis. */
  static final List<String> ROW_CLASSES = List.of("SentenceRows", "AnalysisRows", "Rules")
      .stream()
      .map(c -> "io/papercuts/jobs/" + c).toList();
  private static final String VALUE = compute();

  private CodeFingerprint() {
  }

  static String value() {
    return VALUE;
  }

  private static String compute() {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      Set<Path> sources = new LinkedHashSet<>();
      for (Class<?> c : List.of(SentenceRows.class, ComplaintClassifier.class,
          CoreNlpAnalyzer.class)) {
        CodeSource source = c.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
          return unknown();
        }
        sources.add(Path.of(source.getLocation().toURI()));
      }
      for (Path source : sources) {
        if (Files.isDirectory(source)) {
          hashFolder(digest, source);
        } else {
          hashJar(digest, source);
        }
      }
      digest.update(CoreNlpAnalyzer.MODEL_VERSION.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return unknown();
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required by every JVM", e);
    }
  }

  private static void hashJar(MessageDigest digest, Path jar) throws IOException {
    try (JarFile file = new JarFile(jar.toFile())) {
      List<JarEntry> entries = file.stream()
          .filter(e -> !e.isDirectory() && counts(e.getName()))
          .sorted(java.util.Comparator.comparing(JarEntry::getName)).toList();
      for (JarEntry e : entries) {
        digest.update(e.getName().getBytes(StandardCharsets.UTF_8));
        try (InputStream in = file.getInputStream(e)) {
          digest.update(in.readAllBytes());
        }
      }
    }
  }

  private static void hashFolder(MessageDigest digest, Path root) throws IOException {
    Path own = root.resolve("io/papercuts");
    if (!Files.isDirectory(own)) {
      return;
    }
    try (Stream<Path> files = Files.walk(own)) {
      for (Path p : files.filter(Files::isRegularFile)
          .filter(f -> counts(root.relativize(f).toString().replace('\\', '/'))).sorted()
          .toList()) {
        digest.update(root.relativize(p).toString().replace('\\', '/')
            .getBytes(StandardCharsets.UTF_8));
        digest.update(Files.readAllBytes(p));
      }
    }
  }

  /** Whether an entry (a path inside a jar or class folder) is part of what rows depend on. */
  static boolean counts(String entry) {
    if (RULE_PACKAGES.stream().anyMatch(entry::startsWith)) {
      return true;
    }
    for (String c : ROW_CLASSES) {
      if (entry.equals(c + ".class") || entry.startsWith(c + "$")) {
        return true;
      }
    }
    return false;
  }

  private static String unknown() {
    return "unknown-" + UUID.randomUUID();
  }
}
