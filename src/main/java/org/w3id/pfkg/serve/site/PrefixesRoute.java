package org.w3id.pfkg.serve.site;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.TreeMap;

/**
 * {@code /prefixes.json}: our prefixes as prefix.cc's {@code all.file.json} shape ({@code {"pf":
 * "https://w3id.org/pfkg/ontology#", ...}}), which the editor's prefix completion reads instead of
 * calling prefix.cc.
 */
final class PrefixesRoute extends HttpServlet {
  static final String PATH = "/prefixes.json";

  private final transient Site site;

  PrefixesRoute(Site site) {
    this.site = site;
  }

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    String json =
        new ObjectMapper()
            .writeValueAsString(new TreeMap<>(site.iris().prefixes().getNsPrefixMap()));
    Replies.body(response, HttpServletResponse.SC_OK, "application/json; charset=utf-8", json);
  }
}
