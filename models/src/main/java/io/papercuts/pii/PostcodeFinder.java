package io.papercuts.pii;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Postcodes: UK postcodes in capitals with the space ({@code SW1A 1AA}, {@code M1 1AE}) whose
 * area is a real one ({@code SW}, {@code EC}, {@code M}, ...), so product codes such as
 * {@code PS5 1TB} stay; a US ZIP code right after a state ({@code CA 94105},
 * {@code New York, NY 10001-1234}, {@code Texas 73301}); and any of these, or a solid UK code,
 * after {@code postcode}, {@code post code}, {@code postal code} or {@code zip code}. Only the
 * code is replaced. Stateless and thread-safe.
 */
final class PostcodeFinder implements PiiFinder {

  private static final Set<String> UK_AREAS = Set.of(("AB|AL|BA|BB|BD|BF|BH|BL|BN|BR|BS|BT|BX|B|CA|CB|CF|CH"
      + "|CM|CO|CR|CT|CV|CW|DA|DD|DE|DG|DH|DL|DN|DT|DY|EC|EH|EN|EX|E|FK|FY|GL|GU|GY|G|HA|HD|HG"
      + "|HP|HR|HS|HU|HX|IG|IM|IP|IV|JE|KA|KT|KW|KY|LA|LD|LE|LL|LN|LS|LU|L|ME|MK|ML|M|NE|NG|NN"
      + "|NP|NR|NW|N|OL|OX|PA|PE|PH|PL|PO|PR|RG|RH|RM|SA|SE|SG|SK|SL|SM|SN|SO|SP|SR|SS|ST|SW|SY"
      + "|S|TA|TD|TF|TN|TQ|TR|TS|TW|UB|WA|WC|WD|WF|WN|WR|WS|WV|W|YO|ZE").split("\\|"));
  private static final Pattern UK = Pattern.compile(
      "(?<![\\p{L}\\p{N}_\\-])([A-Z]{1,2})\\d[A-Z\\d]?( ?)\\d[ABD-HJLNP-UW-Z]{2}"
          + "(?![\\p{L}\\p{N}_])");
  private static final Set<String> STATES = Set.of(("AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY"
      + "|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT"
      + "|VA|WA|WV|WI|WY|Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut"
      + "|Delaware|Florida|Georgia|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana"
      + "|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska"
      + "|Nevada|New Hampshire|New Jersey|New Mexico|New York|North Carolina|North Dakota|Ohio"
      + "|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|Tennessee|Texas"
      + "|Utah|Vermont|Virginia|Washington|West Virginia|Wisconsin|Wyoming").split("\\|"));
  private static final Pattern US = Pattern.compile(
      "(?<![\\p{L}\\p{N}_])([A-Z][A-Za-z]{1,12}+(?: [A-Z][a-z]{3,12}+)?),?[ ](\\d{5}(?:-\\d{4})?)(?![\\p{N}\\-%]|[.,]\\d)");
  private static final Pattern CUED = Pattern.compile(
      "(?i)(?<![\\p{L}])(?:postcode|post code|postal code|zip code|zipcode|plz)(?:[ ]?(?:is|was|:))?"
          + "[ ]?(\\d{4,5}(?:-\\d{4})?|(?-i:[A-Z]{1,2}\\d[A-Z\\d]? ?\\d[A-Z]{2}))(?![\\p{L}\\p{N}])");
  private static final Set<String> BYTE_UNITS = Set.of("TB", "GB", "MB", "KB");

  @Override
  public PiiType type() {
    return PiiType.POSTCODE;
  }

  @Override
  public List<Span> find(String text) {
    List<Span> spans = new ArrayList<>();
    Matcher cued = CUED.matcher(text);
    while (cued.find()) {
      spans.add(new Span(cued.start(1), cued.end(1)));
    }
    Matcher uk = UK.matcher(text);
    while (uk.find()) {
      String inward = uk.group().substring(uk.group().length() - 2);
      if (UK_AREAS.contains(uk.group(1)) && !uk.group(2).isEmpty()
          && !BYTE_UNITS.contains(inward)) {
        spans.add(new Span(uk.start(), uk.end()));
      }
    }
    Matcher us = US.matcher(text);
    while (us.find()) {
      if (STATES.contains(us.group(1))) {
        spans.add(new Span(us.start(2), us.end(2)));
      }
    }
    return disjoint(spans);
  }

  private static List<Span> disjoint(List<Span> spans) {
    spans.sort((a, b) -> a.start() != b.start() ? Integer.compare(a.start(), b.start())
        : Integer.compare(b.end(), a.end()));
    List<Span> out = new ArrayList<>();
    int end = -1;
    for (Span s : spans) {
      if (s.start() >= end) {
        out.add(s);
        end = s.end();
      }
    }
    return out;
  }
}
