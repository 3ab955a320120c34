package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.w3id.pfkg.facts.FactDate;

/**
 * Dates that need an anchor to mean anything. GOLD.md resolves them only against an explicit date
 * of the same text, and each kind against its own anchor:
 *
 * <ul>
 *   <li>the report's own time ("on Thursday", "today", "yesterday") against the dateline only: in a
 *       text without one, the weekday of a long-past week is unknowable;
 *   <li>a step from an event ("two days later", "the next day", "the following month") against the
 *       explicit date it follows in the same sentence, else the last date of the chain of sentences
 *       before;
 *   <li>a day or month without a year ("on July 8", "in June") takes the year of that same anchor,
 *       else of the dateline (the last such day on or before it).
 * </ul>
 *
 * A phrase whose anchor is missing, or too coarse ("two days later" after "in 2014"), is kept as
 * {@link Unresolved}: it still tells the event finder that its event has a date, just not one we
 * can state.
 */
final class RelativeDates {
  /** What a relative phrase may be resolved against. */
  record Anchors(Optional<LocalDate> dateline, Optional<FactDate> chain) {
    static final Anchors NONE = new Anchors(Optional.empty(), Optional.empty());
  }

  /** A relative phrase with no anchor to resolve it against; offsets within the sentence. */
  record Unresolved(String text, int start, int end) {}

  private RelativeDates() {}

  /**
   * Resolves the relative phrases of a sentence, in text order, against {@code anchors} and the
   * dates of {@code found} before them; adds the resolved ones to {@code found} and returns the
   * others. Characters already {@code taken} by explicit dates are skipped.
   */
  static List<Unresolved> find(
      RelativeDateRules rules,
      String sentence,
      Anchors anchors,
      boolean[] taken,
      List<DateFinder.DateMention> found,
      DateFinder.Adverbial adverbial) {
    List<Candidate> candidates = new ArrayList<>();
    String folded = Prefilter.fold(sentence);
    for (RelativeDateRules.Rule rule : rules.all()) {
      if (!rule.prefilter().admits(folded)) {
        continue; // the regex cannot match (Prefilter)
      }
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        candidates.add(new Candidate(rule, m.start(), m.end()));
      }
    }
    candidates.sort(
        Comparator.comparingInt(Candidate::start).thenComparingInt(c -> -(c.end() - c.start())));
    List<Unresolved> unresolved = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!Taken.free(taken, c.start(), c.end())) {
        continue;
      }
      Arrays.fill(taken, c.start(), c.end(), true);
      String text = sentence.substring(c.start(), c.end());
      Optional<FactDate> anchor = anchor(c, anchors, found);
      Matcher m = c.rule().pattern().matcher(sentence);
      Optional<FactDate> date =
          anchor.flatMap(
              a -> m.find(c.start()) ? c.rule().resolver().resolve(m, a, text) : Optional.empty());
      if (date.isPresent()) {
        // "An August 12 gunfight" names a gunfight; only a phrase that is the day of something
        // ("on August 12", "two days later") dates an event.
        boolean stands =
            c.rule().anchor() != RelativeDateRules.Anchor.YEAR_OF_PRECEDING
                || adverbial.test(sentence, c.start());
        found.add(new DateFinder.DateMention(date.get(), c.start(), c.end(), stands));
        found.sort(Comparator.comparingInt(DateFinder.DateMention::start));
      } else {
        unresolved.add(new Unresolved(text, c.start(), c.end()));
      }
    }
    return unresolved;
  }

  private record Candidate(RelativeDateRules.Rule rule, int start, int end) {}

  private static Optional<FactDate> anchor(
      Candidate c, Anchors anchors, List<DateFinder.DateMention> found) {
    Optional<FactDate> preceding =
        found.stream()
            .filter(d -> d.end() <= c.start())
            .reduce((a, b) -> b)
            .map(DateFinder.DateMention::date)
            .or(anchors::chain);
    Optional<FactDate> dateline = anchors.dateline().map(d -> CalendarDates.day(d, d.toString()));
    return switch (c.rule().anchor()) {
      case DATELINE -> dateline;
      case PRECEDING -> preceding;
      case YEAR_OF_PRECEDING -> preceding.or(() -> dateline.map(RelativeDateRules::datelineYear));
    };
  }
}
