package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates of birth: a full date (numeric {@code 12/03/1985}, {@code 1985-03-12}, or with a month
 * name, {@code 12 March 1985}, {@code March 12th, 1985}) right after {@code born},
 * {@code DOB}, {@code date of birth}, {@code birth date} or {@code birthday}. Only the date is
 * replaced. Other dates are ordinary feedback and stay. Stateless and thread-safe.
 */
final class DobFinder implements PiiFinder {

  private static final String MONTH = "(?:january|february|march|april|may|june|july|august"
      + "|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec)"
      + "\\.?";
  private static final String DAY = "\\d{1,2}(?:st|nd|rd|th)?";
  private static final String DATE = "(?:\\d{1,4}[./-]\\d{1,2}[./-]\\d{2,4}"
      + "|" + DAY + "(?: of)? " + MONTH + ",? \\d{4}"
      + "|" + MONTH + " " + DAY + ",? \\d{4})";
  private static final Pattern DOB = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:born|dob|d\\.o\\.b\\.?|date of birth|birth ?date|birthday)"
          + "(?:[ ]?(?:is|was|:|-|=))?[ ]?(?:(?:on|in) )?(?:the )?(" + DATE + ")(?![\\p{N}])");

  @Override
  public PiiType type() {
    return PiiType.DOB;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher m = DOB.matcher(text);
    while (m.find()) {
      spans.add(new Span(m.start(1), m.end(1)));
    }
    return spans;
  }
}
