package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Optional;

/**
 * {@code /id/...} and {@code /ontology}: the IRIs of things, which are not documents. Answers 303
 * See Other to the thing's page or data, chosen by the {@code Accept} header (httpRange-14).
 */
final class ThingRoute extends HttpServlet {
  private final transient Site site;

  ThingRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setHeader("Vary", "Accept");
    String thingPath = thingPath(request);
    Optional<String> iri = site.paths().iriOf(thingPath);
    if (iri.isEmpty() || !site.describer().knows(iri.get())) {
      Replies.notFound(
          request,
          response,
          site.renderer(),
          "No resource <" + site.iris().base() + thingPath + "> is in this dataset.");
      return;
    }
    Optional<Representation> chosen = Negotiation.choose(request.getHeader("Accept"));
    if (chosen.isEmpty()) {
      Replies.notAcceptable(response);
      return;
    }
    Representation r = chosen.get();
    Replies.seeOther(
        response,
        r == Representation.HTML
            ? SitePaths.pagePath(thingPath)
            : SitePaths.dataPath(thingPath, r));
  }

  static String thingPath(HttpServletRequest request) {
    String info = request.getPathInfo();
    String servlet = request.getServletPath().substring(1);
    return info == null ? servlet : servlet + info;
  }
}
