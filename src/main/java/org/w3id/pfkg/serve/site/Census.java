package org.w3id.pfkg.serve.site;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The census of one day: who the record shows in custody, who was last reported held before it with
 * no release known (listed, not counted), and both by country.
 *
 * @param onRecord in custody on the day by the record
 * @param lastReported last reported held before the day, current status still imprisoned or
 *     detained, no release known: not counted
 * @param countries per country, most held first
 */
public record Census(
    LocalDate day, List<Held> onRecord, List<Held> lastReported, List<CountryCount> countries) {

  /**
   * One journalist's custody as the query computes it; dates as the texts state them ({@code 2009},
   * {@code 2010-08}, {@code 2011-07-25}), empty when unknown.
   *
   * @param countries "unknown" when the case names no country
   */
  public record Held(
      String journalist,
      String href,
      String name,
      List<String> countries,
      String from,
      String until,
      String lastEvidence,
      boolean onRecord) {}

  /** How many journalists of a country are in custody by the record, and last reported held. */
  public record CountryCount(String country, int onRecord, int lastReported) {}

  static Census of(LocalDate day, List<Held> rows) {
    List<Held> on = rows.stream().filter(Held::onRecord).toList();
    List<Held> last = rows.stream().filter(h -> !h.onRecord()).toList();
    Map<String, int[]> by = new TreeMap<>();
    for (Held h : rows) {
      for (String c : h.countries()) {
        by.computeIfAbsent(c, k -> new int[2])[h.onRecord() ? 0 : 1]++;
      }
    }
    List<CountryCount> countries =
        by.entrySet().stream()
            .map(e -> new CountryCount(e.getKey(), e.getValue()[0], e.getValue()[1]))
            .sorted(
                Comparator.comparingInt(CountryCount::onRecord)
                    .reversed()
                    .thenComparing(Comparator.comparingInt(CountryCount::lastReported).reversed())
                    .thenComparing(CountryCount::country))
            .toList();
    return new Census(day, on, last, countries);
  }
}
