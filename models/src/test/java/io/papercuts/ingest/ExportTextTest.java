package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class ExportTextTest {

  @Test
  void decodesNumericAndNamedReferencesOnce() {
    assertEquals("\"fast\" & <cheap> 'ok' é — …",
        ExportText.decodeEntities("&#34;fast&#34; &amp; &lt;cheap&gt; &#x27;ok&apos; &eacute; &mdash; &hellip;"));
    assertEquals("&lt; stays one level", ExportText.decodeEntities("&amp;lt; stays one level"));
    assertEquals("Fish & Chips", ExportText.decodeEntities("Fish &amp; Chips"));
  }

  @Test
  void leavesWhatIsNoReferenceAlone() {
    for (String s : new String[] {"AT&T", "R&D costs", "a & b", "&unknown;", "&amp no semicolon",
        "&#0;", "&#xD800;", "&#99999999;", "&;"}) {
      assertEquals(s, ExportText.decodeEntities(s), s);
    }
    assertEquals("É &EACUTE;", ExportText.decodeEntities("&Eacute; &EACUTE;"), "names are case-sensitive");
  }

  @Test
  void removesLeadingAddresseesAndHandlesInTheText() {
    assertEquals("my order never arrived",
        ExportText.clean("@AmazonHelp my order never arrived"));
    assertEquals("I have sent several private messages",
        ExportText.clean("@sprintcare @115712 I have sent several private messages"));
    assertEquals("still broken", ExportText.clean(".@AppleSupport, still broken"));
    assertEquals("thanks for nothing", ExportText.clean("thanks @AmazonHelp for nothing"));
    assertEquals("thanks, but no", ExportText.clean("thanks @AmazonHelp, but no"));
    assertEquals("tried twice", ExportText.clean("tried twice @AmazonHelp"));
    assertEquals("", ExportText.clean("@AmazonHelp"));
    assertEquals("line one\nline two", ExportText.clean("line one @x\nline two"));
    assertEquals("app is broken", ExportText.clean("@AmazonHelp's app is broken"));
    assertEquals("so is app", ExportText.clean("so is @AmazonHelp\u2019s app"));
  }

  @Test
  void leavesEmailAddressesAndLoneAtSignsAlone() {
    for (String s : new String[] {"write to me@example.com please", "meet @ 5pm",
        "see https://example.com/@shop/status/1",
        "price @ $5", "a@b", "@@weird"}) {
      assertEquals(s, ExportText.clean(s), s);
    }
  }

  @Test
  void entitiesFirstThenHandlesAndNullStaysNull() {
    assertEquals("refund & apology", ExportText.clean("@Shop refund &amp; apology"));
    assertNull(ExportText.clean(null));
  }
}
