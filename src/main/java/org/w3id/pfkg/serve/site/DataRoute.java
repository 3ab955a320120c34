package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code /data/<thing path>.<ext>}: the RDF description of a thing in the syntax of {@code ext}.
 */
final class DataRoute extends HttpServlet {
  private final transient Site site;

  DataRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo() == null ? "" : request.getPathInfo().substring(1);
    int dot = path.lastIndexOf('.');
    Optional<Representation> format =
        dot < 0 ? Optional.empty() : Representation.rdfByExtension(path.substring(dot + 1));
    Optional<String> iri =
        format.flatMap(f -> site.paths().iriOf(path.substring(0, path.lastIndexOf('.'))));
    Optional<Model> description = iri.flatMap(site.describer()::describe);
    if (description.isEmpty()) {
      Replies.notFound(
          request,
          response,
          site.renderer(),
          "No data document /data/"
              + path
              + ": use /data/<thing>.ttl, .jsonld, .nt or .rdf for a thing in this dataset.");
      return;
    }
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RDFDataMgr.write(buffer, description.get(), format.get().lang().orElseThrow());
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(format.get().mediaType() + "; charset=utf-8");
    response.setContentLength(buffer.size());
    try (OutputStream out = response.getOutputStream()) {
      buffer.writeTo(out);
    }
  }
}
