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
 * Refuses request bodies above a size, before Fuseki reads them: 413 when the declared length is
 * too large, 411 when a body comes chunked without a length (its size cannot be checked up front;
 * every common SPARQL client sends a length).
 */
final class RequestSizeLimit implements Filter {
  private final long maxBytes;

  RequestSizeLimit(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse reply = (HttpServletResponse) response;
    long length = http.getContentLengthLong();
    if (length > maxBytes) {
      reply.sendError(
          HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE,
          "Request body of " + length + " bytes is larger than the limit of " + maxBytes);
      return;
    }
    if (length < 0 && http.getHeader("Transfer-Encoding") != null) {
      reply.sendError(
          HttpServletResponse.SC_LENGTH_REQUIRED,
          "Send the request body with a Content-Length (at most " + maxBytes + " bytes)");
      return;
    }
    chain.doFilter(request, response);
  }
}
