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
 * installed, with the country outlines the editor's map draws offline (from {@code web/} on the
 * class path). Paths are checked segment by segment against a strict pattern first, so no {@code
 * ..} can leave {@code web/}; a path longer than any asset's is 414 without a look (one pattern
 * over the whole path recursed per segment and overflowed the stack on a 6 KB path).
 */
final class AssetsRoute extends HttpServlet {
  private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-][A-Za-z0-9_.-]*+");
  static final int MAX_PATH = 512;
  private static final Map<String, String> TYPES =
      Map.of(
          "css", "text/css; charset=utf-8",
          "js", "text/javascript; charset=utf-8",
          "json", "application/json",
          "png", "image/png",
          "svg", "image/svg+xml",
          "txt", "text/plain; charset=utf-8");

  private final transient Site site;

  AssetsRoute(Site site) {
    this.site = site;
  }

  private static boolean isSafe(String path) {
    if (!path.startsWith("/")) {
      return false;
    }
    for (String segment : path.substring(1).split("/", -1)) {
      if (!SAFE_SEGMENT.matcher(segment).matches()) {
        return false;
      }
    }
    return true;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String path = request.getPathInfo();
    if (path != null && path.length() > MAX_PATH) {
      response.sendError(
          HttpServletResponse.SC_REQUEST_URI_TOO_LONG,
          "No asset path is longer than " + MAX_PATH + " characters");
      return;
    }
    String extension = path == null ? "" : path.substring(path.lastIndexOf('.') + 1);
    InputStream in =
        path == null || !isSafe(path) || !TYPES.containsKey(extension)
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
