package org.w3id.pfkg.serve.site;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The ways the site answers: a page, text, a 303, a helpful 404. */
final class Replies {
  private Replies() {}

  static void html(HttpServletResponse response, int status, String html) throws IOException {
    body(response, status, "text/html; charset=utf-8", html);
  }

  static void body(HttpServletResponse response, int status, String contentType, String text)
      throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(bytes.length);
    try (OutputStream out = response.getOutputStream()) {
      out.write(bytes);
    }
  }

  /** 303 See Other: the thing at the request IRI is described by the document at {@code path}. */
  /** A folder's address without its slash moves for good to the one with it. */
  static void toFolder(HttpServletResponse response, String folder) {
    response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
    response.setHeader("Location", folder);
    response.setContentLength(0);
  }

  static void seeOther(HttpServletResponse response, String path) {
    response.setStatus(HttpServletResponse.SC_SEE_OTHER);
    response.setHeader("Location", path);
    response.setContentLength(0);
  }

  /** 404 in HTML for browsers, plain text for everyone else, saying what was not found and why. */
  static void notFound(
      HttpServletRequest request, HttpServletResponse response, PageRenderer pages, String what)
      throws IOException {
    String path = request.getRequestURI();
    if (Negotiation.prefersHtml(request.getHeader("Accept"))) {
      html(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          pages.render("notfound", Map.of("path", path, "what", what)));
    } else {
      body(
          response,
          HttpServletResponse.SC_NOT_FOUND,
          "text/plain; charset=utf-8",
          "404 Not Found: "
              + path
              + "\n"
              + what
              + "\nStart at / (landing page), /editor (SPARQL), /sparql (endpoint), /dumps/.\n");
    }
  }

  /** 406: none of the client's media types is one we serve. */
  static void notAcceptable(HttpServletResponse response) throws IOException {
    StringBuilder offer = new StringBuilder();
    for (Representation r : Representation.values()) {
      offer.append(r.mediaType()).append('\n');
    }
    body(
        response,
        HttpServletResponse.SC_NOT_ACCEPTABLE,
        "text/plain; charset=utf-8",
        "406 Not Acceptable: this resource is available as\n" + offer);
  }
}
