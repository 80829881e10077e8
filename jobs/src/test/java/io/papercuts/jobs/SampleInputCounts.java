package io.papercuts.jobs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;

/**
 * Counts the records of an input folder independently of the pipeline's parsers (plain Commons
 * CSV and Jackson), so the end-to-end test can check that nothing was lost or invented.
 */
record SampleInputCounts(long surveyRows, long reviewRows, long conversations, long customerTurns,
    long customerRows) {

  long records() {
    return surveyRows + reviewRows + conversations + customerRows;
  }

  static SampleInputCounts of(Path input) throws IOException {
    long surveys = csvRows(input.resolve("surveys"));
    long reviews = csvRows(input.resolve("reviews"));
    long customers = csvRows(input.resolve("customers"));
    long conversations = 0;
    long customerTurns = 0;
    ObjectMapper json = new ObjectMapper();
    for (Path f : files(input.resolve("transcripts"), ".jsonl")) {
      for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
        if (line.isBlank()) {
          continue;
        }
        conversations++;
        for (JsonNode turn : json.readTree(line).get("turns")) {
          if ("customer".equals(turn.get("speaker").asText())) {
            customerTurns++;
          }
        }
      }
    }
    for (Path f : files(input.resolve("transcripts"), ".txt")) {
      conversations++;
      customerTurns += Files.readAllLines(f, StandardCharsets.UTF_8).stream()
          .filter(l -> l.startsWith("Customer")).count();
    }
    return new SampleInputCounts(surveys, reviews, conversations, customerTurns, customers);
  }

  private static long csvRows(Path dir) throws IOException {
    long n = 0;
    for (Path f : files(dir, ".csv")) {
      try (Reader r = Files.newBufferedReader(f, StandardCharsets.UTF_8);
          CSVParser p = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).build()
              .parse(r)) {
        n += p.stream().count();
      }
    }
    return n;
  }

  private static List<Path> files(Path dir, String ext) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.list(dir)) {
      return s.filter(p -> p.toString().endsWith(ext)).sorted().toList();
    }
  }
}
