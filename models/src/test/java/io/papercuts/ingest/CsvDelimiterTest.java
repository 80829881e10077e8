package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CsvDelimiterTest {

  @Test
  void sniffsTheHeaderOutsideQuotes() {
    assertEquals(',', CsvDelimiter.sniff("review_id,rating,body"));
    assertEquals(';', CsvDelimiter.sniff("review_id;rating;body"));
    assertEquals('\t', CsvDelimiter.sniff("review_id\trating\tbody"));
    assertEquals('|', CsvDelimiter.sniff("review_id|rating|body"));
    assertEquals(',', CsvDelimiter.sniff("\"a;b;c\",rating"), "quoted semicolons do not count");
    assertEquals(',', CsvDelimiter.sniff("body"), "one column: comma");
    assertEquals(',', CsvDelimiter.sniff("a,b;c"), "a tie goes to comma");
  }

  @Test
  void tsvIsTabUnlessSetAndCsvIsSniffed() {
    DecodedText semi = DecodedText.decode("\n\na;b\n1;2\n".getBytes(StandardCharsets.UTF_8),
        StandardCharsets.UTF_8);
    assertEquals(';', CsvDelimiter.of((char) 0, "x/reviews.csv", semi));
    assertEquals(';', CsvDelimiter.of((char) 0, "x/reviews.CSV.gz", semi));
    assertEquals('\t', CsvDelimiter.of((char) 0, "x/reviews.tsv", semi));
    assertEquals('\t', CsvDelimiter.of((char) 0, "x/reviews.tsv.gz", semi));
    assertEquals('|', CsvDelimiter.of('|', "x/reviews.tsv", semi));
  }

  @Test
  void parsesSettingValues() {
    assertEquals(0, CsvDelimiter.parse("k", "auto"));
    assertEquals('\t', CsvDelimiter.parse("k", "TAB"));
    assertEquals('\t', CsvDelimiter.parse("k", "\\t"));
    assertEquals(';', CsvDelimiter.parse("k", ";"));
    assertEquals(',', CsvDelimiter.parse("k", "comma"));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CsvDelimiter.parse("ingest.reviews.delimiter", "colon"));
    assertEquals("ingest.reviews.delimiter must be auto, comma, semicolon, tab or pipe (or , ; |),"
        + " got \"colon\"", e.getMessage());
  }
}
