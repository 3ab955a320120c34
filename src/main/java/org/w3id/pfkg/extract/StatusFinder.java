package org.w3id.pfkg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.CaseStatus;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.FactDate;
import org.w3id.pfkg.facts.StatusStatement;

/**
 * Finds where a document leaves the journalist with the rules of {@code statuses.tsv}: each
 * sentence about the journalist that a rule matches (and no hedge doubts) is a statement dated by
 * its own date, else by the document's date; the latest one wins, and of equally dated ones the
 * later in the text ("He is serving a life sentence" in a profile that goes on to tell an old
 * release is dated by the document and so outranks the dated release).
 */
final class StatusFinder {
  private final List<Knowledge.Rule> rules;
  private final List<Knowledge.Rule> hedges;

  StatusFinder(Knowledge knowledge) {
    this.rules = knowledge.statusRules();
    this.hedges = knowledge.hedgeRules();
  }

  /** The document's latest statement of the journalist's status, if it makes one. */
  Optional<StatusStatement> find(Reading reading) {
    // The document's date is read only when a statement lacks a date of its own: reading every
    // sentence's dates again costs as much as the event finder's reading of them.
    java.util.function.Supplier<Optional<FactDate>> documentDate = documentDate(reading);
    StatusStatement latest = null;
    for (Sentence s : reading.sentences()) {
      if (!reading.reference().mentions(s.text())) {
        continue;
      }
      String folded = Prefilter.fold(s.text());
      for (Knowledge.Rule rule : rules) {
        if (!rule.mayMatch(folded)) {
          continue; // the regex cannot match (Prefilter)
        }
        Matcher m = rule.pattern().matcher(s.text());
        if (m.find() && !hedged(s.text(), folded, m.end())) {
          // "Has been held since ..." holds when the document was written, whatever the sentence
          // dates ("arrested on August 10, 2020, and has been held since").
          Optional<FactDate> asOf =
              (SINCE.matcher(m.group()).find()
                      ? Optional.<FactDate>empty()
                      : sentenceDate(reading, s, m.start(), m.end()))
                  .or(documentDate);
          StatusStatement found =
              new StatusStatement(
                  CaseStatus.of(rule.value()),
                  asOf,
                  reading.attribution(s).main(),
                  reading.evidence(s, "status:" + rule.id()));
          if (latest == null || !before(found, latest)) {
            latest = found;
          }
          break;
        }
      }
    }
    return Optional.ofNullable(latest);
  }

  /**
   * A hedge doubts the statement it precedes ("could not confirm that he was released", "presumed
   * that she had been freed"), not one told before it ("the WUC said he was released on July 25,
   * while others presumed ...").
   */
  private boolean hedged(String sentence, String folded, int statusEnd) {
    return hedges.stream()
        .filter(h -> h.mayMatch(folded))
        .map(h -> h.pattern().matcher(sentence))
        .anyMatch(m -> m.find() && m.start() < statusEnd);
  }

  /** Whether {@code a} is dated strictly before {@code b}; undated statements come first. */
  private static boolean before(StatusStatement a, StatusStatement b) {
    if (a.asOf().isEmpty() || b.asOf().isEmpty()) {
      return a.asOf().isEmpty() && b.asOf().isPresent();
    }
    return ORDER.compare(a.asOf().get(), b.asOf().get()) < 0;
  }

  /**
   * Words before a date that may lie ahead of the writing ("held until January 2027", "a term that
   * ends in 2030"): such a date does not date the document.
   */
  private static final Pattern AHEAD =
      Pattern.compile(
          "(?i)\\b(until|till|up to|due (in|on|by|for)|scheduled for|set for|expected (in|on|by)"
              + "|expires? (in|on)|ends? (in|on)|release date (of|in|on)?)\\s*(early |mid-?|late )?$");

  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\b");

  /** Dates in order of their first day, then of their last. */
  static final Comparator<FactDate> ORDER =
      Comparator.comparing(FactDate::earliest).thenComparing(FactDate::latest);

  /**
   * The sentence's own date nearest the words that state the status. A date after "since" in the
   * statement ("has been held since he was refused bail in May 2019") is where the state began, not
   * when it was said to hold: the statement then takes the document's date.
   */
  private static Optional<FactDate> sentenceDate(Reading reading, Sentence s, int start, int end) {
    RelativeDates.Anchors anchors =
        new RelativeDates.Anchors(reading.dateline(), dateBefore(reading, s.index()));
    return reading.dates().read(s.text(), anchors, DateFinder.ReportDate.NONE).dates().stream()
        .filter(DateFinder.DateMention::adverbial)
        .filter(d -> !SINCE.matcher(s.text()).region(start, Math.max(start, d.start())).find())
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
    return reading.dateline().map(StatusFinder::datelineDate);
  }

  /**
   * The dateline's date, else the latest date the document mentions: read at the first call, then
   * kept.
   */
  private static java.util.function.Supplier<Optional<FactDate>> documentDate(Reading reading) {
    List<Optional<FactDate>> kept = new java.util.ArrayList<>(1);
    return () -> {
      if (kept.isEmpty()) {
        kept.add(reading.dateline().map(StatusFinder::datelineDate).or(() -> latestDate(reading)));
      }
      return kept.get(0);
    };
  }

  private static FactDate datelineDate(java.time.LocalDate d) {
    return new FactDate(
        Optional.of(d.toString()), DatePrecision.DAY, "dateline " + d, d, d, d.toString());
  }

  private static Optional<FactDate> latestDate(Reading reading) {
    return reading.sentences().stream()
        .map(
            s ->
                reading.dates().find(s.text(), reading.dateline()).stream()
                    .filter(d -> !AHEAD.matcher(s.text()).region(0, d.start()).find())
                    .map(DateFinder.DateMention::date)
                    .filter(d -> d.precision() != DatePrecision.VAGUE)
                    .max(ORDER))
        .flatMap(Optional::stream)
        .max(ORDER);
  }
}
