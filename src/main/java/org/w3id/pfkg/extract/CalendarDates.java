package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.Optional;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.FactDate;

/** Dates at a precision, made from a day, a month or a year and the words that gave them. */
final class CalendarDates {
  private CalendarDates() {}

  static Optional<FactDate> plusDays(FactDate anchor, long days, String text) {
    return anchor.precision() == DatePrecision.DAY
        ? Optional.of(day(anchor.earliest().plusDays(days), text))
        : Optional.empty();
  }

  static Optional<FactDate> plusMonths(FactDate anchor, long months, String text) {
    boolean fine =
        anchor.precision() == DatePrecision.DAY || anchor.precision() == DatePrecision.MONTH;
    return fine
        ? monthOf(YearMonth.from(anchor.earliest()).plusMonths(months), text)
        : Optional.empty();
  }

  static Optional<FactDate> day(int year, Month month, String day, String text) {
    try {
      return Optional.of(day(LocalDate.of(year, month, Integer.parseInt(day)), text));
    } catch (java.time.DateTimeException e) {
      return Optional.empty();
    }
  }

  static FactDate day(LocalDate d, String text) {
    return new FactDate(Optional.of(d.toString()), DatePrecision.DAY, text, d, d, d.toString());
  }

  static Optional<FactDate> monthOf(YearMonth ym, String text) {
    return Optional.of(
        new FactDate(
            Optional.of(ym.toString()),
            DatePrecision.MONTH,
            text,
            ym.atDay(1),
            ym.atEndOfMonth(),
            ym.toString()));
  }

  static FactDate year(int year, String text) {
    String y = String.valueOf(year);
    return new FactDate(
        Optional.of(y),
        DatePrecision.YEAR,
        text,
        LocalDate.of(year, 1, 1),
        LocalDate.of(year, 12, 31),
        y);
  }
}
