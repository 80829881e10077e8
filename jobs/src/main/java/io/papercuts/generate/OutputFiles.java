package io.papercuts.generate;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** Small shared helpers of the file writers: UTF-8 buffered output, CSV printers, ISO timestamps. */
final class OutputFiles {

  private OutputFiles() {
  }

  static Writer open(Path file) throws IOException {
    Files.createDirectories(file.toAbsolutePath().getParent());
    return new BufferedWriter(
        new OutputStreamWriter(Files.newOutputStream(file), StandardCharsets.UTF_8), 1 << 16);
  }

  /** RFC 4180 quoting with "\n" line ends, header row first. */
  static CSVPrinter csv(Path file, String... header) throws IOException {
    CSVFormat format = CSVFormat.DEFAULT.builder()
        .setHeader(header)
        .setRecordSeparator("\n")
        .build();
    return new CSVPrinter(open(file), format);
  }

  /** {@code 2026-07-14T09:13:22Z} for a second of the (UTC) day. */
  static String instant(LocalDate date, long secondOfDay) {
    return date.atStartOfDay().toInstant(ZoneOffset.UTC).plusSeconds(secondOfDay).toString();
  }

  /** The same instant written with a +02:00 offset, as some exports do. */
  static String offsetDateTime(LocalDate date, long secondOfDay) {
    return date.atStartOfDay().atOffset(ZoneOffset.UTC).plusSeconds(secondOfDay)
        .withOffsetSameInstant(ZoneOffset.ofHours(2)).toString();
  }
}
