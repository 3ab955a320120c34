package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.table.RuleTable;

/**
 * The state body that acted in an event: one of {@code authorities.tsv} (first rule wins) standing
 * as the agent of the event's trigger, where {@code authority-positions.tsv} allows ("Police
 * arrested", "arrested by police", "the court sentenced"); not a body named elsewhere in the
 * sentence ("a reporter critical of the government was arrested" has no known agent).
 */
final class ActingAuthority {
  /** A position rule: the words between the body and the trigger, before or after it. */
  private record Position(boolean before, Pattern pattern) {}

  private final List<Knowledge.Rule> bodies;
  private final List<Position> positions;

  private ActingAuthority(List<Knowledge.Rule> bodies, List<Position> positions) {
    this.bodies = List.copyOf(bodies);
    this.positions = List.copyOf(positions);
  }

  static ActingAuthority load(Path rulesDir, List<Knowledge.Rule> bodies) {
    List<Position> positions =
        RuleTable.read(rulesDir.resolve("authority-positions.tsv")).stream()
            .map(
                row ->
                    new Position(
                        row.get("side").equals("before"), row.patternIgnoringCase("pattern")))
            .toList();
    return new ActingAuthority(bodies, positions);
  }

  /** The agent of the trigger at {@code start}-{@code end}, as the text names it. */
  Optional<String> find(String sentence, int start, int end) {
    String folded = Prefilter.fold(sentence);
    for (Knowledge.Rule rule : bodies) {
      if (!rule.mayMatch(folded)) {
        continue; // the regex cannot match (Prefilter)
      }
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        if (agent(sentence, m.start(), m.end(), start, end)) {
          return Optional.of(common(m.group(), m.start()));
        }
      }
    }
    return Optional.empty();
  }

  private boolean agent(String sentence, int bodyStart, int bodyEnd, int start, int end) {
    // A trigger may name its agent ("authorities accused him of").
    if (bodyStart < end && start < bodyEnd) {
      return true;
    }
    for (Position p : positions) {
      if (p.before() && bodyEnd <= start) {
        if (p.pattern().matcher(sentence.substring(bodyEnd, start)).matches()) {
          return true;
        }
      } else if (!p.before() && bodyStart >= end) {
        if (p.pattern().matcher(sentence.substring(end, bodyStart)).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  /** "Police arrested ...": a common noun capitalised only because it opens the sentence. */
  private static String common(String authority, int start) {
    return start == 0 && authority.matches("\\p{Lu}\\p{Ll}+")
        ? authority.toLowerCase(java.util.Locale.ROOT)
        : authority;
  }
}
