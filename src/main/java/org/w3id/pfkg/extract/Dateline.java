package org.w3id.pfkg.extract;

import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.DatePrecision;

/**
 * The dateline that opens a news alert, "New York, August 2, 2010—": the date relative dates in the
 * text are resolved against.
 *
 * @param end where the dateline ends in the first sentence
 */
record Dateline(LocalDate date, int end) {
  private static final Pattern DATELINE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}.' ]{1,40}(?:,\\s\\p{Lu}[\\p{L}.' ]{1,30})?,\\s(?<date>[^—–]{6,25}?)\\s*(?:—|–|--)");

  static Optional<Dateline> find(String firstSentence, DateFinder dates) {
    Matcher m = DATELINE.matcher(firstSentence);
    if (!m.find()) {
      return Optional.empty();
    }
    return dates.find(m.group("date")).stream()
        .filter(d -> d.date().precision() == DatePrecision.DAY)
        .findFirst()
        .map(d -> new Dateline(d.date().earliest(), m.end()));
  }
}
