package org.w3id.pfkg.serve.site;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.w3id.pfkg.vocab.Licence;

/**
 * Headers on every answer of the site: the data licence as a {@code Link rel="license"} (RFC 8288)
 * and CORS for any origin, so pages, data documents and dumps can be fetched from other sites.
 */
final class SiteHeaders implements Filter {
  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletResponse reply = (HttpServletResponse) response;
    reply.setHeader("Link", "<" + Licence.IRI + ">; rel=\"license\"");
    reply.setHeader("Access-Control-Allow-Origin", "*");
    reply.setHeader("Access-Control-Expose-Headers", "Link, Location, Vary");
    chain.doFilter(request, response);
  }
}
