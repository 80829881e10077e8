package io.papercuts.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** libphonenumber's pass for configured regions, alone and in the redactor. */
class RegionPhoneFinderTest {

  @ParameterizedTest(name = "{1} in {0}")
  @CsvSource(delimiter = '|', value = {
      "GB|+44 20 7946 0958",
      "GB|(020) 7946 0958",
      "GB|020 7946 0958",
      "US|+1 415-555-0134",
      "US|(415) 555-0134",
      "US|415 5550134",
      "CN|138 0013 8000",
      "CN|13800138000",
      "JP|03-1234-5678",
      "JP|090-1234-5678",
      "DE|030 12345678",
      "FR|01 23 45 67 89",
      "IN|+91 98765 43210",
      "US|+33 1 23 45 67 89"})
  void numbersOfTheRegionAreFound(String region, String number) {
    String text = "please call me on " + number + " after six";
    RegionPhoneFinder finder = new RegionPhoneFinder(List.of(region));
    List<Span> spans = finder.find(text);
    assertEquals(1, spans.size(), () -> "spans " + spans);
    assertEquals(number, text.substring(spans.get(0).start(), spans.get(0).end()));
  }

  @Test
  void aNationalNumberNeedsItsRegion() {
    String text = "call 03-1234-5678 please";
    assertEquals(List.of(), new RegionPhoneFinder(List.of("US")).find(text));
    assertEquals(1, new RegionPhoneFinder(List.of("US", "JP")).find(text).size());
  }

  @Test
  void theRedactorCatchesWhatTheHeuristicMisses() {
    String text = "my number is 415 5550134, ring me";
    assertEquals(text, new PiiRedactor().withPhoneRegions(List.of()).redact(text));
    assertEquals("my number is [PHONE], ring me", new PiiRedactor().redact(text));
    assertEquals("call [PHONE] or [PHONE]", PiiSettings.fromMap(
        java.util.Map.of("phone_regions", "cn,jp")).redactor()
        .redact("call 138 0013 8000 or 03-1234-5678"));
  }

  @ParameterizedTest(name = "{0}")
  @ValueSource(strings = {
      "Ticket 4155550134 was closed",
      "Order #4155550134 was closed",
      "order 0123456789 still missing",
      "Delivered on 2026-10-03, not 2026-09-28",
      "Delivered on 10/03/2026 at 14:30",
      "It costs $1,299.00 which is too much",
      "1,234,567 users and 12 345 678 views",
      "Invoice 2026-000123 is wrong",
      "ISBN 978-3-16-148410-0, ZIP 94105-1234",
      "timestamp 1696339200 in the log",
      "card 4111 1111 1111 1112 is not a card",
      "version 5.2.1 from 2026"})
  void ordinaryNumbersStay(String text) {
    RegionPhoneFinder finder = new RegionPhoneFinder(List.of("US", "GB", "CN", "JP", "DE"));
    assertEquals(List.of(), finder.find(text), text);
  }
}
