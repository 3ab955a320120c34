package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Whether a trigger is not stated as having happened, from {@code unasserted.tsv}: "plans to
 * appeal" and "urged them to release her" are no appeal and no release (GOLD.md: planned actions
 * are not events), nor is "neither charged nor released".
 */
final class Unasserted {
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–(]");

  private final List<Pattern> patterns;

  private Unasserted(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  static Unasserted load(Path rulesDir) {
    return new Unasserted(
        RuleTable.read(rulesDir.resolve("unasserted.tsv")).stream()
            .map(
                row ->
                    Pattern.compile(
                        row.pattern("pattern").pattern(),
                        Pattern.CASE_INSENSITIVE
                            | Pattern.UNICODE_CASE
                            | Pattern.UNICODE_CHARACTER_CLASS))
            .toList());
  }

  /** Whether the trigger starting at {@code start} is planned, demanded or denied. */
  boolean test(String sentence, int start) {
    String before = sentence.substring(0, start);
    java.util.regex.Matcher m = CLAUSE_BREAK.matcher(before);
    int from = 0;
    while (m.find()) {
      from = m.end();
    }
    String clause = before.substring(from);
    return patterns.stream().anyMatch(p -> p.matcher(clause).find());
  }
}
