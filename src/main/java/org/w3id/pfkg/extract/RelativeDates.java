package org.w3id.pfkg.extract;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Dates that need a reference to mean anything: "on July 8" (the year of the dateline or of the
 * nearest date before it), "on Friday" (the last Friday before the dateline), "two days later",
 * "the following day". GOLD.md resolves them only against an explicit dateline or date of the same
 * text; without one they are not dates.
 */
final class RelativeDates {
  private static final String MONTHS =
      Arrays.stream(Month.values())
          .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .collect(Collectors.joining("|"));
  private static final String WEEKDAYS =
      Arrays.stream(DayOfWeek.values())
          .map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .collect(Collectors.joining("|"));
  private static final Map<String, Integer> SMALL_NUMBERS =
      Map.of("one", 1, "two", 2, "three", 3, "four", 4, "five", 5, "six", 6, "seven", 7, "ten", 10);

  /** A pattern and how it turns a match and a reference date into a day. */
  private record Rule(Pattern pattern, Resolver resolver) {}

  @FunctionalInterface
  private interface Resolver {
    Optional<LocalDate> resolve(Matcher m, LocalDate reference);
  }

  private static final List<Rule> RULES =
      List.of(
          new Rule(
              Pattern.compile(
                  "\\b(?<month>"
                      + MONTHS
                      + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?!\\s*(?:or|and|-|–))"),
              (m, ref) ->
                  day(ref.getYear(), month(m.group("month")), Integer.parseInt(m.group("day")))),
          new Rule(
              Pattern.compile("\\b(?:on|last)\\s+(?<weekday>" + WEEKDAYS + ")\\b"),
              (m, ref) ->
                  Optional.of(
                      ref.with(
                          TemporalAdjusters.previous(
                              DayOfWeek.valueOf(m.group("weekday").toUpperCase(Locale.ROOT)))))),
          new Rule(
              Pattern.compile(
                  "(?i)\\b(?<n>\\d{1,2}|one|two|three|four|five|six|seven|ten)\\s+days\\s+later\\b"),
              (m, ref) -> Optional.of(ref.plusDays(number(m.group("n"))))),
          new Rule(
              Pattern.compile("(?i)\\b(?:the\\s+)?(?:next|following)\\s+day\\b"),
              (m, ref) -> Optional.of(ref.plusDays(1))),
          new Rule(
              Pattern.compile("(?i)\\byesterday\\b"), (m, ref) -> Optional.of(ref.minusDays(1))));

  private RelativeDates() {}

  /** Adds the relative dates of a sentence to {@code found}, skipping characters already taken. */
  static void find(
      String sentence, LocalDate reference, boolean[] taken, List<DateFinder.DateMention> found) {
    for (Rule rule : RULES) {
      Matcher m = rule.pattern().matcher(sentence);
      while (m.find()) {
        if (free(taken, m.start(), m.end())) {
          Optional<LocalDate> day = rule.resolver().resolve(m, reference);
          if (day.isPresent()) {
            Arrays.fill(taken, m.start(), m.end(), true);
            LocalDate d = day.get();
            FactDate date =
                new FactDate(
                    Optional.of(d.toString()), DatePrecision.DAY, m.group(), d, d, d.toString());
            found.add(new DateFinder.DateMention(date, m.start(), m.end(), true));
          }
        }
      }
    }
  }

  private static Optional<LocalDate> day(int year, Month month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }

  private static int number(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return SMALL_NUMBERS.containsKey(t) ? SMALL_NUMBERS.get(t) : Integer.parseInt(t);
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
