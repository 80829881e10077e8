package io.papercuts.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;

/**
 * One input file decoded strictly, with its line structure. Bytes invalid in the encoding are
 * reported per line (and replaced by U+FFFD only so that the text stays aligned; records touching
 * such a line must be quarantined, never accepted). Lines end at LF, CRLF or a lone CR, as Commons
 * CSV counts them; line numbers are 1-based. A leading byte order mark is dropped and decides the
 * encoding, whatever is configured: UTF-8, or UTF-16 little- or big-endian (Excel's "Unicode
 * text" export).
 * The whole file is held in memory (about three times its size). Immutable.
 */
final class DecodedText {

  private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final String text;
  private final int[] lineStarts;
  private final TreeMap<Integer, String> badLines;

  private DecodedText(String text, int[] lineStarts, TreeMap<Integer, String> badLines) {
    this.text = text;
    this.lineStarts = lineStarts;
    this.badLines = badLines;
  }

  static DecodedText read(InputStream in, Charset configured) {
    byte[] bytes;
    try {
      bytes = in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return decode(bytes, configured);
  }

  static DecodedText decode(byte[] bytes, Charset configured) {
    int offset = 0;
    Charset cs = configured;
    if (bytes.length >= 3 && Arrays.equals(bytes, 0, 3, UTF8_BOM, 0, 3)) {
      offset = 3;
      cs = StandardCharsets.UTF_8;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
      // Excel's "Unicode text" and other Windows exports: UTF-16 little-endian, said by the BOM.
      offset = 2;
      cs = StandardCharsets.UTF_16LE;
    } else if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
      offset = 2;
      cs = StandardCharsets.UTF_16BE;
    }
    CharsetDecoder decoder = cs.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer out = CharBuffer.allocate(
        (int) Math.min(Integer.MAX_VALUE - 16L, (long) (in.remaining() * (double) decoder.maxCharsPerByte()) + 16));
    List<Integer> errorAt = new ArrayList<>();
    List<String> errorBytes = new ArrayList<>();
    boolean flushed = false;
    while (true) {
      CoderResult r = flushed ? decoder.flush(out) : decoder.decode(in, out, true);
      if (r.isUnderflow()) {
        if (flushed) {
          break;
        }
        flushed = true;
      } else if (r.isOverflow()) {
        out = grow(out);
      } else {
        int at = in.position();
        errorAt.add(out.position());
        errorBytes.add(hex(bytes, at, r.length()));
        in.position(at + r.length());
        if (!out.hasRemaining()) {
          out = grow(out);
        }
        out.put('\uFFFD');
      }
    }
    out.flip();
    String text = out.toString();
    int[] starts = lineStarts(text);
    TreeMap<Integer, String> bad = new TreeMap<>();
    for (int i = 0; i < errorAt.size(); i++) {
      int pos = errorAt.get(i);
      int line = lineOf(starts, pos);
      int column = pos - starts[line - 1] + 1;
      String what = errorBytes.get(i);
      bad.putIfAbsent(line, what + " at line " + line + ", column " + column
          + (what.startsWith("bytes") ? " are" : " is") + " not valid " + cs.name()
          + " (check ingest.encoding, e.g. windows-1252 for Excel exports)");
    }
    return new DecodedText(text, starts, bad);
  }

  String text() {
    return text;
  }

  int lineCount() {
    return lineStarts.length;
  }

  /** 1-based line holding the char at {@code pos}. */
  int lineOf(int pos) {
    return lineOf(lineStarts, pos);
  }

  int lineStart(int line) {
    return lineStarts[line - 1];
  }

  /** End of the line's content, before its line break. */
  int lineEnd(int line) {
    int end = line < lineStarts.length ? lineStarts[line] : text.length();
    if (end > lineStarts[line - 1] && text.charAt(end - 1) == '\n') {
      end--;
    }
    if (end > lineStarts[line - 1] && text.charAt(end - 1) == '\r') {
      end--;
    }
    return end;
  }

  String line(int line) {
    return text.substring(lineStart(line), lineEnd(line));
  }

  /** The first encoding problem on lines {@code from..to}, or null when they decoded cleanly. */
  String encodingProblem(int from, int to) {
    int line = firstBadLine(from, to);
    return line == 0 ? null : badLines.get(line);
  }

  /** The first line in {@code from..to} with invalid bytes, or 0 when there is none. */
  int firstBadLine(int from, int to) {
    Integer line = badLines.ceilingKey(from);
    return line != null && line <= to ? line : 0;
  }

  private static int lineOf(int[] starts, int pos) {
    int i = Arrays.binarySearch(starts, pos);
    return i >= 0 ? i + 1 : -i - 1;
  }

  private static int[] lineStarts(String text) {
    int[] starts = new int[16];
    int n = 0;
    starts[n++] = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean lineBreak = c == '\n' || (c == '\r' && (i + 1 == text.length() || text.charAt(i + 1) != '\n'));
      if (lineBreak) {
        if (n == starts.length) {
          starts = Arrays.copyOf(starts, n * 2);
        }
        starts[n++] = i + 1;
      }
    }
    // A final line break does not open a line of its own.
    if (n > 1 && starts[n - 1] == text.length()) {
      n--;
    }
    return Arrays.copyOf(starts, n);
  }

  private static CharBuffer grow(CharBuffer out) {
    CharBuffer bigger = CharBuffer.allocate(Math.max(16, out.capacity() * 2));
    out.flip();
    bigger.put(out);
    return bigger;
  }

  private static String hex(byte[] bytes, int from, int length) {
    StringBuilder sb = new StringBuilder(length == 1 ? "byte" : "bytes");
    for (int i = from; i < from + Math.min(length, 4); i++) {
      sb.append(String.format(" 0x%02X", bytes[i] & 0xFF));
    }
    return sb.toString();
  }
}
