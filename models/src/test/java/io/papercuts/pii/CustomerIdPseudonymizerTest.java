package io.papercuts.pii;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CustomerIdPseudonymizerTest {

  private static final String KEY = "0123456789abcdef0123456789abcdef";
  private static final byte[] KEY_BYTES = KEY.getBytes(StandardCharsets.UTF_8);

  @Test
  void sameKeySameOutput() {
    CustomerIdPseudonymizer a = CustomerIdPseudonymizer.withKey(KEY_BYTES);
    CustomerIdPseudonymizer b = CustomerIdPseudonymizer.withKey(KEY_BYTES.clone());
    assertEquals(a.pseudonymize("C-0042"), b.pseudonymize("C-0042"));
    assertEquals(a.pseudonymize("C-0042"), a.pseudonymize("C-0042"));
  }

  @Test
  void differentKeyOrIdDifferentOutput() {
    CustomerIdPseudonymizer a = CustomerIdPseudonymizer.withKey(KEY_BYTES);
    CustomerIdPseudonymizer b = CustomerIdPseudonymizer.withKey(
        "fedcba9876543210fedcba9876543210".getBytes(StandardCharsets.UTF_8));
    assertNotEquals(a.pseudonymize("C-0042"), b.pseudonymize("C-0042"));
    assertNotEquals(a.pseudonymize("C-0042"), a.pseudonymize("C-0043"));
  }

  @Test
  void outputIsPrefixedTruncatedHmacSha256() throws Exception {
    String pseudonym = CustomerIdPseudonymizer.withKey(KEY_BYTES).pseudonymize("C-0042");
    assertTrue(pseudonym.matches("p_[0-9a-f]{16}"), pseudonym);
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec(KEY_BYTES, "HmacSHA256"));
    String full = HexFormat.of().formatHex(mac.doFinal("C-0042".getBytes(StandardCharsets.UTF_8)));
    assertEquals("p_" + full.substring(0, 16), pseudonym);
  }

  @Test
  void nullIdGivesNull() {
    assertNull(CustomerIdPseudonymizer.withKey(KEY_BYTES).pseudonymize(null));
  }

  @Test
  void keyIsCopiedAndNeverShown() {
    byte[] key = KEY_BYTES.clone();
    CustomerIdPseudonymizer p = CustomerIdPseudonymizer.withKey(key);
    String before = p.pseudonymize("C-1");
    key[0] ^= 1;
    assertEquals(before, p.pseudonymize("C-1"));
    String shown = p.toString();
    assertFalse(shown.contains(KEY), shown);
    assertFalse(shown.contains(KEY.substring(0, 8)), shown);
    assertFalse(shown.contains(HexFormat.of().formatHex(KEY_BYTES).substring(0, 8)), shown);
  }

  @Test
  void shortKeyIsRejected() {
    assertThrows(IllegalArgumentException.class,
        () -> CustomerIdPseudonymizer.withKey(new byte[15]));
  }

  @Test
  void fromEnvironmentIsEmptyWhenUnset() {
    assertEquals(Optional.empty(),
        CustomerIdPseudonymizer.fromEnvironment("PAPERCUTS_KEY", Map.of()));
  }

  @Test
  void fromEnvironmentUsesTheVariable() {
    Optional<CustomerIdPseudonymizer> p =
        CustomerIdPseudonymizer.fromEnvironment("PAPERCUTS_KEY", Map.of("PAPERCUTS_KEY", KEY));
    assertTrue(p.isPresent());
    assertEquals(CustomerIdPseudonymizer.withKey(KEY_BYTES).pseudonymize("C-7"),
        p.get().pseudonymize("C-7"));
  }

  @Test
  void fromEnvironmentFailsClearlyOnShortKeyWithoutLeakingIt() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> CustomerIdPseudonymizer.fromEnvironment("PAPERCUTS_KEY",
            Map.of("PAPERCUTS_KEY", "tooShortKey42")));
    assertTrue(e.getMessage().contains("PAPERCUTS_KEY"), e.getMessage());
    assertTrue(e.getMessage().contains("16"), e.getMessage());
    assertFalse(e.getMessage().contains("tooShortKey42"), e.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> CustomerIdPseudonymizer.fromEnvironment("PAPERCUTS_KEY",
            Map.of("PAPERCUTS_KEY", "")));
  }

  @Test
  void fromProcessEnvironmentIsEmptyForAnUnsetVariable() {
    assertEquals(Optional.empty(),
        CustomerIdPseudonymizer.fromEnvironment("PAPERCUTS_TEST_SURELY_UNSET_VARIABLE_7F3A"));
  }
}
