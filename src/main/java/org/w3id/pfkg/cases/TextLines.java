package org.w3id.pfkg.cases;

import java.util.Arrays;
import java.util.List;

/** The line rules both readers share, so that a narrative reads the same from text and JSON. */
final class TextLines {
  private TextLines() {}

  /** The lines of a text, after CRLF and lone CR are normalised to LF. */
  static List<String> split(String text) {
    return Arrays.asList(text.replace("\r\n", "\n").replace('\r', '\n').split("\n", -1));
  }

  /**
   * Blank means only white space, including the no-break spaces that web pages leave behind ({@link
   * String#isBlank()} does not count U+00A0 as white space).
   */
  static boolean isBlank(String line) {
    return line.chars().allMatch(c -> Character.isWhitespace(c) || Character.isSpaceChar(c));
  }

  /** The lines joined by LF without leading and trailing blank lines; inner lines are untouched. */
  static String joinTrimmed(List<String> lines) {
    int from = 0;
    int to = lines.size();
    while (from < to && isBlank(lines.get(from))) {
      from++;
    }
    while (to > from && isBlank(lines.get(to - 1))) {
      to--;
    }
    return String.join("\n", lines.subList(from, to));
  }

  /** The 1-based column, in characters (code points), of a UTF-16 index into a line. */
  static int column(String line, int index) {
    return line.codePointCount(0, index) + 1;
  }
}
