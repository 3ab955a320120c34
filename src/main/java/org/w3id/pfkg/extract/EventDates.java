package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.EventType;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.table.RuleTable;

/**
 * Which date of its sentence dates an event: for an event of the journalist, the nearest adverbial
 * date, unless a relative phrase with no anchor stands nearer (the event has a date we cannot
 * state); for a context event or a trigger named only as background, a date attached to its own
 * words. {@code event-dating.tsv} says which dates are out of an event's reach: an earlier date
 * before "later" or "after which", a later date in another clause, the start of a state ("jailed
 * since 2018").
 */
final class EventDates {
  /** "Remanded in custody until August 7": the end of a stay dates only a release. */
  private static final Pattern UNTIL = Pattern.compile("(?i)\\b(?:until|till|through)\\s+$");

  /**
   * The date an event gets, or the relative phrase that dates it to a day we cannot state.
   *
   * @param undatedPhrase the phrase, when one stands nearer than any date
   */
  record Choice(Optional<FactDate> date, Optional<String> undatedPhrase) {}

  private final List<Pattern> sequel;
  private final List<Pattern> sequelAfter;
  private final List<Pattern> clauseBreak;
  private final List<Pattern> stateStart;

  private EventDates(
      List<Pattern> sequel,
      List<Pattern> sequelAfter,
      List<Pattern> clauseBreak,
      List<Pattern> stateStart) {
    this.sequel = List.copyOf(sequel);
    this.sequelAfter = List.copyOf(sequelAfter);
    this.clauseBreak = List.copyOf(clauseBreak);
    this.stateStart = List.copyOf(stateStart);
  }

  static EventDates load(Path rulesDir) {
    List<Pattern> sequel = new ArrayList<>();
    List<Pattern> sequelAfter = new ArrayList<>();
    List<Pattern> clauseBreak = new ArrayList<>();
    List<Pattern> stateStart = new ArrayList<>();
    Path file = rulesDir.resolve("event-dating.tsv");
    for (RuleTable.Row row : RuleTable.read(file)) {
      Pattern p = row.patternIgnoringCase("pattern");
      switch (row.get("effect")) {
        case "sequel" -> sequel.add(p);
        case "sequel-after" -> sequelAfter.add(p);
        case "clause-break" -> clauseBreak.add(p);
        case "state-start" -> stateStart.add(p);
        default ->
            throw new org.w3id.pfkg.problem.InputException(
                new org.w3id.pfkg.problem.Location(file, (int) row.line(), 1),
                "unknown effect '" + row.get("effect") + "'");
      }
    }
    return new EventDates(sequel, sequelAfter, clauseBreak, stateStart);
  }

  /**
   * Whether a date may date the trigger at {@code start}-{@code end}: not an earlier date when the
   * words between, or right after the trigger, put the event later; not a later date in another
   * clause; not the start of a state told before the trigger.
   */
  private boolean inReach(String sentence, DateFinder.DateMention d, int start, int end) {
    if (d.end() <= start) {
      // The trigger's own words count: "a term later reduced on appeal".
      String between = sentence.substring(d.end(), end);
      String after = sentence.substring(end, Math.min(sentence.length(), end + 40));
      boolean later =
          sequel.stream().anyMatch(p -> p.matcher(between).find())
              || sequelAfter.stream().anyMatch(p -> p.matcher(after).find());
      String before = sentence.substring(0, d.start());
      return !later && stateStart.stream().noneMatch(p -> p.matcher(before).find());
    }
    if (d.start() >= end) {
      String between = sentence.substring(end, d.start());
      return clauseBreak.stream().noneMatch(p -> p.matcher(between).find());
    }
    return true;
  }

  /**
   * Words between a trigger and a later date that hand the date to another verb or a thing named
   * ("and ordered him to report on September 5", "where he was questioned about two articles, one
   * of February 3").
   */
  private static final Pattern OTHER_PHRASE =
      Pattern.compile(
          "(?i)[;:]|\\b(?:and|or|but|where|which|who|whom|whose|when|while|one of|those of|that of)\\b");

  private boolean breaks(String between) {
    return clauseBreak.stream().anyMatch(p -> p.matcher(between).find());
  }

  /** The date of an event of the journalist whose trigger spans {@code start}-{@code end}. */
  Choice nearest(
      String sentence,
      EventType type,
      int start,
      int end,
      List<DateFinder.DateMention> dates,
      List<RelativeDates.Unresolved> unresolved) {
    List<DateFinder.DateMention> reachable =
        dates.stream()
            .filter(DateFinder.DateMention::adverbial)
            .filter(d -> inReach(sentence, d, start, end))
            .filter(
                d ->
                    type == EventType.RELEASE
                        || !UNTIL.matcher(sentence.substring(0, d.start())).find())
            .toList();
    // "detained on July 13, and given four years that September": a date of the trigger's own
    // clause, after it, dates it rather than one before the clause began.
    boolean ownLater =
        reachable.stream()
            .anyMatch(
                d ->
                    d.start() >= end
                        && !OTHER_PHRASE.matcher(sentence.substring(end, d.start())).find());
    Optional<DateFinder.DateMention> nearest =
        reachable.stream()
            .filter(
                d -> !ownLater || d.end() > start || !breaks(sentence.substring(d.end(), start)))
            .min(Comparator.comparingInt(d -> distance(d.start(), d.end(), start, end)));
    // A relative phrase nearer the trigger than any date ("detained two days later" with no
    // date to count from) dates the event, to a day we cannot state.
    Optional<RelativeDates.Unresolved> phrase =
        unresolved.stream()
            .min(Comparator.comparingInt(u -> distance(u.start(), u.end(), start, end)));
    boolean phraseNearer =
        phrase.isPresent()
            && (nearest.isEmpty()
                || distance(phrase.get().start(), phrase.get().end(), start, end)
                    < distance(nearest.get().start(), nearest.get().end(), start, end));
    if (phraseNearer) {
      return new Choice(Optional.empty(), phrase.map(RelativeDates.Unresolved::text));
    }
    return new Choice(nearest.map(DateFinder.DateMention::date), Optional.empty());
  }

  /**
   * A context event (riots, a blackout) is dated only by a date attached to its noun: "the July
   * 2009 riots", "the unrest of July 5, 2009", "demonstrations on July 5, 2009". Any other date of
   * the sentence dates something else (her arrest after the riots).
   */
  static Optional<FactDate> attachedDate(
      String sentence, List<DateFinder.DateMention> dates, int start, int end) {
    for (DateFinder.DateMention d : dates) {
      boolean before = d.end() <= start && start - d.end() <= 2;
      boolean inside = d.start() >= start && d.end() <= end;
      boolean after =
          d.start() >= end
              && sentence
                  .substring(end, d.start())
                  .matches(",?\\s(?:\\p{L}+\\s)?(?:of|on|in|for)\\s(?:the\\s)?");
      if (before || inside || after) {
        return Optional.of(d.date());
      }
    }
    return Optional.empty();
  }

  private static int distance(int aStart, int aEnd, int bStart, int bEnd) {
    return aEnd <= bStart ? bStart - aEnd : aStart >= bEnd ? aStart - bEnd : 0;
  }
}
