package org.w3id.pfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * Lets web pages on any site query the endpoint. The data are public and no request carries
 * credentials, so the answer is {@code Access-Control-Allow-Origin: *} (Fuseki's own filter echoes
 * the caller's origin instead, which caches need a {@code Vary: Origin} for). A preflight is
 * answered here with 204 and never reaches Fuseki.
 */
final class CorsPolicy implements Filter {
  static final String ALLOWED_METHODS = "GET, POST, OPTIONS";
  static final String ALLOWED_HEADERS = "Accept, Content-Type, Origin, X-Requested-With";
  private static final String MAX_AGE_SECONDS = "86400";

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse reply = (HttpServletResponse) response;
    if (http.getHeader("Origin") == null) {
      chain.doFilter(request, response);
      return;
    }
    reply.setHeader("Access-Control-Allow-Origin", "*");
    boolean preflight =
        "OPTIONS".equals(http.getMethod())
            && http.getHeader("Access-Control-Request-Method") != null;
    if (!preflight) {
      chain.doFilter(request, response);
      return;
    }
    reply.setHeader("Access-Control-Allow-Methods", ALLOWED_METHODS);
    reply.setHeader("Access-Control-Allow-Headers", ALLOWED_HEADERS);
    reply.setHeader("Access-Control-Max-Age", MAX_AGE_SECONDS);
    reply.setStatus(HttpServletResponse.SC_NO_CONTENT);
  }
}
