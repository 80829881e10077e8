package io.papercuts.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/** Shared helpers for the parser tests: fixture loading and count/quarantine assertions. */
final class ParseAssertions {

  static final Set<String> CODES = Arrays.stream(QuarantineReason.values())
      .map(QuarantineReason::code).collect(Collectors.toSet());

  private ParseAssertions() {
  }

  /** Parses {@code src/test/resources/<TestClass>/<name>}; the file is reported as {@code name}. */
  static ParseResult parse(SourceParser parser, Class<?> testClass, String name) {
    String path = "/" + testClass.getSimpleName() + "/" + name;
    try (InputStream in = testClass.getResourceAsStream(path)) {
      assertNotNull(in, "missing fixture " + path);
      return parser.parse(name, in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static ParseResult parse(SourceParser parser, String file, byte[] bytes) {
    return parser.parse(file, new ByteArrayInputStream(bytes));
  }

  /** Asserts each count and that they reconcile; every quarantine row has a known code. */
  static void assertCounts(ParseResult r, long read, long accepted, int quarantined, int skipped) {
    String all = "quarantined=" + r.quarantined() + " skipped=" + r.skipped();
    assertEquals(read, r.recordsRead(), "records read; " + all);
    assertEquals(accepted, r.accepted(), "accepted; " + all);
    assertEquals(quarantined, r.quarantined().size(), "quarantined; " + all);
    assertEquals(skipped, r.skipped().size(), "skipped; " + all);
    assertEquals(r.recordsRead(), r.accepted() + r.quarantined().size() + r.skipped().size());
    for (Quarantined q : r.quarantined()) {
      assertTrue(CODES.contains(QuarantineReason.codeOf(q.reason())), "unknown code: " + q);
      assertEquals(r.file(), q.file());
    }
  }

  /** The quarantined record at {@code line}; asserts its reason code. */
  static Quarantined assertQuarantined(ParseResult r, long line, QuarantineReason reason) {
    for (Quarantined q : r.quarantined()) {
      if (q.line() == line) {
        assertEquals(reason.code(), QuarantineReason.codeOf(q.reason()), q.toString());
        return q;
      }
    }
    return fail("nothing quarantined at line " + line + ": " + r.quarantined());
  }

  static FeedbackUnit unit(ParseResult r, String docId) {
    return r.units().stream().filter(u -> u.docId().equals(docId)).findFirst()
        .orElseGet(() -> fail("no unit " + docId + " in " + r.units()));
  }
}
