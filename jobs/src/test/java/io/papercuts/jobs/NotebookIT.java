package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The notebook path, as an analyst takes it: the sample night is run, then the shipped notebook
 * (docs/notebooks/explore-papercuts.ipynb) is executed by Jupyter and the pandas recipe of
 * docs/schema.md by Python, both on that output, with no Spark on the Python side. Skips, saying
 * what to install, when this machine's python3 lacks the packages (CI installs them).
 */
class NotebookIT {

  private static final Path ROOT = SampleRunIT.SAMPLE.getParent();
  private static final List<String> MODULES =
      List.of("duckdb", "pyarrow", "pandas", "matplotlib", "nbconvert", "nbclient", "ipykernel");

  @TempDir
  static Path work;
  static Path out;

  @BeforeAll
  static void runSampleNight() throws Exception {
    Python probe = python(List.of("-c", "import " + String.join(", ", MODULES)), Map.of());
    Assumptions.assumeTrue(probe.exitCode() == 0, "python3 with " + MODULES + " is needed "
        + "(pip install " + String.join(" ", MODULES) + "): " + probe.output());
    out = work.resolve("out");
    CliRun run = CliRun.nightly(SampleRunIT.SAMPLE, out, "2026-10-31");
    assertEquals(0, run.exitCode(), run.toString());
  }

  @Test
  void theShippedNotebookRunsOnTheOutput() throws Exception {
    Path executed = work.resolve("executed.ipynb");
    Python run = python(List.of("-m", "jupyter", "nbconvert", "--to", "notebook", "--execute",
        "--output", executed.toString(),
        ROOT.resolve("docs/notebooks/explore-papercuts.ipynb").toString()),
        Map.of("PAPERCUTS_OUT", out.toString()));
    assertEquals(0, run.exitCode(), run.output());
    String cells = Files.readString(executed, StandardCharsets.UTF_8);
    assertTrue(cells.contains("latest night: 2026-10-31"), "the notebook did not find the night");
    assertTrue(!cells.contains("\"output_type\": \"error\""), "a cell failed");
    // Its ranking is the themes table's: each of the top five, with its customer count.
    try (DuckDb db = new DuckDb(out)) {
      for (List<Object> t : db.rows("SELECT label, customers FROM " + db.table("themes")
          + " WHERE rank <= 5 ORDER BY rank")) {
        assertTrue(cells.matches("(?s).*" + java.util.regex.Pattern.quote(t.get(0).toString())
            + " +(taxonomy|discovered) +" + t.get(1) + "\\b.*"), "not in the notebook: " + t);
      }
    }
  }

  @Test
  void theSchemaDocsPandasRecipeRuns() throws Exception {
    String doc = Files.readString(ROOT.resolve("docs/schema.md"), StandardCharsets.UTF_8);
    int section = doc.indexOf("## Notebook recipe (pandas / pyarrow)");
    int start = doc.indexOf("```python\n", section) + "```python\n".length();
    String recipe = doc.substring(start, doc.indexOf("```\n", start))
        .replace("\"out/", "\"" + out + "/").replace("f\"out/", "f\"" + out + "/");
    assertTrue(section >= 0 && recipe.contains(out.toString()), "recipe not found in schema.md");
    Path script = work.resolve("recipe.py");
    Files.writeString(script, recipe, StandardCharsets.UTF_8);
    Python run = python(List.of(script.toString()), Map.of());
    assertEquals(0, run.exitCode(), run.output());
    // The recipe's last line prints the top theme's quotes.
    assertTrue(run.output().contains("quote"), run.output());
  }

  private record Python(int exitCode, String output) {
  }

  /** Runs python3 with a non-interactive plot backend (plt.show() draws nothing). */
  private static Python python(List<String> args, Map<String, String> env)
      throws IOException, InterruptedException {
    List<String> cmd = new ArrayList<>(List.of("python3"));
    cmd.addAll(args);
    ProcessBuilder pb = new ProcessBuilder(cmd).redirectErrorStream(true);
    pb.environment().put("MPLBACKEND", "Agg");
    pb.environment().putAll(env);
    Process p;
    try {
      p = pb.start();
    } catch (IOException e) {
      return new Python(127, "python3 not found: " + e.getMessage());
    }
    String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(5, TimeUnit.MINUTES)) {
      p.destroyForcibly();
      return new Python(124, "timed out: " + output);
    }
    return new Python(p.exitValue(), output);
  }
}
