package io.papercuts.generate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class GeneratorSettingsTest {

  @Test
  void defaults() {
    GeneratorSettings settings = GeneratorSettings.of(50, 7);
    assertEquals(LocalDate.of(2026, 7, 1), settings.startDate());
    assertEquals(12, settings.weeks());
    assertEquals(LocalDate.of(2026, 9, 22), settings.endDate());
    assertEquals(List.of("duplicate_marketing", "transfers", "renewal_cancellation",
        "technician_no_show", "name_typo"), settings.plantedThemes());
  }

  @Test
  void rejectsBadValues() {
    GeneratorSettings ok = GeneratorSettings.of(50, 7);
    assertThrows(IllegalArgumentException.class, () -> GeneratorSettings.of(0, 7));
    assertThrows(IllegalArgumentException.class, () -> ok.withWeeks(0));
    assertThrows(NullPointerException.class, () -> ok.withStartDate(null));
    assertThrows(IllegalArgumentException.class, () -> ok.withPlantedThemes(List.of("paper_jam")));
    assertThrows(IllegalArgumentException.class, () -> ok.withPlantedThemes(List.of("price")));
    assertThrows(IllegalArgumentException.class,
        () -> ok.withPlantedThemes(List.of("hold_time", "hold_time")));
    assertThrows(IllegalArgumentException.class, () -> ok.withPlantedThemes(List.of(
        "hold_time", "transfers", "callback_missed", "billing_error", "login_password",
        "setup_glitch", "name_typo", "update_download", "packaging_damage")));
  }

  @Test
  void plantedListIsCopied() {
    java.util.ArrayList<String> ids = new java.util.ArrayList<>(List.of("hold_time"));
    GeneratorSettings settings = GeneratorSettings.of(50, 7).withPlantedThemes(ids);
    ids.add("transfers");
    assertEquals(List.of("hold_time"), settings.plantedThemes());
    assertEquals(List.of(), settings.withPlantedThemes(List.of()).plantedThemes());
  }
}
