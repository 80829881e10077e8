package io.papercuts.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PiiSettingsTest {

  @Test
  void defaultsRedactEverythingWithUsAndGbPhones() {
    PiiSettings defaults = PiiSettings.fromMap(Map.of());
    assertEquals(PiiSettings.defaults(), defaults);
    assertEquals(Set.of(), defaults.disabled());
    assertEquals(List.of("US", "GB"), defaults.phoneRegions());
    assertEquals(EnumSet.allOf(PiiType.class), defaults.redactor().types());
  }

  @Test
  void disableAndRegionsAreParsed() {
    PiiSettings s = PiiSettings.fromMap(
        Map.of("disable", " name , Address,national_id", "phone_regions", "jp, us,JP"));
    assertEquals(Set.of(PiiType.NAME, PiiType.ADDRESS, PiiType.NATIONAL_ID), s.disabled());
    assertEquals(List.of("JP", "US"), s.phoneRegions());
    PiiRedactor r = s.redactor();
    assertEquals(List.of("JP", "US"), r.phoneRegions());
    assertEquals("agent John Smith was rude", r.redact("agent John Smith was rude"));
    assertEquals("call [PHONE]", r.redact("call 03-1234-5678"));
  }

  @Test
  void emptyValuesMeanNoneDisabledAndNoRegionPass() {
    PiiSettings s = PiiSettings.fromMap(Map.of("disable", "", "phone_regions", " "));
    assertEquals(Set.of(), s.disabled());
    assertEquals(List.of(), s.redactor().phoneRegions());
    assertEquals("my number is 415 5550134", s.redactor().redact("my number is 415 5550134"));
  }

  @Test
  void unknownKeyIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PiiSettings.fromMap(Map.of("phone_region", "US")));
    assertTrue(e.getMessage().contains("pii.phone_region"), e.getMessage());
    assertTrue(e.getMessage().contains("pii.disable, pii.phone_regions"), e.getMessage());
  }

  @Test
  void unknownTypeIsAnError() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> PiiSettings.fromMap(Map.of("disable", "name,nme")));
    assertTrue(e.getMessage().startsWith("pii.disable: unknown type 'nme'"), e.getMessage());
    assertTrue(e.getMessage().contains("url, email, iban"), e.getMessage());
    assertTrue(e.getMessage().contains("national_id"), e.getMessage());
  }

  @Test
  void unknownRegionIsAnError() {
    for (String bad : List.of("UK", "XX", "USA", "1")) {
      IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
          () -> PiiSettings.fromMap(Map.of("phone_regions", "US," + bad)));
      assertTrue(e.getMessage().startsWith("pii.phone_regions: unknown region '" + bad + "'"),
          e.getMessage());
      assertTrue(e.getMessage().contains("GB") && e.getMessage().contains("JP"), e.getMessage());
    }
  }
}
