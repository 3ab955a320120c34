package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code /cases}: the table of journalists with facets, search, sort and pages, from a plain GET
 * form (no script needed); {@code /cases.csv} and {@code /cases.json}: the same selection's rows.
 */
final class CasesRoute extends HttpServlet {
  static final String PATH = "/cases";

  private final transient Site site;
  private final transient CaseTableReader reader;

  CasesRoute(Site site, CaseTableReader reader) {
    this.site = site;
    this.reader = reader;
  }

  /** A link that takes a selection away: the chosen value's label and the address without it. */
  public record Removal(String label, String href) {}

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    CaseSelection selection = CaseSelection.from(request.getParameterMap());
    CaseTable table = CaseTable.of(reader.rows(), selection);
    String origin = HomeRoute.origin(request);
    switch (request.getRequestURI()) {
      case PATH + ".csv" ->
          Replies.body(
              response,
              HttpServletResponse.SC_OK,
              "text/csv; charset=utf-8; header=present",
              CaseTableFormats.csv(table, origin));
      case PATH + ".json" ->
          Replies.body(
              response,
              HttpServletResponse.SC_OK,
              "application/json",
              CaseTableFormats.json(table, origin, release()));
      default ->
          Replies.html(
              response, HttpServletResponse.SC_OK, site.renderer().render("cases", model(table)));
    }
  }

  private String release() {
    return site.dumps().release().map(ReleaseInfo::release).orElse("");
  }

  private static Map<String, Object> model(CaseTable table) {
    CaseSelection s = table.selection();
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("table", table);
    model.put("selection", s);
    Map<String, String> sortHref = new LinkedHashMap<>();
    Map<String, String> sortMark = new LinkedHashMap<>();
    for (CaseSort c : CaseSort.values()) {
      sortHref.put(c.param(), PATH + s.sortedBy(c).query(true));
      sortMark.put(c.param(), c != s.sort() ? "" : s.descending() ? "▼" : "▲");
    }
    model.put("sortHref", sortHref);
    model.put("sortMark", sortMark);
    model.put("prevHref", s.page() > 1 ? PATH + s.withPage(s.page() - 1).query(true) : "");
    model.put(
        "nextHref", s.page() < table.pages() ? PATH + s.withPage(s.page() + 1).query(true) : "");
    model.put("csvHref", PATH + ".csv" + s.query(false));
    model.put("jsonHref", PATH + ".json" + s.query(false));
    List<Removal> removals = new ArrayList<>();
    if (!s.search().isEmpty()) {
      removals.add(new Removal("search: " + s.search(), PATH + s.withoutSearch().query(true)));
    }
    for (CaseFacet f : CaseFacet.values()) {
      for (String v : s.chosen(f).stream().sorted().toList()) {
        removals.add(new Removal(f.label() + ": " + v, PATH + s.without(f, v).query(true)));
      }
    }
    model.put("removals", removals);
    model.put("first", table.matching().isEmpty() ? 0 : (s.page() - 1) * s.pageSize() + 1);
    model.put("last", (s.page() - 1) * s.pageSize() + table.page().size());
    return model;
  }
}
