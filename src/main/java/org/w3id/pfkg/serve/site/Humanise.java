package org.w3id.pfkg.serve.site;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates and durations as people read them, keeping the precision the data states: a month-precise
 * date is "March 2014", never a made-up day; {@code P19Y8M} is "19 years 8 months". Anything that
 * does not parse is returned as it is, so a page never hides a value.
 */
final class Humanise {
  private static final Pattern DURATION =
      Pattern.compile("P(?:(\\d+)Y)?(?:(\\d+)M)?(?:(\\d+)W)?(?:(\\d+)D)?(?:T(?:(\\d+)H)?)?");
  private static final String[] UNITS = {"year", "month", "week", "day", "hour"};
  private static final Pattern YEAR_MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
  private static final Pattern YEAR = Pattern.compile("\\d{4}");

  private Humanise() {}

  /** {@code P19Y8M} → "19 years 8 months"; {@code P1Y} → "1 year"; unparsable text unchanged. */
  static String duration(String lexical) {
    Matcher m = DURATION.matcher(lexical);
    if (!m.matches() || lexical.equals("P") || lexical.endsWith("T")) {
      return lexical;
    }
    List<String> parts = new ArrayList<>();
    for (int i = 0; i < UNITS.length; i++) {
      String n = m.group(i + 1);
      if (n != null) {
        parts.add(Long.parseLong(n) + " " + UNITS[i] + (Long.parseLong(n) == 1 ? "" : "s"));
      }
    }
    return parts.isEmpty() ? lexical : String.join(" ", parts);
  }

  /**
   * A typed date at its precision: {@code 2009-07-14} → "14 July 2009", {@code 2014-03} → "March
   * 2014", {@code 2010} → "2010". The lexical form decides, so an {@code xsd:gYearMonth} can never
   * be shown as a day.
   */
  static String date(String lexical) {
    try {
      if (lexical.length() == 10) {
        LocalDate d = LocalDate.parse(lexical);
        return d.getDayOfMonth() + " " + monthName(d.getMonth()) + " " + d.getYear();
      }
    } catch (DateTimeParseException e) {
      return lexical;
    }
    Matcher ym = YEAR_MONTH.matcher(lexical);
    if (ym.matches()) {
      int month = Integer.parseInt(ym.group(2));
      return month >= 1 && month <= 12 ? monthName(Month.of(month)) + " " + ym.group(1) : lexical;
    }
    return lexical;
  }

  /**
   * When an event happened, as the page says it: the typed date at its precision, else for a vague
   * date its bounds ("between March 2009 and June 2009" when both are whole months), else "".
   */
  static String when(String date, String earliest, String latest) {
    if (!date.isEmpty()) {
      return date(date);
    }
    if (earliest.isEmpty()) {
      return "";
    }
    if (earliest.equals(latest) || latest.isEmpty()) {
      return date(earliest);
    }
    String from = bound(earliest, true);
    String to = bound(latest, false);
    return from.equals(to) ? from : "between " + from + " and " + to;
  }

  /**
   * A bound of a vague date, as coarse as it allows: the first day of a month as an earliest bound
   * (the last as a latest) stands for the month, so "late spring" is "between May 2009 and June
   * 2009", not invented days.
   */
  private static String bound(String lexical, boolean earliest) {
    try {
      LocalDate d = LocalDate.parse(lexical);
      boolean wholeMonth =
          earliest ? d.getDayOfMonth() == 1 : d.getDayOfMonth() == d.lengthOfMonth();
      return wholeMonth ? monthName(d.getMonth()) + " " + d.getYear() : date(lexical);
    } catch (DateTimeParseException e) {
      return lexical;
    }
  }

  /** The short form used on the timeline, within its year: "14 Jul", "Jul", or "" for a year. */
  static String withinYear(String date) {
    try {
      if (date.length() == 10) {
        LocalDate d = LocalDate.parse(date);
        return d.getDayOfMonth()
            + " "
            + d.getMonth().getDisplayName(TextStyle.SHORT, Locale.ENGLISH);
      }
    } catch (DateTimeParseException e) {
      return "";
    }
    Matcher ym = YEAR_MONTH.matcher(date);
    if (ym.matches()) {
      int month = Integer.parseInt(ym.group(2));
      return month >= 1 && month <= 12
          ? Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH)
          : "";
    }
    return "";
  }

  static boolean isYear(String lexical) {
    return YEAR.matcher(lexical).matches();
  }

  private static String monthName(Month month) {
    return month.getDisplayName(TextStyle.FULL, Locale.UK);
  }
}
