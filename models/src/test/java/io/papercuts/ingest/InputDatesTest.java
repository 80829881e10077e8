package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class InputDatesTest {

  private static final InputDates ISO = new InputDates(null);

  @Test
  void acceptsTheDocumentedForms() {
    assertEquals(Instant.parse("2026-10-03T00:00:00Z"), ISO.instant("2026-10-03"));
    assertEquals(Instant.parse("2026-10-03T14:22:00Z"), ISO.instant("2026-10-03T14:22:00Z"));
    assertEquals(Instant.parse("2026-10-03T12:22:00Z"), ISO.instant("2026-10-03T14:22:00+02:00"));
    assertEquals(Instant.parse("2026-10-03T14:22:00.5Z"), ISO.instant("2026-10-03T14:22:00.5Z"));
    assertEquals(Instant.parse("2026-10-03T14:22:00Z"), ISO.instant("2026-10-03T14:22:00"));
    assertEquals(Instant.parse("2026-10-03T14:22:00Z"), ISO.instant("2026-10-03 14:22"));
    assertEquals(Instant.parse("2026-10-03T14:22:05Z"), ISO.instant(" 2026-10-03 14:22:05 "));
    assertEquals(LocalDate.of(2026, 10, 2), ISO.utcDate("2026-10-03T01:00:00+02:00"));
  }

  @Test
  void rejectsOtherFormsAndImpossibleDates() {
    for (String bad : new String[] {"2026-02-30", "03/10/2026", "yesterday", "", "2026-10-03T25:00:00Z"}) {
      assertThrows(DateTimeParseException.class, () -> ISO.instant(bad), bad);
    }
  }

  @Test
  void triesTheConfiguredPatternAfterIso() {
    InputDates us = new InputDates("MM/dd/yyyy hh:mm:ss a");
    assertEquals(Instant.parse("2026-10-03T14:14:22Z"), us.instant("10/03/2026 02:14:22 PM"));
    assertEquals(Instant.parse("2026-10-03T00:00:00Z"), us.instant("2026-10-03"));
    assertEquals(LocalDate.of(2026, 10, 3), new InputDates("MM/dd/yyyy").utcDate("10/03/2026"));
  }

  @Test
  void readsTwitterDatesAndNamesThePatternInMessages() {
    InputDates twitter = new InputDates("EEE MMM dd HH:mm:ss Z yyyy", "ingest.transcripts.date_pattern");
    assertEquals(Instant.parse("2017-10-31T22:10:47Z"), twitter.instant("Tue Oct 31 22:10:47 +0000 2017"));
    assertEquals("yyyy-MM-dd, ISO date-time or \"EEE MMM dd HH:mm:ss Z yyyy\""
        + " (ingest.transcripts.date_pattern)", twitter.accepted());
    assertEquals("yyyy-MM-dd or ISO date-time; set ingest.surveys.date_pattern for another format",
        IngestSettings.defaults().dates(SourceKind.SURVEY).accepted());
    assertEquals("yyyy-MM-dd or ISO date-time", ISO.accepted());
  }
}
