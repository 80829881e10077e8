package io.papercuts.pii;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.papercuts.evaluate.AbsaSentence;
import io.papercuts.evaluate.AbsaXmlReader;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The counterweight to recall: how many sentences of real feedback that hold no personal data
 * the redactor changes. Runs over the texts of {@code sample-data/} (parsed as the nightly parses
 * them, cut into sentences at end punctuation and line breaks) and over the MAMS validation split
 * ({@code -Dpapercuts.eval.mams=DIR}, else {@code ../../shared/eval/mams} beside the checkout;
 * skipped when absent). A changed sentence counts as over-redacted unless it holds one of the
 * personal data seeded on purpose ({@link #SEEDED}: the fake PII that sample-data/README.md
 * lists, the postcode customers give in identity checks, and the people's names that the data
 * holds, {@link #MAMS_PEOPLE}). Prints both shares and every
 * changed sentence, so a reader can check the seeded list; the target is at most 1%.
 */
class OverRedactionTest {

  private static final PiiRedactor REDACTOR = new PiiRedactor();
  private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?])\\s+|\\n+");
  private static final double MAX_CHANGED_SHARE = 0.01;
  /**
   * The fake PII of sample-data/README.md, the postcode of an identity check, and the people's
   * names that sample-data holds: the names misspelled on invoices (a planted paper cut) and the
   * agent a customer greets. Names are redacted on purpose since NER finds them.
   */
  private static final List<String> SEEDED = List.of("jane.doe@example.com",
      "sam.lee@example.net", "+1 415 555 0134", "4111 1111 1111 1111", "postcode 94110",
      "it's Marguerite not Margarite", "\"Jhon\" instead of John", "Jon instead of John",
      "John with an h", "Hi Marcus.", "with Marcus.");

  /**
   * People named in MAMS (restaurant reviews): waiters, hosts, chefs, owners, managers and
   * singers, reviewed by hand among the spans the redactor replaces. A sentence holding one of
   * these words is personal data found, not over-redaction. Left out on purpose, and so still
   * counted against the redactor: restaurants, dishes and brands that bear a person's name
   * ("Peter Luger", "Alfredo", "Boyardee", "Ruth", "Schiller", "Denny", "Shula", "Boylan") and
   * names whose referent the sentence leaves unclear.
   */
  private static final List<String> MAMS_PEOPLE = List.of("Deborah", "Giorgio DeLuca", "Dean",
      "DeLuca", "Lidia Bastianich", "Jack", "Anthony", "Anna Nicole Smith", "Mary Redding",
      "Ben", "Justin", "Sammy", "Bernard", "Frankie", "Johnnie", "Jerry", "Suzanne Vega",
      "Crispo", "Giovanni", "Abijah", "Domenico", "Philippe", "Pietro Cinquemani", "Mario Lanzi",
      "Chris", "Richard", "RICHARD", "James Brown", "Sam", "Dominic", "Sean Toussaint",
      "Anna Maria", "Trish", "Lucy", "Tom Kearney", "Jean-Georges", "Joe", "Javi", "Gray Kunz",
      "Douglas Rodriguez", "Pat", "John", "Fernando", "Nick", "Tom", "Eric", "Tony", "Ernie",
      "Bobby Flay", "Louie", "James", "Jesse", "Gus", "Jodi Williams", "Mario", "Giovanny",
      "Mike", "Mariano", "Tom Valenti", "Alessandro", "J.", "Gari", "Morimoto", "Romano", "Santo",
      "Scott Heather", "McNally");

  @Test
  void sampleDataSentencesAreAlmostNeverChanged() throws IOException {
    Path root = Path.of("..", "sample-data");
    assumeTrue(Files.isDirectory(root), "sample-data not found at " + root.toAbsolutePath());
    List<String> sentences = new ArrayList<>();
    for (String text : SampleDataTexts.units(root)) {
      sentences.addAll(sentences(text));
    }
    assertFalse(sentences.isEmpty());
    assertAtMostOnePercentChanged("sample-data", sentences);
  }

  @Test
  void mamsValidationSentencesAreAlmostNeverChanged() throws IOException {
    assertAtMostOnePercentChanged("MAMS validation", mams("validation.xml"));
  }

  /** The larger training split, read the same way: more sentences for the same measure. */
  @Test
  void mamsTrainingSentencesAreAlmostNeverChanged() throws IOException {
    assertAtMostOnePercentChanged("MAMS train", mams("train.xml"));
  }

  private static List<String> mams(String name) throws IOException {
    String dir = System.getProperty("papercuts.eval.mams");
    Path file = (dir == null ? Path.of("..", "..", "shared", "eval", "mams") : Path.of(dir))
        .resolve(name);
    assumeTrue(Files.isRegularFile(file), "MAMS split not found at " + file);
    return new AbsaXmlReader().read(file).sentences().stream().map(AbsaSentence::text).toList();
  }

  private static List<String> sentences(String text) {
    List<String> out = new ArrayList<>();
    for (String s : SENTENCE_END.split(text)) {
      if (!s.isBlank()) {
        out.add(s.strip());
      }
    }
    return out;
  }

  private static boolean containsWord(String text, String word) {
    return Pattern.compile("(?<![\\p{L}])" + Pattern.quote(word) + "(?![\\p{L}])")
        .matcher(text).find();
  }

  private static void assertAtMostOnePercentChanged(String name, List<String> sentences) {
    List<String> changed = new ArrayList<>();
    int overRedacted = 0;
    for (String s : sentences) {
      String r = REDACTOR.redact(s);
      if (!r.equals(s)) {
        boolean seeded = SEEDED.stream().anyMatch(s::contains)
            || MAMS_PEOPLE.stream().anyMatch(person -> containsWord(s, person));
        overRedacted += seeded ? 0 : 1;
        changed.add((seeded ? "pii   " : "NO PII") + " " + s + "\n         -> " + r);
      }
    }
    double share = (double) overRedacted / sentences.size();
    StringBuilder report = new StringBuilder(String.format(
        "over-redaction %s: %d of %d sentences changed, %d of them without seeded PII (%.3f%%)%n",
        name, changed.size(), sentences.size(), overRedacted, 100 * share));
    changed.forEach(c -> report.append("  ").append(c).append('\n'));
    System.out.print(report);
    assertTrue(share <= MAX_CHANGED_SHARE, report::toString);
  }
}
