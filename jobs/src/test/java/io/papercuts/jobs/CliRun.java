package io.papercuts.jobs;

import io.papercuts.cli.PapercutsCli;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * One CLI invocation with its exit code and what it printed on stdout and stderr (captured by
 * swapping {@link System#out} and {@link System#err}; loggers bound to the original streams are
 * not captured). Also the folder helpers the end-to-end robustness tests share. Not thread-safe:
 * tests run one pipeline at a time.
 */
public record CliRun(int exitCode, String stdout, String stderr) {

  static CliRun of(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBuf = new ByteArrayOutputStream();
    ByteArrayOutputStream errBuf = new ByteArrayOutputStream();
    System.setOut(new PrintStream(outBuf, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(errBuf, true, StandardCharsets.UTF_8));
    int code;
    try {
      code = PapercutsCli.execute(args);
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    CliRun run = new CliRun(code, outBuf.toString(StandardCharsets.UTF_8),
        errBuf.toString(StandardCharsets.UTF_8));
    out.println("$ papercuts " + String.join(" ", args) + "\n-> exit " + code + "\n" + run.stdout
        + (run.stderr.isEmpty() ? "" : "[stderr]\n" + run.stderr));
    return run;
  }

  /** {@code nightly} in local mode with two cores, plus any extra options. */
  static CliRun nightly(Path input, Path output, String runDate, String... extra) {
    List<String> args = new ArrayList<>(List.of("nightly", "--input", input.toString(),
        "--output", output.toString(), "--run-date", runDate, "--master", "local[2]"));
    args.addAll(List.of(extra));
    return of(args.toArray(String[]::new));
  }

  @Override
  public String toString() {
    return "exit " + exitCode + "\n[stdout]\n" + stdout + "\n[stderr]\n" + stderr;
  }

  /** A fixture folder of the test class, {@code src/test/resources/<TestClass>/<name>}. */
  static Path fixture(Class<?> testClass, String name) {
    try {
      return Path.of(testClass.getResource("/" + testClass.getSimpleName() + "/" + name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Copies a folder tree (so a test can add generated files without touching the fixture). */
  public static Path copyTree(Path from, Path to) {
    try (Stream<Path> all = Files.walk(from)) {
      for (Path p : all.toList()) {
        Path target = to.resolve(from.relativize(p).toString());
        if (Files.isDirectory(p)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(p, target);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return to;
  }

  /** Writes {@code text} as UTF-16LE with its byte-order mark (an Excel "Unicode text" export). */
  static void writeUtf16WithBom(Path file, String text) {
    byte[] utf16 = text.getBytes(StandardCharsets.UTF_16LE);
    byte[] withBom = new byte[utf16.length + 2];
    withBom[0] = (byte) 0xFF;
    withBom[1] = (byte) 0xFE;
    System.arraycopy(utf16, 0, withBom, 2, utf16.length);
    try {
      Files.write(file, withBom);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Deletes a folder tree; the folder must exist. */
  public static void deleteTree(Path dir) {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The table folders under an output root (not {@code _staging} or other marker folders). */
  static List<String> tables(Path output) {
    if (!Files.isDirectory(output)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(output)) {
      return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
          // reports/ holds the HTML and CSV report, not a Parquet table.
          .filter(n -> !n.startsWith("_") && !n.startsWith(".") && !n.equals("reports"))
          .sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Regular files (not folders) anywhere under {@code dir}; empty when it does not exist. */
  static List<Path> filesUnder(Path dir) {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
