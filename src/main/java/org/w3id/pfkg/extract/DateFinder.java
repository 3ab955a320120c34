package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.DatePrecision;
import org.w3id.pfkg.facts.FactDate;

/**
 * Finds dates in a sentence at the precision the text gives them: a day, a month, a year, or a
 * vague phrase ("late spring 2009"), each with earliest and latest days. A date only dates an event
 * when it stands as an adverbial ("on July 14, 2009", "In August 2010,"); as a modifier ("the July
 * 2009 riots") it names something else and is marked so.
 */
final class DateFinder {
  /** Whether a date at a position stands as an adverbial. */
  @FunctionalInterface
  interface Adverbial {
    boolean test(String sentence, int start);
  }

  /** A date in a sentence; offsets are within the sentence. */
  record DateMention(FactDate date, int start, int end, boolean adverbial) {}

  private static final String MOD = "(?:(?<mod>early|mid|late)[-\\s]+)?";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;

  private final CalendarWords calendar;
  private final AlternativeDates alternatives;
  private final RelativeDateRules relative;
  private final List<Pattern> patterns;

  /** Each pattern's {@link Prefilter}, in the order of {@link #patterns}. */
  private final List<Prefilter> filters;

  DateFinder(CalendarWords calendar, RelativeDateRules relative) {
    this.calendar = calendar;
    this.alternatives = new AlternativeDates(calendar);
    this.relative = relative;
    String month = monthPattern(calendar);
    this.patterns =
        List.of(
            Pattern.compile("\\b(?<year>\\d{4})-(?<mm>\\d{2})-(?<day>\\d{2})\\b"),
            Pattern.compile(
                "\\b" + month + "\\s+(?<day>\\d{1,2})(?:st|nd|rd|th)?,?\\s+(?<year>\\d{4})\\b",
                FLAGS),
            Pattern.compile("\\b(?<day>\\d{1,2})\\s+" + month + ",?\\s+(?<year>\\d{4})\\b", FLAGS),
            Pattern.compile("\\b" + MOD + month + ",?\\s+(?:of\\s+)?(?<year>\\d{4})\\b", FLAGS),
            Pattern.compile(
                "\\b"
                    + MOD
                    + "(?<season>spring|summer|autumn|fall|winter)\\s+(?:of\\s+)?(?<year>\\d{4})\\b",
                FLAGS),
            Pattern.compile("\\b" + MOD + "(?<year>(?:18|19|20)\\d{2})\\b(?!-\\d)", FLAGS));
    this.filters = patterns.stream().map(Prefilter::of).toList();
  }

  /** The patterns this applies, for the check of their {@link Prefilter}s. */
  List<Pattern> patterns() {
    return patterns;
  }

  /** The date finder of a rules folder's calendar and number words. */
  static DateFinder load(java.nio.file.Path rulesDir) {
    CalendarWords calendar = CalendarWords.load(rulesDir);
    return new DateFinder(calendar, new RelativeDateRules(calendar, NumberWords.load(rulesDir)));
  }

  /**
   * The month names of {@code calendar-words.tsv} and their abbreviations as English dates write
   * them: the first three letters, with or without a full stop, and "Sept".
   */
  private static String monthPattern(CalendarWords calendar) {
    java.util.Set<String> forms = new java.util.TreeSet<>(Comparator.reverseOrder());
    for (String name : calendar.months().keySet()) {
      forms.add(Pattern.quote(name));
      if (name.length() > 3) {
        forms.add(Pattern.quote(name.substring(0, 3)) + "\\.?");
      }
      if (name.equals("september")) {
        forms.add("Sept\\.?");
      }
    }
    // Longest first, so that "June" is not read as "Jun".
    return forms.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .collect(Collectors.joining("|", "(?<month>", ")"));
  }

  private static final Set<String> ADVERBIAL_WORDS =
      Set.of(
          "on", "in", "since", "by", "from", "until", "till", "to", "between", "during", "before",
          "after", "of", "around", "about", "and", "or", "as");
  private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\W*$");

  /**
   * The dates of one sentence: those it states or that its anchors resolve, and the relative
   * phrases nothing resolves.
   */
  record SentenceDates(List<DateMention> dates, List<RelativeDates.Unresolved> unresolved) {}

  /** A test that a date in a sentence dates a report, not an event ("according to X in 2015"). */
  @FunctionalInterface
  interface ReportDate {
    ReportDate NONE = (sentence, start, end) -> false;

    boolean test(String sentence, int start, int end);
  }

  List<DateMention> find(String sentence) {
    return read(sentence, RelativeDates.Anchors.NONE, ReportDate.NONE).dates();
  }

  /**
   * The dates of a sentence with one reference date standing for both the dateline and the previous
   * date ("on July 8", "on Friday", "two days later").
   */
  List<DateMention> find(String sentence, Optional<LocalDate> reference) {
    return read(
            sentence,
            new RelativeDates.Anchors(
                reference, reference.map(r -> CalendarDates.day(r, r.toString()))),
            ReportDate.NONE)
        .dates();
  }

  /**
   * The dates of a sentence. A date that {@code report} says dates a report is left out, so that it
   * neither dates an event nor anchors a relative phrase; relative phrases resolve against the
   * dates before them in the sentence, else the {@code anchors}.
   */
  SentenceDates read(String sentence, RelativeDates.Anchors anchors, ReportDate report) {
    boolean[] taken = new boolean[sentence.length()];
    List<DateMention> found = new ArrayList<>();
    alternatives.find(sentence, taken, found, DateFinder::adverbial);
    String folded = Prefilter.fold(sentence);
    for (int p = 0; p < patterns.size(); p++) {
      if (!filters.get(p).admits(folded)) {
        continue; // the regex cannot match (Prefilter)
      }
      Matcher m = patterns.get(p).matcher(sentence);
      while (m.find()) {
        if (isFree(taken, m.start(), m.end())) {
          Optional<FactDate> date = toDate(m, sentence.substring(m.start(), m.end()));
          if (date.isPresent()) {
            Arrays.fill(taken, m.start(), m.end(), true);
            found.add(
                new DateMention(date.get(), m.start(), m.end(), adverbial(sentence, m.start())));
          }
        }
      }
    }
    found.removeIf(d -> report.test(sentence, d.start(), d.end()));
    found.sort(Comparator.comparingInt(DateMention::start));
    List<RelativeDates.Unresolved> unresolved =
        new ArrayList<>(
            RelativeDates.find(relative, sentence, anchors, taken, found, DateFinder::adverbial));
    // "she was convicted of treason, the judge told a news conference today": a relative phrase
    // can date the report as well.
    found.removeIf(d -> report.test(sentence, d.start(), d.end()));
    unresolved.removeIf(u -> report.test(sentence, u.start(), u.end()));
    found.sort(Comparator.comparingInt(DateMention::start));
    return new SentenceDates(List.copyOf(found), List.copyOf(unresolved));
  }

  private static boolean adverbial(String sentence, int start) {
    String before = sentence.substring(0, start).strip();
    if (before.isEmpty() || before.endsWith(",")) {
      return true;
    }
    Matcher last = LAST_WORD.matcher(before);
    if (!last.find()) {
      return false;
    }
    String word = last.group(1).toLowerCase(Locale.ROOT);
    // "given four years that September": "that" before a month alone is "in that month".
    return ADVERBIAL_WORDS.contains(word)
        || (word.equals("that")
            && before.endsWith(last.group(1))
            && BARE_MONTH.matcher(sentence).region(start, sentence.length()).lookingAt());
  }

  private static final Pattern BARE_MONTH = Pattern.compile("\\p{Lu}\\p{Ll}+\\b(?!\\s*,?\\s*\\d)");

  private Optional<FactDate> toDate(Matcher m, String text) {
    int year = Integer.parseInt(m.group("year"));
    String mod = group(m, "mod").map(s -> s.toLowerCase(Locale.ROOT)).orElse("");
    Optional<String> day = group(m, "day");
    Optional<Month> month =
        group(m, "mm")
            .map(mm -> Month.of(Integer.parseInt(mm)))
            .or(() -> group(m, "month").map(this::month));
    try {
      if (day.isPresent() && month.isPresent()) {
        LocalDate d = LocalDate.of(year, month.get(), Integer.parseInt(day.get()));
        return Optional.of(
            new FactDate(Optional.of(d.toString()), DatePrecision.DAY, text, d, d, d.toString()));
      }
      if (month.isPresent()) {
        YearMonth ym = YearMonth.of(year, month.get());
        int first = mod.equals("mid") ? 11 : mod.equals("late") ? 21 : 1;
        int last = mod.equals("early") ? 10 : mod.equals("mid") ? 20 : ym.lengthOfMonth();
        return Optional.of(
            new FactDate(
                Optional.of(ym.toString()),
                DatePrecision.MONTH,
                text,
                ym.atDay(first),
                ym.atDay(last),
                ym.toString()));
      }
      Optional<String> season = group(m, "season").map(s -> s.toLowerCase(Locale.ROOT));
      if (season.isPresent()) {
        return Optional.of(seasonDate(year, season.get(), mod, text));
      }
      int firstMonth = mod.equals("mid") ? 5 : mod.equals("late") ? 9 : 1;
      int lastMonth = mod.equals("early") ? 4 : mod.equals("mid") ? 8 : 12;
      return Optional.of(
          new FactDate(
              Optional.of(String.valueOf(year)),
              DatePrecision.YEAR,
              text,
              LocalDate.of(year, firstMonth, 1),
              YearMonth.of(year, lastMonth).atEndOfMonth(),
              String.valueOf(year)));
    } catch (java.time.DateTimeException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  /**
   * Seasons as EDTF codes 21–24 with northern-hemisphere bounds (the cases so far are all
   * northern); "early", "mid" and "late" narrow the bounds to the season's first, middle or last
   * month.
   */
  private static FactDate seasonDate(int year, String season, String mod, String text) {
    int code;
    int startMonth;
    switch (season) {
      case "spring" -> {
        code = 21;
        startMonth = 3;
      }
      case "summer" -> {
        code = 22;
        startMonth = 6;
      }
      case "winter" -> {
        code = 24;
        startMonth = 12;
      }
      default -> {
        code = 23;
        startMonth = 9;
      }
    }
    YearMonth first = YearMonth.of(year, startMonth);
    int skip = mod.equals("mid") ? 1 : mod.equals("late") ? 2 : 0;
    int span = mod.isEmpty() ? 3 : 1;
    YearMonth from = first.plusMonths(skip);
    YearMonth to = from.plusMonths(span - 1L);
    return new FactDate(
        Optional.empty(),
        DatePrecision.VAGUE,
        text,
        from.atDay(1),
        to.atEndOfMonth(),
        year + "-" + code);
  }

  /** The month a name or an abbreviation of {@code calendar-words.tsv} names. */
  private Month month(String name) {
    String word = name.replace(".", "").toLowerCase(Locale.ROOT);
    return calendar.months().entrySet().stream()
        .filter(e -> e.getKey().equals(word) || e.getKey().startsWith(word.substring(0, 3)))
        .findFirst()
        .map(e -> Month.of(e.getValue()))
        .orElseThrow(() -> new java.time.DateTimeException("no month " + name));
  }

  private static Optional<String> group(Matcher m, String name) {
    try {
      return Optional.ofNullable(m.group(name));
    } catch (IllegalArgumentException noSuchGroup) {
      return Optional.empty();
    }
  }

  private static boolean isFree(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }
}
