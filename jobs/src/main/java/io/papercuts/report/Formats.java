package io.papercuts.report;

import java.util.Locale;

/**
 * How numbers read in the HTML report: counts with thousands separators, shares as whole
 * percents, lifts and scores with two decimals, the rating delta signed. Locale-independent, so
 * a report renders the same on every machine. Null is "n/a". Stateless, thread-safe.
 */
final class Formats {

  static final String NA = "n/a";

  private Formats() {
  }

  /** {@code 1234} -> {@code 1,234}. */
  static String count(Long n) {
    return n == null ? NA : String.format(Locale.ROOT, "%,d", n);
  }

  /** A 0..1 share as a whole percent: {@code 0.7612} -> {@code 76%}. */
  static String percent(Double share) {
    return finite(share) ? String.format(Locale.ROOT, "%.0f%%", 100 * share) : NA;
  }

  /** Two decimals: {@code 1.78723} -> {@code 1.79}. */
  static String decimal2(Double d) {
    return finite(d) ? String.format(Locale.ROOT, "%.2f", d) : NA;
  }

  /** Two decimals with a sign: {@code -0.234} -> {@code -0.23}, {@code 0.05} -> {@code +0.05}. */
  static String signed2(Double d) {
    return finite(d) ? String.format(Locale.ROOT, "%+.2f", d) : NA;
  }

  /** {@code 1.79 [1.19, 2.31]}, or n/a when the lift or its interval is missing. */
  static String lift(Double lift, Double low, Double high) {
    if (!finite(lift)) {
      return NA;
    }
    if (!finite(low) || !finite(high)) {
      return decimal2(lift);
    }
    return decimal2(lift) + " [" + decimal2(low) + ", " + decimal2(high) + "]";
  }

  /** Coordinates inside SVG: one decimal, always a dot. */
  static String coord(double d) {
    return String.format(Locale.ROOT, "%.1f", d);
  }

  static boolean finite(Double d) {
    return d != null && Double.isFinite(d);
  }
}
