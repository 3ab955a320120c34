package org.w3id.pfkg.cases;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * Turns the bytes of a case file into text, strictly: a case file is UTF-8 text or it is rejected
 * with the line and column of the first bad byte. Lenient decoding would turn a mis-saved file into
 * U+FFFD characters inside names and evidence quotes, which nobody would notice until publication.
 */
final class Utf8Text {
  private static final int BOM_LENGTH = 3;

  private Utf8Text() {}

  /**
   * The text of a file, without its byte order mark; line ends are left as they are.
   *
   * @throws InputException for control bytes that mark binary content, or for invalid UTF-8
   */
  static String decode(Path file, byte[] bytes) {
    int start = hasBom(bytes) ? BOM_LENGTH : 0;
    for (int i = start; i < bytes.length; i++) {
      if (isBinary(bytes[i])) {
        throw new InputException(
            locate(file, bytes, start, i),
            String.format(
                "expected UTF-8 text, found binary content (byte 0x%02X)", bytes[i] & 0xFF));
      }
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
    // UTF-8 never yields more UTF-16 chars than it has bytes, so the output cannot overflow.
    CharBuffer out = CharBuffer.allocate(bytes.length - start);
    CoderResult result = decoder.decode(in, out, true);
    if (!result.isError()) {
      result = decoder.flush(out);
    }
    if (result.isError()) {
      int bad = in.position();
      throw new InputException(
          locate(file, bytes, start, bad),
          String.format("expected UTF-8 text, found invalid byte 0x%02X", bytes[bad] & 0xFF));
    }
    return out.flip().toString();
  }

  private static boolean hasBom(byte[] bytes) {
    return bytes.length >= BOM_LENGTH
        && (bytes[0] & 0xFF) == 0xEF
        && (bytes[1] & 0xFF) == 0xBB
        && (bytes[2] & 0xFF) == 0xBF;
  }

  /** NUL and the other C0 controls never occur in a profile; tab, LF, FF and CR do. */
  private static boolean isBinary(byte b) {
    return b >= 0 && isControl((char) b);
  }

  /** A C0 control other than tab, LF, FF and CR: never part of a case text, in any format. */
  static boolean isControl(char c) {
    return c < 0x20 && c != '\t' && c != '\n' && c != '\f' && c != '\r';
  }

  /**
   * The line and column of a byte offset, counting LF, CRLF and lone CR as line ends and each
   * character (not each byte) as one column, so the location matches what an editor shows.
   */
  private static Location locate(Path file, byte[] bytes, int start, int offset) {
    int line = 1;
    int column = 1;
    for (int i = start; i < offset; i++) {
      byte b = bytes[i];
      if (b == '\n' || (b == '\r' && (i + 1 >= bytes.length || bytes[i + 1] != '\n'))) {
        line++;
        column = 1;
      } else if (b != '\r' && (b & 0xC0) != 0x80) {
        column++;
      }
    }
    return new Location(file, line, column);
  }
}
