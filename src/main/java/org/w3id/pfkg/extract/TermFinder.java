package org.w3id.pfkg.extract;

import java.time.Period;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds prison terms in a sentence, in digits or words: "19-year, 8-month", "19 years and eight
 * months", "six years", "life in prison".
 */
final class TermFinder {
  /** A term in a sentence; offsets are within the sentence. */
  record TermMention(SentenceTerm term, int start, int end) {}

  private static final Map<String, Integer> NUMBERS =
      Map.ofEntries(
          Map.entry("one", 1),
          Map.entry("two", 2),
          Map.entry("three", 3),
          Map.entry("four", 4),
          Map.entry("five", 5),
          Map.entry("six", 6),
          Map.entry("seven", 7),
          Map.entry("eight", 8),
          Map.entry("nine", 9),
          Map.entry("ten", 10),
          Map.entry("eleven", 11),
          Map.entry("twelve", 12),
          Map.entry("thirteen", 13),
          Map.entry("fourteen", 14),
          Map.entry("fifteen", 15),
          Map.entry("sixteen", 16),
          Map.entry("seventeen", 17),
          Map.entry("eighteen", 18),
          Map.entry("nineteen", 19),
          Map.entry("twenty", 20),
          Map.entry("thirty", 30),
          Map.entry("forty", 40),
          Map.entry("fifty", 50));
  private static final String NUM = "(\\d{1,3}|" + String.join("|", NUMBERS.keySet()) + ")";
  private static final int FLAGS = Pattern.CASE_INSENSITIVE;
  private static final Pattern LIFE =
      Pattern.compile(
          "\\b(?:life (?:in prison|imprisonment|sentence|term)|(?<=to )life)\\b", FLAGS);
  private static final Pattern HYPHENATED =
      Pattern.compile("\\b" + NUM + "-year(?:,?\\s*(?:and\\s+)?" + NUM + "-month)?\\b", FLAGS);
  private static final Pattern WORDS =
      Pattern.compile(
          "\\b" + NUM + "\\s+years?(?:\\s*,?\\s*(?:and\\s+)?" + NUM + "\\s+months?)?\\b", FLAGS);
  private static final Pattern MONTHS_ONLY =
      Pattern.compile("\\b" + NUM + "[\\s-]+months?\\b", FLAGS);

  private TermFinder() {}

  static List<TermMention> find(String sentence) {
    List<TermMention> found = new ArrayList<>();
    boolean[] taken = new boolean[sentence.length()];
    Matcher life = LIFE.matcher(sentence);
    while (life.find()) {
      take(taken, life);
      found.add(
          new TermMention(
              new SentenceTerm(true, Optional.empty(), life.group()), life.start(), life.end()));
    }
    for (Pattern p : List.of(HYPHENATED, WORDS)) {
      Matcher m = p.matcher(sentence);
      while (m.find()) {
        if (free(taken, m)) {
          take(taken, m);
          int months = m.group(2) == null ? 0 : number(m.group(2));
          Period period = Period.of(number(m.group(1)), months, 0).normalized();
          found.add(
              new TermMention(
                  new SentenceTerm(false, Optional.of(period), m.group()), m.start(), m.end()));
        }
      }
    }
    Matcher months = MONTHS_ONLY.matcher(sentence);
    while (months.find()) {
      if (free(taken, months)) {
        take(taken, months);
        Period period = Period.ofMonths(number(months.group(1))).normalized();
        found.add(
            new TermMention(
                new SentenceTerm(false, Optional.of(period), months.group()),
                months.start(),
                months.end()));
      }
    }
    found.sort(Comparator.comparingInt(TermMention::start));
    return found;
  }

  private static int number(String text) {
    String t = text.toLowerCase(Locale.ROOT);
    return NUMBERS.containsKey(t) ? NUMBERS.get(t) : Integer.parseInt(t);
  }

  private static boolean free(boolean[] taken, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void take(boolean[] taken, Matcher m) {
    java.util.Arrays.fill(taken, m.start(), m.end(), true);
  }
}
