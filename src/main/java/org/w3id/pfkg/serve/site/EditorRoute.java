package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * {@code /editor}: YASGUI over {@code /sparql} with our prefixes preloaded and the example queries
 * one click away; {@code ?example=NAME} opens that example and runs it. Results show as a table
 * (labels for IRIs, values for typed literals) or, where they fit, a map, timeline or chart
 * (web/editor-views.js). The page calls no other host: YASGUI's prefix completion reads our {@link
 * PrefixesRoute} instead of prefix.cc, and the map draws country outlines from our jar.
 */
final class EditorRoute extends HttpServlet {
  private final transient Site site;

  EditorRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String prefixes =
        site.iris().prefixes().getNsPrefixMap().entrySet().stream()
            .sorted(Map.Entry.comparingByKey())
            .map(e -> "PREFIX " + e.getKey() + ": <" + e.getValue() + ">")
            .collect(Collectors.joining("\n"));
    String example = request.getParameter("example");
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("endpoint", site.endpointPath());
    model.put("queries", site.queries().all());
    model.put(
        "editorJson",
        MapData.safe(
            Map.of(
                "endpoint",
                site.endpointPath(),
                "prefixList",
                PrefixesRoute.PATH,
                "prefixMap",
                site.iris().prefixes().getNsPrefixMap(),
                "prefixes",
                prefixes,
                "defaultQuery",
                prefixes + "\n\nSELECT ?s ?p ?o WHERE { ?s ?p ?o } LIMIT 10",
                "example",
                site.queries()
                    .find(example == null ? "" : example)
                    .map(ExampleQuery::text)
                    .orElse(""))));
    Replies.html(response, HttpServletResponse.SC_OK, site.renderer().render("editor", model));
  }
}
