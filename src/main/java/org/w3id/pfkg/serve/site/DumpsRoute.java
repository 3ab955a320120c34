package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * {@code /dumps/}: the listing of the live release's dumps; {@code /dumps/NAME}, {@code
 * /dumps/latest/NAME} and {@code /dumps/RELEASE/NAME} download a listed file. Anything else is 404.
 */
final class DumpsRoute extends FolderRoute {
  private final transient Site site;

  DumpsRoute(Site site) {
    super("/dumps/");
    this.site = site;
  }

  @Override
  void listing(HttpServletResponse response) throws IOException {
    Map<String, Object> model = new HashMap<>();
    model.put("files", site.dumps().listing());
    model.put("release", site.dumps().release().orElse(null));
    Replies.html(response, HttpServletResponse.SC_OK, site.renderer().render("dumps", model));
  }

  @Override
  void item(String name, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<DumpFolder.DumpEntry> entry = site.dumps().find(name);
    if (entry.isEmpty()) {
      Replies.notFound(
          request, response, site.renderer(), "No dump file of the live release is named " + name);
      return;
    }
    response.setStatus(HttpServletResponse.SC_OK);
    response.setContentType(entry.get().mediaType());
    response.setContentLengthLong(entry.get().bytes());
    response.setHeader(
        "Content-Disposition", "attachment; filename=\"" + entry.get().name() + "\"");
    response.setHeader("Digest", "sha-256=" + entry.get().sha256());
    try (OutputStream out = response.getOutputStream()) {
      Files.copy(entry.get().file(), out);
    }
  }
}
