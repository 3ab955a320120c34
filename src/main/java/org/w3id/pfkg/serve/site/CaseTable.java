package org.w3id.pfkg.serve.site;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The cases table for one selection: the matching rows in order, the page asked for, and each
 * facet's values with the number of rows each would give. A facet's counts apply the search and
 * every other facet but not the facet itself, so choosing a second country widens the table by the
 * number shown beside it.
 *
 * @param matching every row that passes the selection, sorted
 * @param page the rows of the page asked for
 * @param pages the number of pages (at least 1)
 * @param facets the facets some row of the release has a value for
 * @param missing labels of the facets no row has a value for
 */
public record CaseTable(
    CaseSelection selection,
    List<CaseRow> matching,
    List<CaseRow> page,
    int pages,
    int total,
    List<Facet> facets,
    List<String> missing) {

  /** One facet's values, most rows first. */
  /**
   * One facet's values, most rows first.
   *
   * @param more how many further values are left off the page (the search box finds them)
   */
  public record Facet(String param, String label, List<FacetValue> values, int more) {}

  /** A large release has thousands of charges: the page offers the most frequent ones. */
  static final int VALUES_SHOWN = 100;

  /**
   * @param count the rows the table would show with this value chosen as well
   */
  public record FacetValue(String value, int count, boolean chosen) {}

  static CaseTable of(List<CaseRow> rows, CaseSelection selection) {
    List<CaseRow> matching =
        rows.stream()
            .filter(r -> selection.matches(r, null))
            .sorted(selection.sort().comparator(selection.descending()))
            .toList();
    int size = selection.pageSize();
    int pages = Math.max(1, (matching.size() + size - 1) / size);
    int page = Math.min(selection.page(), pages);
    List<CaseRow> shown =
        matching.subList(
            Math.min(matching.size(), (page - 1) * size), Math.min(matching.size(), page * size));
    List<Facet> facets = new ArrayList<>();
    List<String> missing = new ArrayList<>();
    for (CaseFacet f : CaseFacet.values()) {
      if (rows.stream().allMatch(r -> f.valuesOf(r).isEmpty())) {
        missing.add(f.label());
      } else {
        facets.add(facet(f, rows, selection));
      }
    }
    return new CaseTable(
        selection.withPage(page),
        matching,
        shown,
        pages,
        rows.size(),
        List.copyOf(facets),
        List.copyOf(missing));
  }

  private static Facet facet(CaseFacet f, List<CaseRow> rows, CaseSelection selection) {
    Map<String, Integer> counts = new HashMap<>();
    for (CaseRow r : rows) {
      if (selection.matches(r, f)) {
        for (String v : f.valuesOf(r)) {
          counts.merge(v, 1, Integer::sum);
        }
      }
    }
    for (String v : selection.chosen(f)) {
      counts.putIfAbsent(v, 0); // a chosen value stays on the page, to be unchosen
    }
    Comparator<Map.Entry<String, Integer>> order =
        f == CaseFacet.YEAR
            ? Map.Entry.<String, Integer>comparingByKey().reversed()
            : Map.Entry.<String, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey());
    List<FacetValue> all =
        counts.entrySet().stream()
            .sorted(order)
            .map(
                e ->
                    new FacetValue(
                        e.getKey(), e.getValue(), selection.chosen(f).contains(e.getKey())))
            .toList();
    List<FacetValue> shown = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      if (i < VALUES_SHOWN || all.get(i).chosen()) {
        shown.add(all.get(i));
      }
    }
    return new Facet(f.param(), f.label(), List.copyOf(shown), all.size() - shown.size());
  }
}
