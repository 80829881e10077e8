package io.papercuts.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.papercuts.nlp.AnalyzedSentence;
import io.papercuts.nlp.CoreNlpAnalyzer;
import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The slim model jar ({@code papercuts-jobs-<v>-models-slim.jar}, built by {@code mvn package}) is
 * all the analyzer needs: a JVM whose class path is the test class path without the two CoreNLP
 * model jars, plus the slim jar, gives exactly the sentences (tokens, POS, lemmas, sentiment class
 * and score, parsed flag, keyphrases) of the analyzer here, with the full model jars. Fails when
 * the pipeline starts to read a model file the slim jar lacks (a new annotator, another CoreNLP
 * version): then add the file to the includes in jobs/pom.xml.
 *
 * <p>A separate JVM, not a class loader: CoreNLP looks models up in the system class loader first.
 */
class SlimModelsIT {

  static final Path REVIEWS =
      Path.of("..", "sample-data", "reviews", "reviews-2026-10.csv").toAbsolutePath().normalize();

  /** Over {@link CoreNlpAnalyzer#MAX_PARSE_TOKENS} tokens: the unparsed (flat tree) path too. */
  static final String LONG = "I tried to log in" + ", and then the app asked me for the code again"
      .repeat(12) + " before it finally crashed.";

  static final String TAGGER = "edu/stanford/nlp/models/pos-tagger/english-left3words-distsim.tagger";

  @TempDir
  Path tmp;

  @Test
  void slimJarGivesTheSameAnalysesAsTheFullModelJars() throws Exception {
    Path slim = slimJar();
    String[] entries = System.getProperty("java.class.path").split(File.pathSeparator);
    List<String> kept = new ArrayList<>();
    for (String entry : entries) {
      if (!entry.isEmpty() && !isModelJar(entry)) {
        kept.add(entry);
      }
    }
    assertEquals(entries.length - 2, kept.size(), "the two CoreNLP model jars on the test class path");
    kept.add(slim.toString());

    Path out = tmp.resolve("slim.txt");
    Path log = tmp.resolve("slim.log");
    Process child = new ProcessBuilder(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx3g",
        "-cp", String.join(File.pathSeparator, kept), SlimModelsIT.class.getName(), out.toString())
        .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    List<String> full = analyses();
    assertTrue(child.waitFor(10, TimeUnit.MINUTES), "slim JVM did not finish");
    assertEquals(0, child.exitValue(), () -> "slim JVM failed:\n" + read(log));

    List<String> slimmed = Files.readAllLines(out, StandardCharsets.UTF_8);
    assertTrue(full.size() > 300, "sentences: " + full.size());
    assertTrue(full.stream().anyMatch(s -> s.contains("parsed=false")), "no unparsed sentence");
    assertEquals(full.size(), slimmed.size(), "sentence count");
    for (int i = 0; i < full.size(); i++) {
      assertEquals(full.get(i), slimmed.get(i), "sentence " + i);
    }
  }

  /** The slim side: run with the slim class path; writes one analysed sentence per line. */
  public static void main(String[] args) throws Exception {
    URL other = ClassLoader.getSystemResource("edu/stanford/nlp/models/lexparser/englishPCFG.ser.gz");
    URL tagger = ClassLoader.getSystemResource(TAGGER);
    if (other != null || tagger == null || !tagger.toString().contains("-models-slim")) {
      System.err.println("not a slim class path: englishPCFG at " + other + ", tagger at " + tagger);
      System.exit(2);
    }
    Files.write(Path.of(args[0]), analyses(), StandardCharsets.UTF_8);
  }

  static List<String> analyses() throws Exception {
    List<String> texts = new ArrayList<>(Files.readAllLines(REVIEWS, StandardCharsets.UTF_8));
    texts.add(LONG);
    List<String> out = new ArrayList<>();
    for (String t : texts) {
      for (AnalyzedSentence s : CoreNlpAnalyzer.shared().analyze(t)) {
        out.add(s.toString().replace("\n", "\\n"));
      }
    }
    return out;
  }

  private static boolean isModelJar(String entry) {
    return Path.of(entry).getFileName().toString()
        .matches("stanford-corenlp-.*-models(-english)?\\.jar");
  }

  private static Path slimJar() throws Exception {
    try (Stream<Path> files = Files.list(Path.of("target"))) {
      List<Path> jars = files
          .filter(p -> p.getFileName().toString().matches("papercuts-jobs-.*-models-slim\\.jar"))
          .collect(Collectors.toList());
      assertEquals(1, jars.size(), "slim model jar in target/ (built by mvn package): " + jars);
      return jars.get(0).toAbsolutePath();
    }
  }

  private static String read(Path p) {
    try {
      return Files.readString(p);
    } catch (Exception e) {
      return "(no log: " + e + ")";
    }
  }
}
