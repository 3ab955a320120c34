package org.w3id.pfkg.serve.site;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.StringJoiner;
import java.util.stream.Stream;
import org.w3id.pfkg.text.Folding;

/**
 * What a visitor asked of the cases table, read from the query string of a plain GET form: search
 * words ({@code q}), chosen facet values (several per facet: any of them; across facets: all), sort
 * column and direction, page and page size. Everything a link on the page changes is one of these,
 * so each link is this selection with one field changed.
 *
 * @param page 1-based
 */
public record CaseSelection(
    String search,
    Map<CaseFacet, Set<String>> chosen,
    CaseSort sort,
    boolean descending,
    int page,
    int pageSize) {
  static final int DEFAULT_PAGE_SIZE = 50;
  static final int MAX_PAGE_SIZE = 500;

  /** Longer search text is cut: nobody types more, and each row is scanned for every word. */
  static final int MAX_SEARCH = 200;

  public CaseSelection {
    Map<CaseFacet, Set<String>> copy = new EnumMap<>(CaseFacet.class);
    chosen.forEach((f, v) -> copy.put(f, Set.copyOf(v)));
    chosen = Map.copyOf(copy);
  }

  static CaseSelection from(Map<String, String[]> params) {
    String q = first(params, "q").strip();
    if (q.length() > MAX_SEARCH) {
      q = q.substring(0, MAX_SEARCH);
    }
    Map<CaseFacet, Set<String>> chosen = new EnumMap<>(CaseFacet.class);
    for (CaseFacet f : CaseFacet.values()) {
      String[] values = params.get(f.param());
      if (values != null) {
        Set<String> set = new LinkedHashSet<>();
        for (String v : values) {
          if (!v.isBlank()) {
            set.add(v);
          }
        }
        if (!set.isEmpty()) {
          chosen.put(f, set);
        }
      }
    }
    return new CaseSelection(
        q,
        chosen,
        CaseSort.of(first(params, "sort")),
        first(params, "dir").equals("desc"),
        number(first(params, "page"), 1, 1, Integer.MAX_VALUE),
        number(first(params, "size"), DEFAULT_PAGE_SIZE, 1, MAX_PAGE_SIZE));
  }

  Set<String> chosen(CaseFacet facet) {
    return chosen.getOrDefault(facet, Set.of());
  }

  /** Whether the row passes the search and every chosen facet except {@code skip} (may be null). */
  boolean matches(CaseRow row, CaseFacet skip) {
    for (Map.Entry<CaseFacet, Set<String>> e : chosen.entrySet()) {
      if (e.getKey() != skip
          && e.getKey().valuesOf(row).stream().noneMatch(e.getValue()::contains)) {
        return false;
      }
    }
    return searched(row);
  }

  /** Every word of the search occurs in the name, an alias, an outlet or a place of the row. */
  private boolean searched(CaseRow row) {
    if (search.isEmpty()) {
      return true;
    }
    String haystack =
        Folding.fold(
            String.join(
                "\n",
                Stream.of(
                        List.of(row.name()),
                        row.aliases(),
                        row.outlets(),
                        row.places(),
                        row.countries(),
                        row.detentionPlaces())
                    .flatMap(List::stream)
                    .toList()));
    for (String word : Folding.fold(search).split("\\s+")) {
      if (!word.isEmpty() && !haystack.contains(word)) {
        return false;
      }
    }
    return true;
  }

  CaseSelection withPage(int p) {
    return new CaseSelection(search, chosen, sort, descending, p, pageSize);
  }

  /** Sorted by the column; the same column again turns the direction round. */
  CaseSelection sortedBy(CaseSort column) {
    boolean desc = column == sort && !descending;
    return new CaseSelection(search, chosen, column, desc, 1, pageSize);
  }

  CaseSelection without(CaseFacet facet, String value) {
    Map<CaseFacet, Set<String>> less = new EnumMap<>(CaseFacet.class);
    chosen.forEach(
        (f, v) -> {
          Set<String> kept = new LinkedHashSet<>(v);
          if (f == facet) {
            kept.remove(value);
          }
          if (!kept.isEmpty()) {
            less.put(f, kept);
          }
        });
    return new CaseSelection(search, less, sort, descending, 1, pageSize);
  }

  CaseSelection withoutSearch() {
    return new CaseSelection("", chosen, sort, descending, 1, pageSize);
  }

  /**
   * The query string that asks for this selection ({@code ?} included, empty for the default); page
   * and size only when {@code paged}, as the downloads carry every matching row.
   */
  String query(boolean paged) {
    List<String[]> pairs = new ArrayList<>();
    if (!search.isEmpty()) {
      pairs.add(new String[] {"q", search});
    }
    for (CaseFacet f : CaseFacet.values()) {
      chosen(f).stream().sorted().forEach(v -> pairs.add(new String[] {f.param(), v}));
    }
    if (sort != CaseSort.NAME || descending) {
      pairs.add(new String[] {"sort", sort.param()});
    }
    if (descending) {
      pairs.add(new String[] {"dir", "desc"});
    }
    if (paged && page > 1) {
      pairs.add(new String[] {"page", Integer.toString(page)});
    }
    if (paged && pageSize != DEFAULT_PAGE_SIZE) {
      pairs.add(new String[] {"size", Integer.toString(pageSize)});
    }
    StringJoiner q = new StringJoiner("&", "?", "").setEmptyValue("");
    for (String[] p : pairs) {
      q.add(encode(p[0]) + "=" + encode(p[1]));
    }
    return q.toString();
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  private static String first(Map<String, String[]> params, String name) {
    String[] v = params.get(name);
    return v == null || v.length == 0 || v[0] == null ? "" : v[0];
  }

  private static int number(String text, int fallback, int min, int max) {
    try {
      return Math.max(min, Math.min(max, Integer.parseInt(text.strip())));
    } catch (NumberFormatException e) {
      return fallback;
    }
  }
}
