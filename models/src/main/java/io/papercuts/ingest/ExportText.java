package io.papercuts.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Undoes what web and social exports do to review and transcript text, before it is analysed:
 * <ul>
 *   <li>HTML character references are decoded once: numeric ones ({@code &#34;}, {@code &#x27;})
 *       and the named ones of HTML 4.01 ({@code &amp;}, {@code &lt;}, {@code &quot;},
 *       {@code &eacute;}, ... and {@code &apos;}; the list is the resource
 *       {@code html-entities.txt}). Once: {@code &amp;lt;} becomes {@code &lt;}, as a browser
 *       shows it. An unknown name, a reference without its {@code ;}, or a number that is no
 *       character (0, a surrogate) is left as written.
 *   <li>@handles are removed: a reply's leading addressees ({@code "@AmazonHelp @115712 my
 *       order..."} becomes {@code "my order..."}, also Twitter's {@code ".@handle"}) and a handle
 *       inside the text ({@code "thanks @AmazonHelp for nothing"} becomes {@code "thanks for
 *       nothing"}). A handle names an account, the company's or a person's: it says nothing about
 *       a friction, would otherwise come back as a keyphrase or theme ("amazonhelp"), and a
 *       person's handle is personal data. A handle is {@code @} and 1 to 15 letters, digits or
 *       {@code _} (Twitter's rule; a possessive {@code 's} goes with it), not preceded by a
 *       letter, digit, {@code .}, {@code /} or {@code @}, so an e-mail address
 *       ({@code me@example.com}), a URL path and {@code "meet @ 5"} are left alone.
 * </ul>
 * Applied to review titles and bodies and to every transcript turn (JSON Lines, CSV and plain
 * text); survey comments are left as written. Stateless; thread-safe.
 */
final class ExportText {

  private static final Map<String, String> NAMED = loadEntities();
  private static final Pattern REFERENCE =
      Pattern.compile("&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));");
  /** A handle, with a possessive {@code 's} that belongs to it ("@AmazonHelp's app"). */
  private static final String HANDLE = "@[A-Za-z0-9_]{1,15}(?![A-Za-z0-9_@])(?:['\u2019]s\\b)?";
  /** The addressees a reply starts with, and what separates them from each other and the text. */
  private static final Pattern LEADING_HANDLES =
      Pattern.compile("^\\s*(?:\\.?" + HANDLE + "[\\s,;:]*)+");
  /** A handle inside the text, with the blanks before it. */
  private static final Pattern INNER_HANDLE =
      Pattern.compile("([ \\t]*)(?<![\\p{L}\\p{N}_.@/])" + HANDLE);

  private ExportText() {
  }

  /** Entities decoded, then handles removed; stripped. Null stays null. */
  static String clean(String text) {
    if (text == null) {
      return null;
    }
    return withoutHandles(decodeEntities(text)).strip();
  }

  /** HTML character references decoded once (see the class comment). */
  static String decodeEntities(String text) {
    if (text.indexOf('&') < 0) {
      return text;
    }
    Matcher m = REFERENCE.matcher(text);
    StringBuilder out = new StringBuilder(text.length());
    while (m.find()) {
      String replacement = m.group(3) != null ? NAMED.get(m.group(3))
          : codePoint(m.group(1) != null ? Integer.parseInt(m.group(1))
              : Integer.parseInt(m.group(2), 16));
      m.appendReplacement(out, Matcher.quoteReplacement(
          replacement == null ? m.group() : replacement));
    }
    m.appendTail(out);
    return out.toString();
  }

  /** Leading addressee handles and handles inside the text removed (see the class comment). */
  static String withoutHandles(String text) {
    if (text.indexOf('@') < 0) {
      return text;
    }
    String rest = LEADING_HANDLES.matcher(text).replaceFirst("");
    Matcher m = INNER_HANDLE.matcher(rest);
    StringBuilder out = new StringBuilder(rest.length());
    while (m.find()) {
      // One blank stays between two words ("thanks for"), none before punctuation ("thanks,").
      boolean wordFollows = m.end() < rest.length()
          && !Character.isWhitespace(rest.charAt(m.end()))
          && Character.isLetterOrDigit(rest.codePointAt(m.end()));
      m.appendReplacement(out, wordFollows && !m.group(1).isEmpty() ? " " : "");
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String codePoint(int cp) {
    boolean character = cp > 0 && cp <= Character.MAX_CODE_POINT
        && !(cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE);
    return character ? new String(Character.toChars(cp)) : null;
  }

  private static Map<String, String> loadEntities() {
    Map<String, String> m = new HashMap<>();
    try (InputStream in = ExportText.class.getResourceAsStream("html-entities.txt")) {
      if (in == null) {
        throw new IllegalStateException("missing resource html-entities.txt");
      }
      BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        String[] parts = l.split("\\s+");
        m.put(parts[0], new String(Character.toChars(Integer.parseInt(parts[1], 16))));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.copyOf(m);
  }
}
