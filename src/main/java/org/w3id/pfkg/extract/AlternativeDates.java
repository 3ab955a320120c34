package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.format.TextStyle;
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
 * EDTF value is the "one of" set of both.
 */
final class AlternativeDates {
  private static final String MONTHS =
      Arrays.stream(Month.values())
          .map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
          .collect(Collectors.joining("|"));
  private static final Pattern TWO_DAYS =
      Pattern.compile(
          "\\b(?<month>"
              + MONTHS
              + ")\\s+(?<d1>\\d{1,2})\\s+or\\s+(?<d2>\\d{1,2}),?\\s+(?<year>\\d{4})\\b");
  private static final Pattern TWO_MONTHS =
      Pattern.compile(
          "\\b(?<m1>" + MONTHS + ")\\s+or\\s+(?<m2>" + MONTHS + "),?\\s+(?<year>\\d{4})\\b");

  private AlternativeDates() {}

  static void find(
      String sentence,
      boolean[] taken,
      List<DateFinder.DateMention> found,
      DateFinder.Adverbial adverbial) {
    Matcher days = TWO_DAYS.matcher(sentence);
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
    Matcher months = TWO_MONTHS.matcher(sentence);
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

  private static Month month(String name) {
    return Month.valueOf(name.toUpperCase(Locale.ROOT));
  }
}
