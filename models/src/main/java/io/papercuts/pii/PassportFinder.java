package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Passport numbers, recognised only after the word {@code passport} (optionally
 * {@code number|no|#} and {@code is|was|:}): a token of 6..10 letters and digits holding at
 * least 5 digits ({@code 123456789}, {@code C01X00T47}, {@code PA1234567}), so that "passport
 * expires 2027" stays. Stateless and thread-safe.
 */
final class PassportFinder implements PiiFinder {

  private static final Pattern CUE = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:passport|reisepass|passeport|pasaporte)"
          + "(?:[ ](?:number|no\\.?|num|nr\\.?|id|#))?(?:[ ]?(?:is|was|:|#|=))?[ ]?"
          + "([A-Za-z0-9]{6,10}+)(?![\\p{L}\\p{N}])");

  @Override
  public PiiType type() {
    return PiiType.PASSPORT;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = CUE.matcher(text);
    while (m.find()) {
      long digits = m.group(1).chars().filter(Character::isDigit).count();
      if (digits >= 5) {
        spans.add(new Span(m.start(1), m.end(1)));
      }
    }
    return spans;
  }
}
