package io.papercuts.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class IdentifierRedactorTest {

  private final IdentifierRedactor plain = new IdentifierRedactor(new PiiRedactor(), null);

  @Test
  void idsWithoutPersonalDataAreKept() {
    for (String id : new String[] {"R-1", "C-1001", "T-503", "2026-10-31", "order-98765432", ""}) {
      assertEquals(id, plain.id(id));
    }
    assertNull(plain.id(null));
  }

  @Test
  void anIdWithPersonalDataIsRedactedWithAStableSuffix() {
    String a = plain.id("jane.doe@example.com");
    assertTrue(a.matches("\\[EMAIL]~[0-9a-f]{8}"), a);
    assertEquals(a, plain.id("jane.doe@example.com"));
    assertNotEquals(a, plain.id("john.doe@example.com"));
    assertEquals(a, plain.id(a), "a redacted id is left as it is");
    assertTrue(plain.id("+1 415 555 0134").startsWith("[PHONE]~"));
  }

  @Test
  void aKeyedSuffixDiffersFromThePlainOne() {
    CustomerIdPseudonymizer key = CustomerIdPseudonymizer.withKey(
        "0123456789abcdef0123".getBytes(StandardCharsets.UTF_8));
    IdentifierRedactor keyed = new IdentifierRedactor(new PiiRedactor(), key);
    String k = keyed.id("jane.doe@example.com");
    assertTrue(k.matches("\\[EMAIL]~[0-9a-f]{8}"), k);
    assertNotEquals(plain.id("jane.doe@example.com"), k);
  }

  @Test
  void pathsKeepTheirFoldersAndExtensions() {
    assertEquals("/data/in/reviews/reviews.csv", plain.path("/data/in/reviews/reviews.csv"));
    String p = plain.path("file:/data/in/reviews/export for dana.white@example.com.csv");
    assertTrue(p.matches("file:/data/in/reviews/export for \\[EMAIL]~[0-9a-f]{8}\\.csv"), p);
    String phone = plain.path("/in/transcripts/call +1 646 555 0155.txt");
    assertTrue(phone.matches("/in/transcripts/call \\[PHONE]~[0-9a-f]{8}\\.txt"), phone);
    // An address that ends in ".com" is not taken for an extension.
    String bare = plain.path("/in/surveys/jane.doe@example.com");
    assertTrue(bare.matches("/in/surveys/\\[EMAIL]~[0-9a-f]{8}"), bare);
  }

  @Test
  void textIsRedactedAsText() {
    assertEquals("Other: call me on [PHONE]", plain.text("Other: call me on 646 555 0177"));
    assertNull(plain.text(null));
  }
}
