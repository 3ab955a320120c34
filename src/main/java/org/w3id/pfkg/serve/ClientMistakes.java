package org.w3id.pfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.util.Set;
import org.eclipse.jetty.http.HttpException;

/**
 * Answers a client's mistakes with a 4xx before they reach a servlet that would fail on them with
 * 500: a method this read-only server does not have (TRACE echoes the request and is refused
 * everywhere: 405), a request body in a charset Java does not know (415), and parameters that
 * cannot be decoded (a bad {@code %}-escape, more form keys than Jetty's limit: 400). Parameters
 * are decoded here once, and Jetty keeps them for the servlet.
 */
final class ClientMistakes implements Filter {
  static final String ALLOWED_METHODS = "GET, HEAD, POST, OPTIONS";
  private static final Set<String> METHODS = Set.of("GET", "HEAD", "POST", "OPTIONS");

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    HttpServletResponse reply = (HttpServletResponse) response;
    if (!METHODS.contains(http.getMethod())) {
      reply.setHeader("Allow", ALLOWED_METHODS);
      reply.sendError(
          HttpServletResponse.SC_METHOD_NOT_ALLOWED,
          http.getMethod() + " is not served here; this server is read-only");
      return;
    }
    String charset = charset(http.getHeader("Content-Type"));
    if (charset != null && !isKnown(charset)) {
      reply.sendError(
          HttpServletResponse.SC_UNSUPPORTED_MEDIA_TYPE,
          "Unknown charset '" + charset + "': send the request body in UTF-8");
      return;
    }
    try {
      http.getParameterMap();
    } catch (RuntimeException e) {
      reply.sendError(status(e), "The request's parameters cannot be read (" + reason(e) + ")");
      return;
    }
    ServletRequest body = request;
    if (http.getContentLengthLong() > 0 && !isForm(http)) {
      try {
        body = new BufferedBody(http, http.getInputStream().readAllBytes());
      } catch (IOException | RuntimeException e) {
        reply.sendError(status(e), "The request body cannot be read (" + reason(e) + ")");
        return;
      }
    }
    chain.doFilter(body, response);
  }

  /**
   * Jetty's own verdict on a request it could not read (408 for a body sent slower than the
   * connector's minimum data rate, 400 for bad encoding), else 400.
   */
  private static int status(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof HttpException http && http.getCode() >= 400 && http.getCode() < 500) {
        return http.getCode();
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return HttpServletResponse.SC_BAD_REQUEST;
  }

  private static boolean isForm(HttpServletRequest http) {
    String type = http.getHeader("Content-Type");
    return type != null
        && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
  }

  /** The charset parameter of a Content-Type, or null. */
  static String charset(String contentType) {
    if (contentType == null) {
      return null;
    }
    for (String part : contentType.split(";")) {
      String p = part.strip();
      if (p.regionMatches(true, 0, "charset=", 0, "charset=".length())) {
        return p.substring("charset=".length()).replace("\"", "").strip();
      }
    }
    return null;
  }

  private static boolean isKnown(String charset) {
    try {
      return Charset.isSupported(charset);
    } catch (IllegalCharsetNameException e) {
      return false;
    }
  }

  private static String reason(Throwable e) {
    Throwable cause = e;
    while (cause.getCause() != null && cause.getCause() != cause) {
      cause = cause.getCause();
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
