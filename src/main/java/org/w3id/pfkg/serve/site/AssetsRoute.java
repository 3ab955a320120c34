package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * {@code /assets/...}: the site's style sheet and scripts and the browser libraries the build
 * installed (from {@code web/} on the class path). Paths are checked against a strict pattern
 * first, so no {@code ..} can leave {@code web/}.
 */
final class AssetsRoute extends HttpServlet {
  private static final Pattern SAFE = Pattern.compile("(/[A-Za-z0-9_-][A-Za-z0-9_.-]*)+");
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "png", "image/png",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=utf-8");

  private final transient Site site;

  AssetsRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    String extension = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
    InputStream in =
        path == null || !SAFE.matcher(path).matches() || !TYPES.containsKey(extension)
            ? null
            : AssetsRoute.class.getClassLoader().getResourceAsStream("web" + path);
    if (in == null) {
      Replies.notFound(request, response, site.renderer(), "No such asset.");
      return;
    }
    try (in;
        OutputStream out = response.getOutputStream()) {
      response.setStatus(HttpServletResponse.SC_OK);
      response.setContentType(TYPES.get(extension));
      response.setHeader("Cache-Control", "public, max-age=3600");
      in.transferTo(out);
    }
  }
}
