package org.w3id.pfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * HTTP validators for what a release determines: pages, data documents, dumps and SPARQL answers
 * read from a published release cannot change while that release is live, so each GET answer gets
 * an {@code ETag} naming the release, the server's code and the representation (the request line
 * and the {@code Accept} header that chose the format), and a request whose {@code If-None-Match}
 * names it gets 304 without the work. {@code Cache-Control} lets a cache keep an answer for {@link
 * #MAX_AGE_SECONDS} and then ask again ({@code must-revalidate}): a new release may be published at
 * any time, and the revalidation then costs the client a 304, not the body. A dump addressed by its
 * release id never changes and is marked immutable.
 *
 * <p>Left alone: errors (a time-out today may be an answer tomorrow), the census (its default day
 * follows the calendar), SPARQL that does not parse, and SPARQL that asks another service, the
 * clock or chance ({@link CachedAnswers#unstable}).
 */
final class ReleaseValidators implements Filter {
  static final int MAX_AGE_SECONDS = 60;
  static final String REVALIDATE = "public, max-age=" + MAX_AGE_SECONDS + ", must-revalidate";
  static final String IMMUTABLE = "public, max-age=31536000, immutable";

  private static final List<String> EXACT =
      List.of("/", "/cases", "/cases.csv", "/cases.json", "/.well-known/void", "/ontology");
  private static final List<String> PREFIXES = List.of("/page/", "/data/", "/dumps/", "/sparql");

  private final Supplier<Optional<String>> release;
  private final String code;

  /**
   * @param release the live release's id, looked up at each request (empty: no validators)
   */
  ReleaseValidators(Supplier<Optional<String>> release) {
    this.release = release;
    this.code = codeToken();
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    Optional<String> id = covered(http) ? release.get() : Optional.empty();
    if (id.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    String tag = tag(id.get(), code, http);
    String cacheControl =
        http.getRequestURI().startsWith("/dumps/" + id.get() + "/") ? IMMUTABLE : REVALIDATE;
    HttpServletResponse reply = (HttpServletResponse) response;
    if (matches(http.getHeader("If-None-Match"), tag)) {
      reply.setStatus(HttpServletResponse.SC_NOT_MODIFIED);
      reply.setHeader("ETag", tag);
      reply.setHeader("Cache-Control", cacheControl);
      reply.setHeader("Vary", "Accept");
      return;
    }
    chain.doFilter(request, new Validated(reply, tag, cacheControl));
  }

  /** GET or HEAD of a path the release alone decides. */
  static boolean covered(HttpServletRequest http) {
    String method = http.getMethod();
    if (!method.equals("GET") && !method.equals("HEAD")) {
      return false;
    }
    String path = http.getRequestURI();
    if (!EXACT.contains(path) && PREFIXES.stream().noneMatch(path::startsWith)) {
      return false;
    }
    String query = path.startsWith("/sparql") ? http.getParameter("query") : null;
    return query == null
        || CachedAnswers.normalised(query).map(q -> !CachedAnswers.unstable(q)).orElse(false);
  }

  /**
   * A strong validator: the release, the code, and a digest of the request line and {@code Accept},
   * which decide the representation (a different {@code output=} or {@code Accept} is a different
   * representation, hence {@code Vary: Accept}).
   */
  static String tag(String release, String code, HttpServletRequest http) {
    String accept = http.getHeader("Accept");
    String representation =
        http.getRequestURI()
            + '?'
            + (http.getQueryString() == null ? "" : http.getQueryString())
            + '\n'
            + (accept == null ? "" : accept);
    return "\"" + release + "." + code + "." + digest(representation) + "\"";
  }

  /** True when an {@code If-None-Match} value names {@code tag} (or is {@code *}). */
  static boolean matches(String ifNoneMatch, String tag) {
    if (ifNoneMatch == null) {
      return false;
    }
    for (String part : ifNoneMatch.split(",")) {
      String t = part.strip();
      if (t.startsWith("W/")) {
        t = t.substring(2); // weak comparison, as RFC 9110 asks for If-None-Match
      }
      if (t.equals("*") || t.equals(tag)) {
        return true;
      }
    }
    return false;
  }

  /**
   * What names the code that renders the answers: the jar's size and time (a new jar over the same
   * release renders pages anew), or a token of this run when the classes are not in a jar.
   */
  static String codeToken() {
    try {
      Path jar =
          Path.of(
              ReleaseValidators.class.getProtectionDomain().getCodeSource().getLocation().toURI());
      if (Files.isRegularFile(jar)) {
        return digest(Files.size(jar) + "/" + Files.getLastModifiedTime(jar).toMillis());
      }
    } catch (Exception e) {
      // no readable code source: fall through to a token of this run
    }
    return digest(UUID.randomUUID().toString());
  }

  private static String digest(String text) {
    try {
      byte[] sha =
          MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(sha).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every JDK", e);
    }
  }

  /**
   * The response with the validators, kept only on a success: a 4xx or 5xx loses them and is not to
   * be stored; Fuseki's own {@code no-store} on SPARQL answers gives way to them.
   */
  private static final class Validated extends HttpServletResponseWrapper {
    private boolean cacheable = true;

    Validated(HttpServletResponse response, String tag, String cacheControl) {
      super(response);
      super.setHeader("ETag", tag);
      super.setHeader("Cache-Control", cacheControl);
      super.setHeader("Vary", "Accept");
    }

    @Override
    public void setStatus(int status) {
      super.setStatus(status);
      status(status);
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      status(status);
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      status(status);
      super.sendError(status);
    }

    @Override
    public void setHeader(String name, String value) {
      if (!ours(name)) {
        super.setHeader(name, value);
      }
    }

    @Override
    public void addHeader(String name, String value) {
      if (!ours(name)) {
        super.addHeader(name, value);
      }
    }

    private boolean ours(String name) {
      return cacheable
          && (name.equalsIgnoreCase("Cache-Control")
              || name.equalsIgnoreCase("Pragma")
              || name.equalsIgnoreCase("ETag")
              || name.equalsIgnoreCase("Expires"));
    }

    private void status(int status) {
      if (cacheable && status >= 300) {
        cacheable = false;
        super.setHeader("ETag", null);
        super.setHeader("Cache-Control", "no-store");
      }
    }
  }
}
