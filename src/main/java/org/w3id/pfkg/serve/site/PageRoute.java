package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;

/**
 * {@code /page/<thing path>}: the HTML page of a thing; journalists get their case page, the
 * ontology its documentation ({@link OntologyDocs}).
 */
final class PageRoute extends HttpServlet {
  private final transient Site site;

  PageRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String thingPath = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    Optional<String> iri = site.paths().iriOf(thingPath);
    Optional<Model> description = iri.flatMap(site.describer()::describe);
    if (description.isEmpty()) {
      Replies.notFound(
          request, response, site.renderer(), "No page: nothing in this dataset is " + thingPath);
      return;
    }
    Map<String, Object> model = new LinkedHashMap<>();
    model.put("iri", iri.get());
    model.put("formats", formats(thingPath));
    if (thingPath.equals(SitePaths.ONTOLOGY)) {
      model.put("o", site.ontology().read());
      Replies.html(response, HttpServletResponse.SC_OK, site.renderer().render("ontology", model));
      return;
    }
    Optional<JournalistView> journalist = site.journalists().read(iri.get());
    String template;
    if (journalist.isPresent()) {
      model.put("j", journalist.get());
      model.put("mapJson", MapData.json(journalist.get().places()));
      template = "journalist";
    } else {
      ResourceView view = site.resources().read(iri.get(), thingPath, description.get());
      model.put("r", view);
      model.put("mapJson", MapData.json(view.places()));
      template = "resource";
    }
    Replies.html(response, HttpServletResponse.SC_OK, site.renderer().render(template, model));
  }

  private static List<Map<String, String>> formats(String thingPath) {
    return java.util.Arrays.stream(Representation.values())
        .filter(Representation::isRdf)
        .map(
            r ->
                Map.of(
                    "href", SitePaths.dataPath(thingPath, r),
                    "name", r.extension(),
                    "type", r.mediaType()))
        .toList();
  }
}
