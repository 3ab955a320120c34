package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.w3id.pfkg.table.RuleTable;

/**
 * The dates of {@code report-dates.tsv}: "according to UHRP in 2015", "CPJ's 2015 census", "told
 * CPJ in October 2023": they say when a source spoke, and dating the event by them would publish a
 * wrong fact.
 */
final class ReportDates implements DateFinder.ReportDate {
  /** How far before a date a report phrase may start. */
  private static final int WINDOW = 90;

  private record Rule(boolean before, Pattern pattern, Prefilter prefilter) {
    Rule(boolean before, Pattern pattern) {
      this(before, pattern, Prefilter.of(pattern));
    }
  }

  private final List<Rule> rules;

  private ReportDates(List<Rule> rules) {
    this.rules = List.copyOf(rules);
  }

  static ReportDates load(Path rulesDir) {
    return new ReportDates(
        RuleTable.read(rulesDir.resolve("report-dates.tsv")).stream()
            .map(
                row ->
                    new Rule(row.get("side").equals("before"), row.patternIgnoringCase("pattern")))
            .toList());
  }

  /** The patterns this applies, for the check of their {@link Prefilter}s. */
  List<Pattern> patterns() {
    return rules.stream().map(Rule::pattern).toList();
  }

  @Override
  public boolean test(String sentence, int start, int end) {
    String before = sentence.substring(Math.max(0, start - WINDOW), start);
    String after = sentence.substring(end);
    // Folding keeps offsets, so the folded windows are the windows of the folded sentence.
    String folded = Prefilter.fold(sentence);
    String foldedBefore = folded.substring(Math.max(0, start - WINDOW), start);
    String foldedAfter = folded.substring(end);
    return rules.stream()
        .anyMatch(
            r ->
                r.prefilter().admits(r.before() ? foldedBefore : foldedAfter)
                    && r.pattern().matcher(r.before() ? before : after).find());
  }
}
