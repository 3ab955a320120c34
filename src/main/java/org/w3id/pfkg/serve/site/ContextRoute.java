package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Optional;

/**
 * {@code /context.jsonld}: the live release's JSON-LD context (the one inlined in the JSON-LD
 * dump), so that {@code {base}context.jsonld} resolves on this server too.
 */
final class ContextRoute extends HttpServlet {
  static final String CONTEXT_FILE = "context.jsonld";

  private final transient Site site;

  ContextRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<DumpFolder.DumpEntry> entry = site.dumps().find(CONTEXT_FILE);
    if (entry.isEmpty()) {
      Replies.notFound(
          request, response, site.renderer(), "This release has no JSON-LD context yet.");
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType("application/ld+json; charset=utf-8");
    response.setContentLengthLong(entry.get().bytes());
    try (OutputStream out = response.getOutputStream()) {
      Files.copy(entry.get().file(), out);
    }
  }
}
