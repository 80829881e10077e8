package io.papercuts.pii;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ChecksumsTest {

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111111", "5555555555554444", "378282246310005",
      "6011111111111117", "4012888888881881", "3530111333300000", "79927398713"})
  void luhnAcceptsValidNumbers(String digits) {
    assertTrue(Checksums.luhn(digits));
  }

  @ParameterizedTest
  @ValueSource(strings = {"4111111111111112", "5555555555554445", "378282246310006",
      "79927398710", "", "41111111111x1111"})
  void luhnRejectsInvalidNumbers(String digits) {
    assertFalse(Checksums.luhn(digits));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89370400440532013000", "GB82WEST12345698765432",
      "FR1420041010050500013M02606", "NL91ABNA0417164300", "CH9300762011623852957",
      "ES9121000418450200051332", "BE68539007547034", "NO9386011117947"})
  void ibanAcceptsValidNumbers(String iban) {
    assertTrue(Checksums.iban(iban));
  }

  @ParameterizedTest
  @ValueSource(strings = {"DE89370400440532013001", "GB82WEST12345698765433",
      "NL91ABNA0417164301", "DE8937040044053201300", "XX00", "DE89 3704 0044 0532 0130 00"})
  void ibanRejectsInvalidNumbers(String iban) {
    assertFalse(Checksums.iban(iban));
  }
}
