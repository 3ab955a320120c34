package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.FactDate;

/**
 * Dates a source gives as one of two: "July 23 or 24, 2010" is known to the month, "July or August
 * 2009" only to the year (GOLD.md: never more precise than the text). Bounds cover both, and the
 * EDTF value is the "one of" set of both. The month names are those of {@code calendar-words.tsv}
 * (through {@link CalendarWords}), written with a capital as dates write them.
 */
final class AlternativeDates {
  private final CalendarWords calendar;
  private final Pattern twoDays;
  private final Pattern twoMonths;

  AlternativeDates(CalendarWords calendar) {
    this.calendar = calendar;
    String months =
        calendar.months().keySet().stream()
            .sorted()
            .map(m -> Pattern.quote(m.substring(0, 1).toUpperCase(Locale.ROOT) + m.substring(1)))
            .collect(Collectors.joining("|"));
    this.twoDays =
        Pattern.compile(
            "\\b(?<month>"
                + months
                + ")\\s+(?<d1>\\d{1,2})\\s+or\\s+(?<d2>\\d{1,2}),?\\s+(?<year>\\d{4})\\b");
    this.twoMonths =
        Pattern.compile(
            "\\b(?<m1>" + months + ")\\s+or\\s+(?<m2>" + months + "),?\\s+(?<year>\\d{4})\\b");
  }

  void find(
      String sentence,
      boolean[] taken,
      List<DateFinder.DateMention> found,
      DateFinder.Adverbial adverbial) {
    Matcher days = twoDays.matcher(sentence);
    while (days.find()) {
      YearMonth ym = YearMonth.of(Integer.parseInt(days.group("year")), month(days.group("month")));
      Optional<FactDate> date =
          between(ym, Integer.parseInt(days.group("d1")), Integer.parseInt(days.group("d2")))
              .map(
                  b ->
                      new FactDate(
                          Optional.of(ym.toString()),
                          DatePrecision.MONTH,
                          days.group(),
                          b[0],
                          b[1],
                          "[" + b[0] + "," + b[1] + "]"));
      add(sentence, days, date, taken, found, adverbial);
    }
    Matcher months = twoMonths.matcher(sentence);
    while (months.find()) {
      int year = Integer.parseInt(months.group("year"));
      YearMonth first = YearMonth.of(year, month(months.group("m1")));
      YearMonth second = YearMonth.of(year, month(months.group("m2")));
      Optional<FactDate> date =
          first.isAfter(second)
              ? Optional.empty()
              : Optional.of(
                  new FactDate(
                      Optional.of(String.valueOf(year)),
                      DatePrecision.YEAR,
                      months.group(),
                      first.atDay(1),
                      second.atEndOfMonth(),
                      "[" + first + "," + second + "]"));
      add(sentence, months, date, taken, found, adverbial);
    }
  }

  private static Optional<LocalDate[]> between(YearMonth ym, int d1, int d2) {
    if (d1 > d2 || !ym.isValidDay(d1) || !ym.isValidDay(d2)) {
      return Optional.empty();
    }
    return Optional.of(new LocalDate[] {ym.atDay(d1), ym.atDay(d2)});
  }

  private static void add(
      String sentence,
      Matcher m,
      Optional<FactDate> date,
      boolean[] taken,
      List<DateFinder.DateMention> found,
      DateFinder.Adverbial adverbial) {
    if (date.isPresent()) {
      Arrays.fill(taken, m.start(), m.end(), true);
      found.add(
          new DateFinder.DateMention(
              date.get(), m.start(), m.end(), adverbial.test(sentence, m.start())));
    }
  }

  private int month(String name) {
    return calendar.month(name).orElseThrow();
  }
}
