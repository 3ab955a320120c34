package org.w3id.pfkg.table;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * A word list of {@code data/}: one entry a line, {@code #} starts a comment line, blanks skipped.
 */
public final class WordList {
  private WordList() {}

  public static List<String> read(Path file) {
    try {
      return Files.readAllLines(file).stream()
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .toList();
    } catch (IOException e) {
      throw new InputException(Location.of(file), "cannot read word list: " + e.getMessage(), e);
    }
  }

  /**
   * Any entry of a word list as a whole word, case ignored: {@code (?i)\b(?:a|b)\b}. Entries are
   * pattern fragments ("re-?arrested"), as the lists write them.
   */
  public static Pattern anyWord(Path file) {
    return Pattern.compile(
        read(file).stream().collect(Collectors.joining("|", "(?i)\\b(?:", ")\\b")));
  }
}
