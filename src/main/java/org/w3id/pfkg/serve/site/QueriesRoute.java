package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /queries/}: the example queries; {@code /queries/NAME} one query's page, {@code
 * /queries/NAME.rq} its text as {@code application/sparql-query}.
 */
final class QueriesRoute extends HttpServlet {
  private final transient Site site;

  QueriesRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String info = request.getPathInfo();
    if (info == null) {
      Replies.toFolder(response, "/queries/");
      return;
    }
    String name = info.substring(1);
    if (name.isEmpty()) {
      Replies.html(
          response,
          HttpServletResponse.SC_OK,
          site.renderer().render("queries", Map.of("queries", site.queries().all())));
      return;
    }
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
