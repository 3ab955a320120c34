package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Facets, search, sort and pages of the cases table over made-up rows. */
class CaseTableTest {
  private static CaseRow row(
      String name, String country, String arrested, long months, String status, String place) {
    return new CaseRow(
        "https://w3id.org/pfkg/id/journalist/" + name.toLowerCase(Locale.ROOT).replace(' ', '-'),
        "/page/id/journalist/x",
        name,
        List.of(),
        country.isEmpty() ? List.of() : List.of(country),
        List.of("The Daily Lantern"),
        arrested,
        arrested.isEmpty() ? "" : arrested.substring(0, 4),
        List.of(),
        List.of(),
        "",
        months,
        status,
        List.of(),
        place.isEmpty() ? List.of() : List.of(place),
        "",
        List.of(),
        List.of());
  }

  private static final List<CaseRow> ROWS =
      List.of(
          row("Ana Petrova", "Ruritania", "2019-03-02", 24, "imprisoned", "Strelsau"),
          row("Bo Lindqvist", "Ruritania", "2021", -1, "released", ""),
          row("Cem Aydın", "Freedonia", "", Long.MAX_VALUE - 1, "imprisoned", "Zenda Fortress"),
          row("Dara Okafor", "", "2020-11", 60, "", ""));

  private static CaseSelection ask(String... pairs) {
    Map<String, String[]> params = new HashMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      String key = pairs[i];
      String value = pairs[i + 1];
      params.merge(
          key,
          new String[] {value},
          (a, b) -> {
            String[] both = new String[a.length + 1];
            System.arraycopy(a, 0, both, 0, a.length);
            both[a.length] = b[0];
            return both;
          });
    }
    return CaseSelection.from(params);
  }

  private static List<String> names(CaseTable t) {
    return t.matching().stream().map(CaseRow::name).toList();
  }

  private static Map<String, Integer> counts(CaseTable t, String facet) {
    Map<String, Integer> m = new HashMap<>();
    t.facets().stream()
        .filter(f -> f.param().equals(facet))
        .findFirst()
        .orElseThrow()
        .values()
        .forEach(v -> m.put(v.value(), v.count()));
    return m;
  }

  @Test
  void facetCountsLeaveOutTheFacetsOwnChoice() {
    CaseTable t = CaseTable.of(ROWS, ask("country", "Ruritania", "status", "imprisoned"));
    assertEquals(List.of("Ana Petrova"), names(t));
    // countries: filtered by status only; statuses: filtered by country only
    assertEquals(Map.of("Ruritania", 1, "Freedonia", 1), counts(t, "country"));
    assertEquals(Map.of("imprisoned", 1, "released", 1), counts(t, "status"));
    assertTrue(t.missing().containsAll(List.of("Gender", "Medium", "Local or foreign")));
  }

  @Test
  void twoValuesOfOneFacetAreEitherOne() {
    CaseTable t = CaseTable.of(ROWS, ask("country", "Ruritania", "country", "Freedonia"));
    assertEquals(List.of("Ana Petrova", "Bo Lindqvist", "Cem Aydın"), names(t));
  }

  @Test
  void searchIgnoresCaseAndAccentsAndNeedsEveryWord() {
    assertEquals(List.of("Cem Aydın"), names(CaseTable.of(ROWS, ask("q", "zenda"))));
    assertEquals(List.of("Ana Petrova"), names(CaseTable.of(ROWS, ask("q", "STRELSAU petrova"))));
    assertEquals(4, CaseTable.of(ROWS, ask("q", "daily lantern")).matching().size());
    assertEquals(
        List.of("Cem Aydın"),
        names(
            CaseTable.of(
                List.of(ROWS.get(2), row("Zoë Brandt", "", "", -1, "", "")), ask("q", "aydın"))));
    assertEquals(
        List.of("Zoë Brandt"),
        names(CaseTable.of(List.of(row("Zoë Brandt", "", "", -1, "", "")), ask("q", "zoe"))));
  }

  @Test
  void sortingPutsRowsWithoutAValueLastEitherWay() {
    assertEquals(
        List.of("Ana Petrova", "Dara Okafor", "Bo Lindqvist", "Cem Aydın"),
        names(CaseTable.of(ROWS, ask("sort", "arrested"))));
    assertEquals(
        List.of("Bo Lindqvist", "Dara Okafor", "Ana Petrova", "Cem Aydın"),
        names(CaseTable.of(ROWS, ask("sort", "arrested", "dir", "desc"))));
    assertEquals(
        List.of("Cem Aydın", "Dara Okafor", "Ana Petrova", "Bo Lindqvist"),
        names(CaseTable.of(ROWS, ask("sort", "sentence", "dir", "desc"))));
  }

  @Test
  void pagesAreCutAndAPageBeyondTheLastShowsTheLast() {
    CaseTable t = CaseTable.of(ROWS, ask("size", "3", "page", "9"));
    assertEquals(2, t.pages());
    assertEquals(2, t.selection().page());
    assertEquals(List.of("Dara Okafor"), t.page().stream().map(CaseRow::name).toList());
  }

  @Test
  void linksCarryTheSelectionEncodedAndDownloadsCarryNoPage() {
    CaseSelection s = ask("q", "a&b c", "country", "Ruritania", "sort", "status", "page", "2");
    assertEquals("?q=a%26b+c&country=Ruritania&sort=status&page=2", s.query(true));
    assertEquals("?q=a%26b+c&country=Ruritania&sort=status", s.query(false));
    assertEquals("?q=a%26b+c&sort=status", s.without(CaseFacet.COUNTRY, "Ruritania").query(true));
    assertEquals(
        "?q=a%26b+c&country=Ruritania&sort=status&dir=desc",
        s.sortedBy(CaseSort.STATUS).query(true));
    assertEquals("", ask().query(true));
    assertEquals(CaseSelection.MAX_PAGE_SIZE, ask("size", "100000").pageSize());
    assertEquals(1, ask("page", "-4").page());
  }

  @Test
  void aFacetOffersItsMostFrequentValuesAndKeepsAChosenRareOne() {
    List<CaseRow> many = new java.util.ArrayList<>();
    for (int i = 0; i < CaseTable.VALUES_SHOWN + 20; i++) {
      many.add(row("Person " + i, "Land " + i, "", -1, "", ""));
      if (i < CaseTable.VALUES_SHOWN) {
        many.add(row("Other " + i, "Land " + i, "", -1, "", ""));
      }
    }
    String rare = "Land " + (CaseTable.VALUES_SHOWN + 5);
    CaseTable t = CaseTable.of(many, ask("country", rare));
    CaseTable.Facet country = t.facets().get(0);
    assertEquals(CaseTable.VALUES_SHOWN + 1, country.values().size());
    assertEquals(19, country.more());
    assertTrue(country.values().stream().anyMatch(v -> v.value().equals(rare) && v.chosen()));
  }

  @Test
  void termsAreWrittenInWords() {
    assertEquals("19 years 8 months", new Term(236, false, false, false, "P19Y8M").words());
    assertEquals("1 year", new Term(12, false, false, false, "").words());
    assertEquals("8 months (suspended)", new Term(8, false, false, true, "").words());
    assertEquals("life imprisonment", new Term(-1, true, false, false, "").words());
    assertEquals("death sentence", new Term(-1, false, true, false, "").words());
    assertTrue(
        new Term(-1, true, false, false, "").sortKey()
            > new Term(600, false, false, false, "").sortKey());
  }

  @Test
  void censusCountsEachCountryOfACaseAndKeepsTheLastReportedApart() {
    Census c =
        Census.of(
            java.time.LocalDate.of(2020, 12, 1),
            List.of(
                new Census.Held("j1", "", "A", List.of("Ruritania"), "2019", "", "2021", true),
                new Census.Held(
                    "j2", "", "B", List.of("Ruritania", "Freedonia"), "2018", "", "2020-06", false),
                new Census.Held("j3", "", "C", List.of("Freedonia"), "2017", "2022-01", "", true),
                new Census.Held("j4", "", "D", List.of("Freedonia"), "2016", "2023", "", true)));
    assertEquals(List.of("A", "C", "D"), c.onRecord().stream().map(Census.Held::name).toList());
    assertEquals(List.of("B"), c.lastReported().stream().map(Census.Held::name).toList());
    assertEquals(
        List.of(
            new Census.CountryCount("Freedonia", 2, 1), new Census.CountryCount("Ruritania", 1, 1)),
        c.countries());
  }

  @Test
  void theDefaultCensusDayIsTheFirstOfDecemberOfTheLastFullYear() {
    java.time.Clock dec31 =
        java.time.Clock.fixed(
            java.time.Instant.parse("2026-12-31T23:00:00Z"), java.time.ZoneOffset.UTC);
    assertEquals(java.time.LocalDate.of(2025, 12, 1), CensusRoute.defaultDay(dec31));
  }
}
