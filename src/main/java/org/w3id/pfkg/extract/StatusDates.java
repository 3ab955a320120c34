package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.table.RuleTable;

/**
 * The date a status statement holds at ({@link StatusFinder}): its sentence's own date, else the
 * document's (its dateline, else the latest date it tells as past). Kept apart from the finder
 * because what dates a statement is a question of its own: a date after "since" is where a state
 * began, "later that year" refers to the sentence before, "until 2031" lies ahead of the writing.
 * The words are those of {@code data/rules/status-dating.tsv}.
 *
 * @param ahead words before a date that may lie ahead of the writing
 * @param since "since" in the words of a statement: it holds when the document was written
 * @param sinceBefore "since" shortly before a date: the date is where a state began
 */
record StatusDates(Pattern ahead, Pattern since, Pattern sinceBefore) {
  /** The patterns of {@code status-dating.tsv}, by their ids. */
  static StatusDates load(Path rulesDir) {
    Path file = rulesDir.resolve("status-dating.tsv");
    Map<String, Pattern> byId = new HashMap<>();
    RuleTable.read(file).forEach(r -> byId.put(r.get("id"), r.pattern("pattern")));
    for (String id : List.of("ahead", "since", "since-before")) {
      if (!byId.containsKey(id)) {
        throw new InputException(Location.of(file), "expected a row with id \"" + id + "\"");
      }
    }
    return new StatusDates(byId.get("ahead"), byId.get("since"), byId.get("since-before"));
  }

  /** Dates in order of their first day, then of their last. */
  static final Comparator<FactDate> ORDER =
      Comparator.comparing(FactDate::earliest).thenComparing(FactDate::latest);

  /**
   * The sentence's own date nearest the words that state the status; not the start of the state
   * ("has been in prison since 2001", "has been held since he was refused bail in May 2019", "has
   * worked from exile since he fled in 2020" say where the journalist is as of the document).
   */
  Optional<FactDate> ofSentence(Reading reading, Sentence s, int start, int end) {
    RelativeDates.Anchors anchors =
        new RelativeDates.Anchors(reading.dateline(), dateBefore(reading, s.index()));
    return reading.dates().read(s.text(), anchors, DateFinder.ReportDate.NONE).dates().stream()
        .filter(DateFinder.DateMention::adverbial)
        .filter(d -> !sinceBefore.matcher(s.text().substring(0, d.start())).find())
        .filter(d -> !since.matcher(s.text()).region(start, Math.max(start, d.start())).find())
        .min(Comparator.comparingInt(d -> Math.abs(d.start() - start) + Math.abs(d.end() - end)))
        .map(DateFinder.DateMention::date);
  }

  /**
   * The date a phrase such as "later that year" refers back to: the last date of the nearest
   * sentence before that gives one, as the event finder's chain has it ("in 2011 he was given three
   * years. RSF says he was pardoned later that year" is 2011, not the year of the dateline).
   */
  private static Optional<FactDate> dateBefore(Reading reading, int index) {
    for (int i = index - 1; i >= 0; i--) {
      Optional<FactDate> last =
          reading.dates().find(reading.sentences().get(i).text(), reading.dateline()).stream()
              .filter(d -> d.date().precision() != DatePrecision.VAGUE)
              .filter(DateFinder.DateMention::adverbial)
              .reduce((x, y) -> y)
              .map(DateFinder.DateMention::date);
      if (last.isPresent()) {
        return last;
      }
    }
    return reading.dateline().map(StatusDates::datelineDate);
  }

  /**
   * The dateline's date, else the latest date the document mentions: read at the first call, then
   * kept.
   */
  Supplier<Optional<FactDate>> ofDocument(Reading reading) {
    List<Optional<FactDate>> kept = new ArrayList<>(1);
    return () -> {
      if (kept.isEmpty()) {
        kept.add(reading.dateline().map(StatusDates::datelineDate).or(() -> latestDate(reading)));
      }
      return kept.get(0);
    };
  }

  private static FactDate datelineDate(LocalDate d) {
    return new FactDate(
        Optional.of(d.toString()), DatePrecision.DAY, "dateline " + d, d, d, d.toString());
  }

  private Optional<FactDate> latestDate(Reading reading) {
    return reading.sentences().stream()
        .map(
            s ->
                reading.dates().find(s.text(), reading.dateline()).stream()
                    .filter(d -> !ahead.matcher(s.text()).region(0, d.start()).find())
                    .map(DateFinder.DateMention::date)
                    .filter(d -> d.precision() != DatePrecision.VAGUE)
                    .max(ORDER))
        .flatMap(Optional::stream)
        .max(ORDER);
  }
}
