package org.w3id.pfkg.extract;

import static org.w3id.pfkg.extract.CalendarDates.day;
import static org.w3id.pfkg.extract.CalendarDates.monthOf;
import static org.w3id.pfkg.extract.CalendarDates.plusDays;
import static org.w3id.pfkg.extract.CalendarDates.plusMonths;
import static org.w3id.pfkg.extract.CalendarDates.year;

import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.TemporalAdjusters;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.FactDate;

/**
 * The relative date phrases ({@link RelativeDates}): each pattern, the anchor it is read against,
 * and how a match and its anchor make a date.
 */
final class RelativeDateRules {
  private final CalendarWords calendar;
  private final Map<String, Integer> numbers;
  private final String months;
  private final String weekdays;
  private final String number;
  private final List<Rule> rules;

  /**
   * @param calendar the month and weekday names of {@code calendar-words.tsv}
   * @param numbers the number words of {@code number-words.tsv}, by lower-case word
   */
  RelativeDateRules(CalendarWords calendar, Map<String, Integer> numbers) {
    this.calendar = calendar;
    this.numbers = Map.copyOf(numbers);
    this.months = names(calendar.months().keySet());
    this.weekdays = names(calendar.weekdays().keySet());
    this.number = "(?<n>\\d{1,2}|" + alternation(numbers.keySet()) + ")";
    this.rules = rules();
  }

  /** The rules of the calendar and number words of a rules folder. */
  static RelativeDateRules load(Path rulesDir) {
    return new RelativeDateRules(CalendarWords.load(rulesDir), NumberWords.load(rulesDir));
  }

  /** The rules, in the order their phrases are tried. */
  List<Rule> all() {
    return rules;
  }

  /** Names as the text writes them, capitalised: "July", "Friday". */
  private static String names(java.util.Set<String> lower) {
    return alternation(
        lower.stream()
            .map(w -> w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1))
            .collect(Collectors.toSet()));
  }

  /** Longest first, so that "eleven" is not read as "e...". */
  private static String alternation(java.util.Collection<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(w -> w))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  /** Which anchor a phrase is read against. */
  enum Anchor {
    DATELINE,
    PRECEDING,
    YEAR_OF_PRECEDING
  }

  /** How a match and its anchor make a date; empty when the anchor is too coarse. */
  @FunctionalInterface
  interface Resolver {
    Optional<FactDate> resolve(Matcher m, FactDate anchor, String text);
  }

  /** One kind of relative phrase; {@code prefilter} is its pattern's (see {@link Prefilter}). */
  record Rule(Pattern pattern, Anchor anchor, Resolver resolver, Prefilter prefilter) {
    Rule(Pattern pattern, Anchor anchor, Resolver resolver) {
      this(pattern, anchor, resolver, Prefilter.of(pattern));
    }
  }

  private List<Rule> rules() {
    return List.of(
        // "on July 8", "the February 13 verdict"; not "July 23 or 24, 2010" nor "July 8, 2009".
        new Rule(
            Pattern.compile(
                "\\b(?<month>"
                    + months
                    + ")\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?\\b(?!,?\\s*\\d{4})(?!\\s*(?:or|and|-|–|to)\\s*\\d)"),
            Anchor.YEAR_OF_PRECEDING,
            (m, a, t) -> day(yearOf(a, m), month(m.group("month")), m.group("day"), t)),
        // "in June", "by March", "that July": a month alone needs its preposition ("May" is
        // also a verb).
        new Rule(
            Pattern.compile(
                "(?<=\\b(?:[Ii]n|[Bb]y|[Ss]ince|[Uu]ntil|[Tt]hat|[Ee]arly|[Ll]ate|[Ff]rom|[Dd]uring|[Oo]f)\\s)(?<month>"
                    + months
                    + ")\\b(?!\\s*\\d)"),
            Anchor.YEAR_OF_PRECEDING,
            (m, a, t) -> monthOf(YearMonth.of(yearOf(a, m), month(m.group("month"))), t)),
        new Rule(
            Pattern.compile(
                "(?i)\\b(?:(?:early|late)\\s+)?(?:on\\s+|last\\s+|since\\s+|by\\s+)?(?-i:(?<weekday>"
                    + weekdays
                    + "))\\b(?:\\s+(?:morning|afternoon|evening|night))?"),
            Anchor.DATELINE,
            (m, a, t) -> {
              DayOfWeek wd = DayOfWeek.of(calendar.weekday(m.group("weekday")).orElseThrow());
              // A report's "on Tuesday" is the last Tuesday, or the day itself; "last Tuesday"
              // is never the dateline's own day.
              LocalDate d =
                  m.group().toLowerCase(Locale.ROOT).contains("last ")
                      ? a.earliest().with(TemporalAdjusters.previous(wd))
                      : a.earliest().with(TemporalAdjusters.previousOrSame(wd));
              return Optional.of(day(d, t));
            }),
        // "Today" with a capital after a word is part of a name ("the website Dolar Today").
        new Rule(
            Pattern.compile(
                "\\b(?:(?:[Ee]arlier|[Ll]ater)\\s+)?(?:today|(?<!\\p{L}\\s)Today|[Tt]his (?:morning|afternoon|evening)|[Tt]onight)\\b|\\b[Ii]n the early hours of today\\b"),
            Anchor.DATELINE,
            (m, a, t) -> Optional.of(day(a.earliest(), t))),
        new Rule(
            Pattern.compile("(?i)\\b(?:yesterday|last night)\\b"),
            Anchor.DATELINE,
            (m, a, t) -> Optional.of(day(a.earliest().minusDays(1), t))),
        new Rule(
            Pattern.compile(
                "(?i)\\b(?:the\\s+)?(?:next|following)\\s+(?:day|morning|evening)\\b|\\b(?:the\\s+)?day\\s+after\\b(?!\\s+(?:her|his|the|their)\\b)|\\ba\\s+day\\s+later\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> plusDays(a, 1, t)),
        new Rule(
            Pattern.compile(
                "(?i)\\b(?:the\\s+same\\s+day|that\\s+same\\s+day|later\\s+(?:that|the\\s+same)\\s+day|(?:later\\s+)?that\\s+(?:morning|afternoon|evening|night)|(?:about\\s+|some\\s+)?(?:an?|one|two|three|several|a\\s+few)\\s+hours?\\s+later|after\\s+(?:about\\s+|some\\s+|nearly\\s+|almost\\s+)?(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|twelve|several|a\\s+few|\\d{1,2})\\s+hours?)\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> plusDays(a, 0, t)),
        new Rule(
            Pattern.compile("(?i)\\b" + number + "\\s+days?\\s+(?:later|afterwards?)\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> plusDays(a, number(m.group("n")), t)),
        new Rule(
            Pattern.compile("(?i)\\b" + number + "\\s+weeks?\\s+(?:later|afterwards?)\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> plusDays(a, 7L * number(m.group("n")), t)),
        new Rule(
            Pattern.compile(
                "(?i)\\b(?:the\\s+)?(?:next|following)\\s+month\\b|\\b"
                    + number
                    + "\\s+months?\\s+(?:later|afterwards?)\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> plusMonths(a, m.group("n") == null ? 1 : number(m.group("n")), t)),
        new Rule(
            Pattern.compile("(?i)\\b(?:later|earlier)\\s+(?:that|the\\s+same)\\s+month\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> plusMonths(a, 0, t)),
        new Rule(
            Pattern.compile(
                "(?i)\\b(?:the\\s+)?(?:next|following)\\s+year\\b|\\b"
                    + number
                    + "\\s+years?\\s+(?:later|afterwards?)\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> Optional.of(year(a.earliest().getYear() + numberOr1(m.group("n")), t))),
        new Rule(
            Pattern.compile("(?i)\\b(?:later|earlier)\\s+(?:that|the\\s+same)\\s+year\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> Optional.of(year(a.earliest().getYear(), t))),
        // "two days ago", "about a month ago", "one year ago today": back from the report's
        // day, at the precision of the unit; weeks give no day the text states.
        new Rule(
            Pattern.compile(
                "(?i)\\b(?:(?:about|some|nearly|almost|just|only)\\s+)?"
                    + number
                    + "\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago(?<today>\\s+today)?\\b"),
            Anchor.DATELINE,
            (m, a, t) -> {
              int n = number(m.group("n"));
              String unit = m.group("unit").toLowerCase(Locale.ROOT);
              LocalDate report = a.earliest();
              if (unit.startsWith("day")) {
                return Optional.of(day(report.minusDays(n), t));
              }
              if (unit.startsWith("month")) {
                return monthOf(YearMonth.from(report).minusMonths(n), t);
              }
              if (unit.startsWith("year")) {
                return Optional.of(
                    m.group("today") != null
                        ? day(report.minusYears(n), t)
                        : year(report.getYear() - n, t));
              }
              return Optional.empty();
            }),
        // "two days after her arrest", "days later": a step from an event or of unknown size.
        new Rule(
            Pattern.compile(
                "(?i)\\b(?:"
                    + number.replace("?<n>", "?:")
                    + "|several|a few|few|within)\\s+(?:days?|weeks?|months?|years?)\\s+(?:after|before|later|earlier)\\b|\\b(?:days|weeks|months)\\s+later\\b|\\bthe (?:day|week|month) (?:before|after)\\b|\\bthe previous (?:day|week|month)\\b"),
            Anchor.PRECEDING,
            (m, a, t) -> Optional.empty()));
  }

  /**
   * A dateline anchors a date without a year to the dateline's year; the marker tells {@link
   * #yearOf} to step back a year when the day would fall after the report.
   */
  static FactDate datelineYear(FactDate dateline) {
    return new FactDate(
        dateline.iso(),
        dateline.precision(),
        DATELINE_MARK,
        dateline.earliest(),
        dateline.latest(),
        dateline.edtf());
  }

  private static final String DATELINE_MARK = "\u0000dateline";

  private int yearOf(FactDate anchor, Matcher m) {
    int year = anchor.earliest().getYear();
    if (!anchor.text().equals(DATELINE_MARK)) {
      return year;
    }
    Month month = month(m.group("month"));
    int day = hasGroup(m, "day") ? Integer.parseInt(m.group("day")) : 1;
    LocalDate report = anchor.earliest();
    boolean later =
        month.getValue() > report.getMonthValue()
            || (month.getValue() == report.getMonthValue() && day > report.getDayOfMonth());
    return later ? year - 1 : year;
  }

  private static boolean hasGroup(Matcher m, String name) {
    try {
      return m.group(name) != null;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  private Month month(String name) {
    return Month.of(calendar.month(name).orElseThrow());
  }

  private int number(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return numbers.containsKey(t) ? numbers.get(t) : Integer.parseInt(t);
  }

  private int numberOr1(String text) {
    return text == null ? 1 : number(text);
  }
}
