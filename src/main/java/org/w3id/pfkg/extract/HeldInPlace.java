package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.table.WordList;

/**
 * The phrases of {@code held-in-places.txt} ("she was held in") as one pattern over the words
 * before a place: the place after them is where the journalist was held. The detention finder takes
 * such a place as a place of detention; the event finder keeps it from being the place of an arrest
 * or a verdict told in the same sentence.
 */
final class HeldInPlace {
  private HeldInPlace() {}

  /** The phrases right before a place: the place is where someone is held. */
  static Pattern load(Path rulesDir) {
    return phrases(rulesDir, "\\s+$");
  }

  /**
   * The phrases anywhere before a place: "was held first at A and then at B, outside C" holds the
   * journalist at every place after it in the clause.
   */
  static Pattern anywhere(Path rulesDir) {
    return phrases(rulesDir, "\\s");
  }

  private static Pattern phrases(Path rulesDir, String after) {
    return Pattern.compile(
        WordList.read(rulesDir.resolve("held-in-places.txt")).stream()
            .collect(Collectors.joining("|", "(?i)\\b(?:", ")" + after)));
  }
}
