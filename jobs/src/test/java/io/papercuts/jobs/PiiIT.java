package io.papercuts.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Personal data end to end (fixture {@code PiiIT/night}). {@code PiiIT/secrets.tsv} lists every
 * secret the fixture holds: more than 150, of 19 types (e-mails plain and spelled out, phones
 * of several countries and spelled out, cards and IBANs with spaces, tabs, dots, a line break,
 * zero-width characters and soft hyphens inside, IPv4/6, URLs with tokens, SSN, NI and passport
 * numbers, dates of birth, passwords, street addresses, postcodes, names) in survey comments,
 * reviews, chat turns, and also in file names, response/review/conversation ids, customer ids,
 * stated reasons and a header cell. After the run no table, no file the run wrote and nothing
 * it printed may hold any of them, in any spacing.
 */
class PiiIT {

  static final String RUN_DATE = "2026-10-31";

  /** The first fixture's secrets, in the form they were written. */
  static final List<String> SEEDED = List.of(
      "jane.doe@example.com", "sam.lee@example.net", "priya+billing@mail.example.co.uk",
      "agent.smith@example.com", "straddle.person@example.org",
      "415 555 0134", "555-0199", "7946 0958",
      "4111 1111 1111 1111", "4242 4242 4242 4242", "5105-1051-0510-5100",
      "GB82 WEST", "5698 7654",
      "203.0.113.42", "192.168.1.20",
      "abc123def456ghi", "zz9Xk2Lm8Qp4Rt7Wv");

  private static final Pattern ESCAPE = Pattern.compile("\\\\(t|n|u([0-9a-fA-F]{4}))");
  static final List<Secret> SECRETS = secrets();

  @TempDir
  static Path out;
  static CliRun run;

  record Secret(String kind, String text) {
  }

  @BeforeAll
  static void runWithPii() {
    run = CliRun.nightly(CliRun.fixture(PiiIT.class, "night"), out, RUN_DATE,
        "--max-quarantine-share", "1");
  }

  @Test
  void theSecretSetIsLargeAndVaried() {
    Set<String> kinds = new TreeSet<>();
    SECRETS.forEach(s -> kinds.add(s.kind()));
    assertTrue(SECRETS.size() >= 150, SECRETS.size() + " secrets");
    assertTrue(kinds.size() >= 15, kinds.toString());
  }

  @Test
  void theRunCompletesAndQuarantinesTheSeededBadRecords() throws Exception {
    assertEquals(0, run.exitCode(), run::toString);
    try (DuckDb db = new DuckDb(out)) {
      assertEquals(List.of(
              List.of("chats.jsonl", 2L, "invalid_json"),
              List.of("exit-survey.csv", 5L, "bad_nps"),
              List.of("exit-survey.csv", 6L, "bad_nps"),
              List.of("exit-survey.csv", 7L, "bad_nps"),
              List.of("reviews.csv", 4L, "bad_rating")),
          db.rows("SELECT regexp_extract(file, '[^/]+$') AS f, line, split_part(reason, ':', 1) "
              + "FROM " + db.table("quarantine") + " ORDER BY f, line"));
      // 9 units of the first fixture, 145 of secrets-*.{csv,jsonl} and 4 of the named files.
      assertEquals(9 + 145 + 4, db.count("feedback"));
    }
  }

  @Test
  void noColumnOfAnyTableHoldsASecret() throws Exception {
    List<String> leaks = new ArrayList<>();
    try (DuckDb db = new DuckDb(out)) {
      List<String> tables = CliRun.tables(out);
      assertTrue(tables.size() >= 12, tables.toString());
      for (String table : tables) {
        // Every column but the embedding vectors, whose many digits would match by chance.
        List<String> columns = new ArrayList<>();
        for (List<Object> c : db.rows("DESCRIBE SELECT * FROM " + db.table(table))) {
          if (!c.get(1).toString().matches(".*(FLOAT|DOUBLE).*")) {
            columns.add("CAST(\"" + c.get(0) + "\" AS VARCHAR)");
          }
        }
        String select = "SELECT concat_ws(' | ', " + String.join(", ", columns) + ") FROM "
            + db.table(table);
        for (List<Object> row : db.rows(select)) {
          leaks.addAll(found((String) row.get(0), table));
        }
      }
    }
    assertTrue(leaks.isEmpty(), () -> leaks.size() + " leaks:\n" + String.join("\n", leaks));
  }

  @Test
  void noSecretInAnyFileTheRunWrote() throws Exception {
    // The report, the CSV exports, staging leftovers and logs: every file that is not Parquet
    // (whose columns the test above reads).
    List<Path> files = CliRun.filesUnder(out).stream()
        .filter(f -> !f.toString().endsWith(".parquet") && !f.toString().endsWith(".crc"))
        .toList();
    assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".html")), files::toString);
    assertTrue(files.stream().anyMatch(f -> f.toString().endsWith(".csv")), files::toString);
    List<String> leaks = new ArrayList<>();
    for (Path f : files) {
      leaks.addAll(found(read(f), out.relativize(f).toString()));
      leaks.addAll(found(f.toString(), "the path " + out.relativize(f)));
    }
    assertTrue(leaks.isEmpty(), () -> String.join("\n", leaks));
  }

  @Test
  void noSecretOnTheConsole() {
    List<String> leaks = new ArrayList<>(found(run.stdout(), "stdout"));
    leaks.addAll(found(run.stderr(), "stderr"));
    assertTrue(leaks.isEmpty(), () -> leaks + " printed:\n" + run);
  }

  @Test
  void secretsAreReplacedByPlaceholdersNotDropped() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      String text = (String) db.rows("SELECT string_agg(text, ' ') FROM "
          + db.table("feedback")).get(0).get(0);
      for (String p : List.of("[EMAIL]", "[PHONE]", "[CARD]", "[IBAN]", "[IP]", "[URL]", "[SSN]",
          "[NATIONAL_ID]", "[PASSPORT]", "[DOB]", "[PASSWORD]", "[ADDRESS]", "[POSTCODE]",
          "[NAME]")) {
        assertTrue(text.contains(p), p + " in " + text);
      }
      String raw = (String) db.rows("SELECT raw FROM " + db.table("quarantine")
          + " WHERE line = 5 AND file LIKE '%exit-survey.csv'").get(0).get(0);
      assertTrue(raw.startsWith("P-4,C-504,") && raw.contains("[URL]") && raw.contains("[EMAIL]"),
          raw);
    }
  }

  @Test
  void redactedIdsAndFileNamesStayDistinctAndTraceable() throws Exception {
    try (DuckDb db = new DuckDb(out)) {
      // Two response ids with personal data are two rows, each with a stable suffix.
      List<List<Object>> ids = db.rows("SELECT response_id FROM " + db.table("survey_responses")
          + " WHERE response_id LIKE '[%]~%' ORDER BY 1");
      assertEquals(2, ids.size(), ids::toString);
      assertTrue(ids.get(0).get(0).toString().matches("\\[(EMAIL|PHONE)]~[0-9a-f]{8}"), ids::toString);
      // A file name keeps its extension after the redaction, so it still reads as a CSV.
      List<List<Object>> files = db.rows("SELECT DISTINCT regexp_extract(file, '[^/]+$') FROM "
          + db.table("feedback") + " WHERE file LIKE '%~%' ORDER BY 1");
      assertEquals(4, files.size(), files::toString);
      assertTrue(files.stream().allMatch(f -> f.get(0).toString().matches(".*~[0-9a-f]{8}\\.(csv|txt)")),
          files::toString);
      // Everyday ids and names are left as they were.
      assertEquals(1, db.scalarLong("SELECT count(*) FROM " + db.table("survey_responses")
          + " WHERE response_id = 'S-10'"));
    }
  }

  @Test
  void aSnippetCutThroughAnEmailLeaksNoPartOfIt() throws Exception {
    // The quarantined P-6 row is longer than ingest.raw_snippet_chars (500) and its e-mail
    // address starts at char 480: the kept snippet must not hold the address's beginning.
    try (DuckDb db = new DuckDb(out)) {
      String raw = (String) db.rows("SELECT raw FROM " + db.table("quarantine")
          + " WHERE line = 7 AND file LIKE '%exit-survey.csv'").get(0).get(0);
      assertTrue(raw.startsWith("P-6,C-506,"), raw);
      assertTrue(!raw.contains("straddle.person"), "partial e-mail kept in quarantine.raw: ..."
          + raw.substring(Math.max(0, raw.length() - 40)));
    }
  }

  @Test
  void aMissingHeaderIsReportedWithoutTheDataRow(@TempDir Path headerlessOut) {
    // A survey export without its header row: the error names the file and the missing
    // columns, and would quote the first row; the row's e-mail and phone are redacted in it.
    CliRun r = CliRun.nightly(CliRun.fixture(PiiIT.class, "headerless"), headerlessOut, RUN_DATE);
    assertEquals(3, r.exitCode(), r::toString);
    assertTrue(r.stderr().contains("exit-survey.csv"), r::toString);
    for (String secret : List.of("no.header@example.com", "212 555 0111", "2125550111")) {
      assertTrue(!r.stdout().contains(secret) && !r.stderr().contains(secret), () -> secret
          + " printed:\n" + r);
    }
  }

  /** Every secret found in {@code text}, in any spacing, as "secret (kind) in where: ...". */
  static List<String> found(String text, String where) {
    List<String> hits = new ArrayList<>();
    String norm = normalised(text);
    String digits = norm.replaceAll("[\\s.()/+-]", "");
    for (Secret s : SECRETS) {
      String secret = normalised(s.text());
      String secretDigits = secret.replaceAll("[^0-9]", "");
      Matcher token = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(secret)
          + "(?![\\p{L}\\p{N}])").matcher(norm);
      int at = token.find() ? token.start() : -1;
      // Long digit runs are searched with the separators removed: "4111  1111.1111" still
      // holds the card; 7+ digits do not occur by chance in this fixture's other numbers.
      // A secret is found as a whole token ("8826" inside a hash is no PIN).
      boolean hit = at >= 0 || secretDigits.length() >= 7 && digits.contains(secretDigits);
      if (hit) {
        int from = Math.max(0, at);
        hits.add(s.text() + " (" + s.kind() + ") in " + where + ": ..."
            + norm.substring(from, Math.min(norm.length(), from + 80)));
      }
    }
    for (String seeded : SEEDED) {
      if (text.contains(seeded)) {
        hits.add(seeded + " (seeded) in " + where);
      }
    }
    return hits;
  }

  /** Lower case, NFKC (full-width digits), no zero-width or soft hyphens, one space per run. */
  static String normalised(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKC)
        .replaceAll("[\\u200b\\u200c\\u200d\\u2060\\ufeff\\u00ad]", "");
    return n.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
  }

  private static List<Secret> secrets() {
    List<Secret> list = new ArrayList<>();
    Path file = CliRun.fixture(PiiIT.class, "secrets.tsv");
    for (String line : read(file).split("\n")) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t", 2);
      list.add(new Secret(f[0], unescape(f[1])));
    }
    return list;
  }

  private static String unescape(String s) {
    Matcher m = ESCAPE.matcher(s);
    StringBuilder sb = new StringBuilder();
    while (m.find()) {
      String r = m.group(2) != null ? String.valueOf((char) Integer.parseInt(m.group(2), 16))
          : m.group(1).equals("t") ? "\t" : "\n";
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    return m.appendTail(sb).toString();
  }

  private static String read(Path f) {
    try {
      return Files.readString(f);
    } catch (IOException e) {
      throw new UncheckedIOException(f.toString(), e);
    }
  }
}
