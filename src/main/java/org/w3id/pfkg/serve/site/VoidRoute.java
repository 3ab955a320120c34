package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/**
 * {@code /.well-known/void} (RFC 8615, VoID section 7): the live release's {@code void.ttl} when
 * the publish stage wrote one, with its addresses moved to the one being served ({@link
 * ServedVoid}), otherwise 404.
 */
final class VoidRoute extends HttpServlet {
  static final String VOID_FILE = "void.ttl";

  private final transient Site site;

  VoidRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<DumpFolder.DumpEntry> entry = site.dumps().find(VOID_FILE);
    if (entry.isEmpty()) {
      Replies.notFound(
          request, response, site.renderer(), "This release has no VoID description yet.");
      return;
    }
    Model served = ServedVoid.read(entry.get().file(), site.address().of(request));
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    RDFDataMgr.write(buffer, served, Lang.TURTLE);
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("text/turtle; charset=utf-8");
    response.setContentLength(buffer.size());
    try (OutputStream out = response.getOutputStream()) {
      buffer.writeTo(out);
    }
  }
}
