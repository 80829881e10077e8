package io.papercuts.pii;

import java.util.Map;

/** Check-digit algorithms that tell a real card number or IBAN from any other digit string. */
final class Checksums {

  /**
   * Official IBAN length per country (SWIFT IBAN registry). A known country must match its length
   * exactly, which removes most chance mod-97 hits; an unknown country only needs 15..34.
   */
  private static final Map<String, Integer> IBAN_LENGTHS = Map.ofEntries(
      Map.entry("AD", 24), Map.entry("AE", 23), Map.entry("AL", 28), Map.entry("AT", 20),
      Map.entry("AZ", 28), Map.entry("BA", 20), Map.entry("BE", 16), Map.entry("BG", 22),
      Map.entry("BH", 22), Map.entry("BR", 29), Map.entry("BY", 28), Map.entry("CH", 21),
      Map.entry("CR", 22), Map.entry("CY", 28), Map.entry("CZ", 24), Map.entry("DE", 22),
      Map.entry("DK", 18), Map.entry("DO", 28), Map.entry("EE", 20), Map.entry("EG", 29),
      Map.entry("ES", 24), Map.entry("FI", 18), Map.entry("FO", 18), Map.entry("FR", 27),
      Map.entry("GB", 22), Map.entry("GE", 22), Map.entry("GI", 23), Map.entry("GL", 18),
      Map.entry("GR", 27), Map.entry("GT", 28), Map.entry("HR", 21), Map.entry("HU", 28),
      Map.entry("IE", 22), Map.entry("IL", 23), Map.entry("IQ", 23), Map.entry("IS", 26),
      Map.entry("IT", 27), Map.entry("JO", 30), Map.entry("KW", 30), Map.entry("KZ", 20),
      Map.entry("LB", 28), Map.entry("LC", 32), Map.entry("LI", 21), Map.entry("LT", 20),
      Map.entry("LU", 20), Map.entry("LV", 21), Map.entry("LY", 25), Map.entry("MC", 27),
      Map.entry("MD", 24), Map.entry("ME", 22), Map.entry("MK", 19), Map.entry("MR", 27),
      Map.entry("MT", 31), Map.entry("MU", 30), Map.entry("NL", 18), Map.entry("NO", 15),
      Map.entry("PK", 24), Map.entry("PL", 28), Map.entry("PS", 29), Map.entry("PT", 25),
      Map.entry("QA", 29), Map.entry("RO", 24), Map.entry("RS", 22), Map.entry("SA", 24),
      Map.entry("SC", 31), Map.entry("SE", 24), Map.entry("SI", 19), Map.entry("SK", 24),
      Map.entry("SM", 27), Map.entry("ST", 25), Map.entry("SV", 28), Map.entry("TL", 23),
      Map.entry("TN", 24), Map.entry("TR", 26), Map.entry("UA", 29), Map.entry("VA", 22),
      Map.entry("VG", 24), Map.entry("XK", 20));

  private Checksums() {
  }

  /** True when the ASCII digit string passes the Luhn (mod 10) check. */
  static boolean luhn(CharSequence digits) {
    int sum = 0;
    boolean doubled = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return digits.length() > 0 && sum % 10 == 0;
  }

  /**
   * True when {@code iban} (upper-case letters and digits, no spaces) has a plausible length for
   * its country and passes the ISO 13616 mod-97 check.
   */
  static boolean iban(String iban) {
    int n = iban.length();
    if (n < 15 || n > 34) {
      return false;
    }
    Integer expected = IBAN_LENGTHS.get(iban.substring(0, 2));
    if (expected != null && expected != n) {
      return false;
    }
    int remainder = 0;
    for (int k = 0; k < n; k++) {
      char c = iban.charAt((k + 4) % n);
      if (c >= '0' && c <= '9') {
        remainder = (remainder * 10 + (c - '0')) % 97;
      } else if (c >= 'A' && c <= 'Z') {
        remainder = (remainder * 100 + (c - 'A' + 10)) % 97;
      } else {
        return false;
      }
    }
    return remainder == 1;
  }
}
