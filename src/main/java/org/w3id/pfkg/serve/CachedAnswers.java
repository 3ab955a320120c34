package org.w3id.pfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletRequestWrapper;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.query.QueryParseException;
import org.apache.jena.query.Syntax;
import org.apache.jena.shared.PrefixMapping;

/**
 * Answers a SPARQL query the live release has answered before from memory ({@link AnswerCache}),
 * keyed by the release, the query as Jena prints it after parsing (so spacing, comments and
 * prefixes do not matter) and the format asked for ({@code Accept}, after {@link OutputParameter},
 * with any other parameter). Only complete successful answers are kept; a query that reads another
 * service, the clock or chance ({@link #unstable}) is always run.
 */
final class CachedAnswers implements Filter {
  private static final String SPARQL_QUERY = "application/sparql-query";

  private static final Pattern UNSTABLE =
      Pattern.compile(
          "\\bSERVICE\\b|\\b(NOW|RAND|UUID|STRUUID|BNODE)\\s*\\(", Pattern.CASE_INSENSITIVE);

  private final AnswerCache cache;
  private final Supplier<Optional<String>> release;
  private final SharedRuns runs = new SharedRuns();
  private final Duration wait;

  /**
   * @param wait how long a request waits for another one that runs the same query (the query time
   *     limit: the other run has an answer or has failed by then)
   */
  CachedAnswers(AnswerCache cache, Supplier<Optional<String>> release, Duration wait) {
    this.cache = cache;
    this.release = release;
    this.wait = wait;
  }

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    Optional<String> key = key(http);
    Optional<String> id = key.isPresent() ? release.get() : Optional.empty();
    if (id.isEmpty()) {
      chain.doFilter(request, response);
      return;
    }
    HttpServletResponse reply = (HttpServletResponse) response;
    Optional<AnswerCache.Answer> known = cache.get(id.get(), key.get());
    if (known.isEmpty()) {
      boolean ran;
      try {
        ran =
            runs.runOrAwait(
                id.get() + '\n' + key.get(),
                wait,
                () -> answer(request, reply, chain, id.get(), key.get()));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new ServletException("interrupted while the same query ran for another client", e);
      }
      if (ran) {
        return;
      }
      known = cache.get(id.get(), key.get());
      if (known.isEmpty()) { // the other run failed, or its answer was too large to keep
        answer(request, reply, chain, id.get(), key.get());
        return;
      }
    }
    reply.setStatus(HttpServletResponse.SC_OK);
    reply.setContentType(known.get().contentType());
    reply.setContentLength(known.get().body().length);
    try (OutputStream out = reply.getOutputStream()) {
      out.write(known.get().body());
    }
  }

  /** Runs the query through the rest of the chain and keeps a complete answer. */
  private void answer(
      ServletRequest request, HttpServletResponse reply, FilterChain chain, String id, String key)
      throws IOException, ServletException {
    Capture capture = new Capture(reply, cache.largest());
    chain.doFilter(request, capture);
    if (capture.complete()) {
      // The release is asked again: an answer read from a release published meanwhile is kept
      // under that release's id only if the key is still the live one.
      release
          .get()
          .filter(id::equals)
          .ifPresent(
              live ->
                  cache.put(
                      live,
                      key,
                      new AnswerCache.Answer(capture.getContentType(), capture.bytes())));
    }
  }

  /** What decides the answer besides the release, or empty when it is not to be cached. */
  static Optional<String> key(HttpServletRequest http) throws IOException {
    Optional<String> normalised = queryText(http).flatMap(CachedAnswers::normalised);
    if (normalised.isEmpty() || unstable(normalised.get())) {
      return Optional.empty();
    }
    Map<String, String> others = new TreeMap<>();
    http.getParameterMap()
        .forEach(
            (name, values) -> {
              if (!name.equals("query")) {
                others.put(name, String.join("\u0000", values));
              }
            });
    String accept = http.getHeader("Accept");
    return Optional.of((accept == null ? "" : accept) + '\n' + others + '\n' + normalised.get());
  }

  /**
   * The query as Jena prints it after parsing, without prefixes (every IRI in full) and without
   * comments, or empty when it does not parse (Fuseki answers it with 400).
   */
  static Optional<String> normalised(String text) {
    try {
      Query query = QueryFactory.create(text, Syntax.syntaxSPARQL_11);
      query.setPrefixMapping(PrefixMapping.Factory.create());
      return Optional.of(query.serialize());
    } catch (QueryParseException e) {
      return Optional.empty();
    }
  }

  /**
   * True when a (normalised) query's answer may depend on more than the release: it calls another
   * service, or a function of the clock or of chance. Read in the printed query, so a comment
   * saying "now" does not count; a string saying "now(" does, which only costs the caching.
   */
  static boolean unstable(String normalised) {
    return UNSTABLE.matcher(normalised).find();
  }

  /**
   * The query of a GET, a form POST or a {@code application/sparql-query} POST whose body {@link
   * ClientMistakes} has already read into memory (so it can be read again here).
   */
  private static Optional<String> queryText(HttpServletRequest http) throws IOException {
    if (http.getMethod().equals("GET")) {
      return Optional.ofNullable(http.getParameter("query"));
    }
    if (!http.getMethod().equals("POST")) {
      return Optional.empty();
    }
    String type = http.getContentType();
    if (type != null && type.startsWith(SPARQL_QUERY) && buffered(http)) {
      return Optional.of(new String(http.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    }
    return Optional.ofNullable(http.getParameter("query"));
  }

  private static boolean buffered(ServletRequest request) {
    for (ServletRequest r = request; ; r = ((ServletRequestWrapper) r).getRequest()) {
      if (r instanceof BufferedBody) {
        return true;
      }
      if (!(r instanceof ServletRequestWrapper)) {
        return false;
      }
    }
  }

  /**
   * The response, with a copy of its body: Fuseki writes a SELECT answer only once it is complete
   * ({@link BufferedQuery}), so a 200 written through the stream is the whole answer.
   */
  private static final class Capture extends HttpServletResponseWrapper {
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private boolean usable = true;
    private final long limit;
    private ServletOutputStream stream;

    Capture(HttpServletResponse response, long limit) {
      super(response);
      this.limit = limit;
    }

    boolean complete() {
      return usable && getStatus() == HttpServletResponse.SC_OK && getContentType() != null;
    }

    byte[] bytes() {
      return copy.toByteArray();
    }

    /** Copies what was written, until it is more than the cache would keep. */
    private void keep(byte[] b, int off, int len) {
      if (usable && copy.size() + (long) len > limit) {
        usable = false;
        copy.reset();
      } else if (usable) {
        copy.write(b, off, len);
      }
    }

    @Override
    public void sendError(int status, String message) throws IOException {
      usable = false;
      super.sendError(status, message);
    }

    @Override
    public void sendError(int status) throws IOException {
      usable = false;
      super.sendError(status);
    }

    @Override
    public PrintWriter getWriter() throws IOException {
      usable = false; // text written by an error handler, not an answer
      return super.getWriter();
    }

    @Override
    public ServletOutputStream getOutputStream() throws IOException {
      if (stream == null) {
        ServletOutputStream out = super.getOutputStream();
        stream =
            new ServletOutputStream() {
              @Override
              public void write(int b) throws IOException {
                out.write(b);
                keep(new byte[] {(byte) b}, 0, 1);
              }

              @Override
              public void write(byte[] b, int off, int len) throws IOException {
                out.write(b, off, len);
                keep(b, off, len);
              }

              @Override
              public void flush() throws IOException {
                out.flush();
              }

              @Override
              public void close() throws IOException {
                out.close();
              }

              @Override
              public boolean isReady() {
                return out.isReady();
              }

              @Override
              public void setWriteListener(WriteListener listener) {
                usable = false;
                out.setWriteListener(listener);
              }
            };
      }
      return stream;
    }
  }
}
