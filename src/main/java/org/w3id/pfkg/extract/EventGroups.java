package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.pfkg.table.RuleTable;

/**
 * Whether a trigger tells an event of a group that includes the journalist ("both were sentenced",
 * "their trial opened", "freed them"), by the rules of {@code event-groups.tsv}. Reporting on
 * co-defendants speaks of the pair once named; without this, every step told of "the two" after the
 * first sentence is lost.
 */
final class EventGroups {
  /** How far before a trigger a group's subject may start. */
  private static final int WINDOW = 60;

  private record Rule(String side, Pattern pattern, Prefilter prefilter) {
    Rule(String side, Pattern pattern) {
      this(side, pattern, Prefilter.of(pattern));
    }
  }

  private final List<Rule> rules;

  private EventGroups(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static EventGroups load(Path rulesDir) {
    return new EventGroups(
        RuleTable.read(rulesDir.resolve("event-groups.tsv")).stream()
            .map(row -> new Rule(row.get("side"), row.patternIgnoringCase("pattern")))
            .toList());
  }

  /** The patterns this applies, for the check of their {@link Prefilter}s. */
  List<Pattern> patterns() {
    return rules.stream().map(Rule::pattern).toList();
  }

  /**
   * Whether a group stands as the subject or object of the trigger at {@code start}-{@code end}.
   */
  boolean names(String sentence, int start, int end) {
    String before = sentence.substring(Math.max(0, start - WINDOW), start);
    String inside = sentence.substring(start, end);
    // Folding keeps offsets, so the folded windows are the windows of the folded sentence.
    String folded = Prefilter.fold(sentence);
    String foldedBefore = folded.substring(Math.max(0, start - WINDOW), start);
    String foldedInside = folded.substring(start, end);
    return rules.stream()
        .anyMatch(
            r ->
                switch (r.side()) {
                  case "before" ->
                      r.prefilter().admits(foldedBefore) && r.pattern().matcher(before).find();
                  case "inside" ->
                      r.prefilter().admits(foldedInside) && r.pattern().matcher(inside).find();
                  default -> false;
                });
  }

  /**
   * Whether a sentence that speaks of the journalist names them together with others ("Lena Varga
   * and Piet Holm", "both reporters"), so that a group told of later may include them.
   */
  boolean together(String sentence) {
    String folded = Prefilter.fold(sentence);
    return rules.stream()
        .filter(r -> r.side().equals("together"))
        .anyMatch(r -> r.prefilter().admits(folded) && r.pattern().matcher(sentence).find());
  }
}
