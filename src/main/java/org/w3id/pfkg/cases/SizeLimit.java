package org.w3id.pfkg.cases;

import java.nio.file.Path;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * The most characters one case document may have. Extraction and mapping take time and memory that
 * grow with the text (a 5 MB one-line narrative took 669 s and 7.2 GB to build), so a document over
 * the limit is refused when it is read, at the first character over it, and never extracted.
 *
 * @param maxChars the most characters (code points), headers and narrative together
 */
record SizeLimit(int maxChars) {
  /** UTF-8 spends at most 4 bytes on one character (code point). */
  private static final int MAX_BYTES_PER_CHAR = 4;

  private static final int BOM_BYTES = 3;

  SizeLimit {
    if (maxChars < 1) {
      throw new IllegalArgumentException("the character limit must be at least 1, was " + maxChars);
    }
  }

  /**
   * The bytes of a file that may hold at most {@code maxChars} characters; checked before decoding,
   * so that a file far over the limit is not decoded at all.
   *
   * @throws InputException at the file when it has more bytes than any text within the limit has
   */
  byte[] check(Path file, byte[] bytes) {
    if ((long) bytes.length > (long) MAX_BYTES_PER_CHAR * maxChars + BOM_BYTES) {
      throw new InputException(
          Location.of(file),
          "expected a case document of at most "
              + maxChars
              + " characters (--max-case-chars), found "
              + bytes.length
              + " bytes; split it into several documents of the case or shorten it");
    }
    return bytes;
  }

  /**
   * The text of a document within the limit.
   *
   * @throws InputException at the line and column of the first character over the limit
   */
  String check(Path file, String text) {
    int chars = text.codePointCount(0, text.length());
    if (chars <= maxChars) {
      return text;
    }
    throw new InputException(
        locate(file, text, text.offsetByCodePoints(0, maxChars)),
        "expected a case document of at most "
            + maxChars
            + " characters (--max-case-chars), found "
            + chars
            + "; split it into several documents of the case or shorten it");
  }

  /** Line and column of a char index, counting LF, CRLF and lone CR as line ends, as editors do. */
  private static Location locate(Path file, String text, int index) {
    int line = 1;
    int lineStart = 0;
    for (int i = 0; i < index; i++) {
      char c = text.charAt(i);
      if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
        line++;
        lineStart = i + 1;
      }
    }
    return new Location(file, line, text.codePointCount(lineStart, index) + 1);
  }
}
