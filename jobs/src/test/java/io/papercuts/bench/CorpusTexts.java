package io.papercuts.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Every text of a folder written by {@code papercuts generate}, read the way someone running plain
 * CoreNLP over their feedback export would: each survey comment (empty and "n/a" included), each
 * review's title and body, each transcript turn (agent and system turns included). Independent of
 * papercuts' ingest code on purpose.
 */
final class CorpusTexts {

  /** One text and whether a customer wrote it (survey comment, review, customer turn). */
  record Text(String text, boolean customer) {
  }

  private static final CSVFormat CSV = CSVFormat.DEFAULT.builder().setHeader()
      .setSkipHeaderRecord(true).build();

  private CorpusTexts() {
  }

  static List<Text> read(Path input) throws IOException {
    List<Text> out = new ArrayList<>();
    for (Path f : files(input.resolve("surveys"), ".csv")) {
      for (CSVRecord r : csv(f)) {
        out.add(new Text(r.get("comment"), true));
      }
    }
    for (Path f : files(input.resolve("reviews"), ".csv")) {
      for (CSVRecord r : csv(f)) {
        String title = r.get("title");
        out.add(new Text(title.isBlank() ? r.get("body") : title + ". " + r.get("body"), true));
      }
    }
    ObjectMapper json = new ObjectMapper();
    for (Path f : files(input.resolve("transcripts"), ".jsonl")) {
      try (BufferedReader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
        for (String line = in.readLine(); line != null; line = in.readLine()) {
          if (line.isBlank()) {
            continue;
          }
          for (JsonNode turn : json.readTree(line).path("turns")) {
            out.add(new Text(turn.path("text").asText(""), "customer".equals(turn.path("speaker").asText())));
          }
        }
      }
    }
    if (out.isEmpty()) {
      throw new IOException("no surveys/*.csv, reviews/*.csv or transcripts/*.jsonl under " + input);
    }
    return out;
  }

  private static List<CSVRecord> csv(Path f) throws IOException {
    try (Reader in = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
      return CSV.parse(in).getRecords();
    }
  }

  private static List<Path> files(Path dir, String suffix) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.getFileName().toString().endsWith(suffix)).sorted().toList();
    }
  }
}
