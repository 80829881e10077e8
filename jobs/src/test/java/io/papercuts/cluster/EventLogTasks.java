package io.papercuts.cluster;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a Spark event log (uncompressed JSON lines) and prints, per stage, how many successful
 * tasks each executor ran; used by {@code scripts/cluster-test} (run in source-file mode with
 * Spark's jars, which include Jackson) to show that every executor did annotation work.
 *
 * <p>The annotate stage is the one that runs CoreNLP: among the stages of jobs started from
 * {@code AnnotateJob.run}, the one with the most executor run time.
 */
public final class EventLogTasks {

  private EventLogTasks() {
  }

  record Stage(int id, String name, boolean fromAnnotate, Map<String, Integer> tasks,
      Map<String, Long> runMs) {
  }

  public static void main(String[] args) throws Exception {
    ObjectMapper json = new ObjectMapper();
    Map<Integer, Stage> stages = new TreeMap<>();
    Map<String, String> sqlDetails = new java.util.HashMap<>();
    Map<Integer, String> stageSql = new java.util.HashMap<>();
    try (BufferedReader in = Files.newBufferedReader(Path.of(args[0]), StandardCharsets.UTF_8)) {
      for (String line; (line = in.readLine()) != null; ) {
        JsonNode e = json.readTree(line);
        String type = e.path("Event").asText();
        if (type.endsWith("SparkListenerSQLExecutionStart")) {
          sqlDetails.put(e.path("executionId").asText(), e.path("details").asText());
        } else if (type.equals("SparkListenerJobStart")) {
          String sql = sqlDetails.getOrDefault(
              e.path("Properties").path("spark.sql.execution.id").asText(), "");
          e.path("Stage IDs").forEach(id -> stageSql.put(id.asInt(), sql));
        } else if (type.equals("SparkListenerStageSubmitted")) {
          JsonNode info = e.path("Stage Info");
          int id = info.path("Stage ID").asInt();
          // The call site is in the stage's details, or (stages started from an AQE future) in
          // the details of the SQL execution its job belongs to.
          String site = info.path("Details").asText() + stageSql.getOrDefault(id, "");
          stages.putIfAbsent(id, new Stage(id, info.path("Stage Name").asText(),
              site.contains("io.papercuts.jobs.AnnotateJob.run"), new TreeMap<>(), new TreeMap<>()));
        } else if (type.equals("SparkListenerTaskEnd")
            && e.path("Task End Reason").path("Reason").asText().equals("Success")) {
          Stage s = stages.get(e.path("Stage ID").asInt());
          if (s == null) {
            continue;
          }
          String executor = e.path("Task Info").path("Executor ID").asText();
          s.tasks().merge(executor, 1, Integer::sum);
          s.runMs().merge(executor, e.path("Task Metrics").path("Executor Run Time").asLong(), Long::sum);
        }
      }
    }
    Stage annotate = stages.values().stream().filter(Stage::fromAnnotate)
        .max(java.util.Comparator.comparingLong(s -> total(s.runMs()))).orElse(null);
    System.out.println("stages with tasks: " + stages.values().stream().filter(s -> !s.tasks().isEmpty()).count()
        + "; successful tasks per executor over all stages:");
    Map<String, Integer> all = new TreeMap<>();
    stages.values().forEach(s -> s.tasks().forEach((k, v) -> all.merge(k, v, Integer::sum)));
    all.forEach((k, v) -> System.out.println("  executor " + k + ": " + v + " tasks"));
    if (annotate == null) {
      System.out.println("no stage from AnnotateJob.run found");
      return;
    }
    System.out.printf("annotate stage %d (%s): %d tasks, %.1f s executor run time%n", annotate.id(),
        annotate.name(), total(annotate.tasks()), total(annotate.runMs()) / 1000.0);
    annotate.tasks().forEach((k, v) -> System.out.printf("  executor %s: annotate tasks %d, run time %.1f s%n",
        k, v, annotate.runMs().get(k) / 1000.0));
  }

  private static long total(Map<String, ? extends Number> m) {
    return m.values().stream().mapToLong(Number::longValue).sum();
  }
}
