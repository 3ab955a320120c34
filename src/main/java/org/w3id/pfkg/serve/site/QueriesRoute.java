package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /queries/}: the example queries; {@code /queries/NAME} one query's page, {@code
 * /queries/NAME.rq} its text as {@code application/sparql-query}.
 */
final class QueriesRoute extends FolderRoute {
  private final transient Site site;

  QueriesRoute(Site site) {
    super("/queries/");
    this.site = site;
  }

  @Override
  void listing(HttpServletResponse response) throws IOException {
    Replies.html(
        response,
        HttpServletResponse.SC_OK,
        site.renderer().render("queries", Map.of("queries", site.queries().all())));
  }

  @Override
  void item(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    boolean raw = name.endsWith(".rq");
    Optional<ExampleQuery> query =
        site.queries().find(raw ? name.substring(0, name.length() - 3) : name);
    if (query.isEmpty()) {
      Replies.notFound(request, response, site.renderer(), "No example query is named " + name);
      return;
    }
    if (raw) {
      Replies.body(
          response,
          HttpServletResponse.SC_OK,
          "application/sparql-query; charset=utf-8",
          query.get().text());
      return;
    }
    Replies.html(
        response,
        HttpServletResponse.SC_OK,
        site.renderer().render("query", Map.of("q", query.get())));
  }
}
