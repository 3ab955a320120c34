package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.pfkg.table.RuleTable;

/**
 * Patterns read around a trigger within its clause, from a table with columns {@code id}, {@code
 * side} and {@code pattern}: {@code unasserted.tsv} ("plans to appeal", "urged them to release
 * her", "neither charged nor released": GOLD.md's planned actions are no events) and {@code
 * background.tsv} ("following a closed trial": an event named only as the setting of another).
 */
final class ClausePatterns {
  private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:—–(]");

  private static final Pattern CLAUSE_END = Pattern.compile("[,;:—–)]");

  /**
   * A pattern, whether it reads the clause before the trigger or after it, and whether a match
   * vetoes the others ({@code unless-before}, {@code unless-after}).
   */
  private record Rule(boolean before, boolean unless, Pattern pattern) {}

  private final List<Rule> rules;

  private ClausePatterns(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static ClausePatterns load(Path table) {
    return new ClausePatterns(
        RuleTable.read(table).stream()
            .map(
                row ->
                    new Rule(
                        row.get("side").endsWith("before"),
                        row.get("side").startsWith("unless-"),
                        row.patternIgnoringCase("pattern")))
            .toList());
  }

  /**
   * Whether the trigger matched at {@code start}..{@code end} is planned, demanded or denied. The
   * clause before it is read up to the match's last word, so that "had been neither charged" is
   * read with its "neither".
   */
  boolean test(String sentence, int start, int end) {
    String match = sentence.substring(start, end);
    int lastWord = match.strip().lastIndexOf(' ');
    int upTo = lastWord < 0 ? start : start + lastWord + 1;
    String before = sentence.substring(0, upTo);
    java.util.regex.Matcher m = CLAUSE_BREAK.matcher(before);
    int from = 0;
    while (m.find()) {
      from = m.end();
    }
    String clauseBefore = before.substring(from);
    String rest = sentence.substring(end);
    java.util.regex.Matcher stop = CLAUSE_END.matcher(rest);
    String clauseAfter = stop.find() ? rest.substring(0, stop.start()) : rest;
    java.util.function.Predicate<Rule> matches =
        r -> r.pattern().matcher(r.before() ? clauseBefore : clauseAfter).find();
    return rules.stream().filter(Rule::unless).noneMatch(matches)
        && rules.stream().filter(r -> !r.unless()).anyMatch(matches);
  }
}
