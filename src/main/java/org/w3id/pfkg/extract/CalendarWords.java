package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.w3id.pfkg.table.RuleTable;

/**
 * The month and weekday names of {@code calendar-words.tsv}, with their numbers (month 1-12,
 * weekday 1-7 from Monday), by lower-case word.
 */
record CalendarWords(Map<String, Integer> months, Map<String, Integer> weekdays) {
  static final String FILE = "calendar-words.tsv";

  static CalendarWords load(Path rules) {
    var rows = RuleTable.read(rules.resolve(FILE));
    return new CalendarWords(of(rows, "month"), of(rows, "weekday"));
  }

  /** Whether a word names a month or a day of the week ("May", "friday"). */
  boolean isMonthOrDay(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return months.containsKey(lower) || weekdays.containsKey(lower);
  }

  /** The number of the month a word names (1-12). */
  OptionalInt month(String word) {
    Integer n = months.get(word.toLowerCase(Locale.ROOT));
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  /** The number of the weekday a word names (1-7 from Monday). */
  OptionalInt weekday(String word) {
    Integer n = weekdays.get(word.toLowerCase(Locale.ROOT));
    return n == null ? OptionalInt.empty() : OptionalInt.of(n);
  }

  private static Map<String, Integer> of(java.util.List<RuleTable.Row> rows, String kind) {
    return rows.stream()
        .filter(r -> r.get("kind").equals(kind))
        .collect(
            Collectors.toUnmodifiableMap(
                r -> r.get("word").toLowerCase(Locale.ROOT),
                r -> Integer.parseInt(r.get("number"))));
  }
}
