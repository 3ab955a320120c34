package org.w3id.pfkg.serve;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import java.io.IOException;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The names clients give a result format in {@code output=}, {@code format=} or {@code results=},
 * turned into an {@code Accept} header that Fuseki negotiates on. Fuseki knows a few short names
 * ({@code json}, {@code xml}, {@code csv}, ...) but answers 400 to others that common clients send:
 * SPARQLWrapper sends {@code output=rdf+xml&output=application/rdf+xml} for RDF/XML and {@code
 * output=n3} for N3 (with the same in {@code format} and {@code results}).
 *
 * <p>One name often means a result-set format for SELECT/ASK and an RDF syntax for
 * CONSTRUCT/DESCRIBE ({@code json}, {@code xml}), so each name becomes a list holding both, and
 * Fuseki picks the one that fits the query's form. A name this table does not know is left to
 * Fuseki, which refuses it as before.
 */
final class OutputParameter implements Filter {
  static final Set<String> NAMES = Set.of("output", "format", "results");

  /** Short name (lower case) to the media types it stands for, result sets first. */
  static final Map<String, String> ACCEPT =
      Map.ofEntries(
          Map.entry("json", "application/sparql-results+json, application/ld+json"),
          Map.entry("xml", "application/sparql-results+xml, application/rdf+xml"),
          Map.entry("rdf", "application/sparql-results+xml, application/rdf+xml"),
          Map.entry("rdf+xml", "application/sparql-results+xml, application/rdf+xml"),
          Map.entry("rdfxml", "application/sparql-results+xml, application/rdf+xml"),
          Map.entry("n3", "text/turtle, application/sparql-results+xml;q=0.5"),
          Map.entry("turtle", "text/turtle, application/sparql-results+xml;q=0.5"),
          Map.entry("ttl", "text/turtle, application/sparql-results+xml;q=0.5"),
          Map.entry("json-ld", "application/ld+json, application/sparql-results+json;q=0.5"),
          Map.entry("jsonld", "application/ld+json, application/sparql-results+json;q=0.5"),
          Map.entry("nt", "application/n-triples, text/tab-separated-values;q=0.5"),
          Map.entry("ntriples", "application/n-triples, text/tab-separated-values;q=0.5"),
          Map.entry("csv", "text/csv"),
          Map.entry("tsv", "text/tab-separated-values"));

  /** Media types a client may put in the parameter itself, with what they stand for. */
  static final Map<String, String> MEDIA_TYPES =
      Map.ofEntries(
          Map.entry("application/rdf+xml", ACCEPT.get("rdf+xml")),
          Map.entry("text/turtle", ACCEPT.get("turtle")),
          Map.entry("text/n3", ACCEPT.get("n3")),
          Map.entry("text/rdf+n3", ACCEPT.get("n3")),
          Map.entry("application/n3", ACCEPT.get("n3")),
          Map.entry("application/ld+json", ACCEPT.get("json-ld")),
          Map.entry("application/json", ACCEPT.get("json")),
          Map.entry("application/n-triples", ACCEPT.get("nt")),
          Map.entry("text/csv", ACCEPT.get("csv")),
          Map.entry("text/tab-separated-values", ACCEPT.get("tsv")),
          Map.entry("application/sparql-results+json", "application/sparql-results+json"),
          Map.entry("application/sparql-results+xml", "application/sparql-results+xml"));

  @Override
  public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    HttpServletRequest http = (HttpServletRequest) request;
    Optional<String> accept = acceptFor(http.getParameterMap());
    chain.doFilter(accept.isPresent() ? new Rewritten(http, accept.get()) : request, response);
  }

  /** The Accept header the first known value of the format parameters stands for. */
  static Optional<String> acceptFor(Map<String, String[]> parameters) {
    for (String name : List.of("output", "format", "results")) {
      for (String value : parameters.getOrDefault(name, new String[0])) {
        String key = value.strip().toLowerCase(Locale.ROOT);
        String media = ACCEPT.getOrDefault(key, MEDIA_TYPES.get(key.split(";")[0].strip()));
        if (media != null) {
          return Optional.of(media);
        }
      }
    }
    return Optional.empty();
  }

  /** The request without the format parameters and with the Accept header they stand for. */
  private static final class Rewritten extends HttpServletRequestWrapper {
    private final String accept;
    private final Map<String, String[]> parameters;

    Rewritten(HttpServletRequest request, String accept) {
      super(request);
      this.accept = accept;
      Map<String, String[]> kept = new LinkedHashMap<>(request.getParameterMap());
      kept.keySet().removeAll(NAMES);
      this.parameters = Collections.unmodifiableMap(kept);
    }

    @Override
    public String getHeader(String name) {
      return "Accept".equalsIgnoreCase(name) ? accept : super.getHeader(name);
    }

    @Override
    public Enumeration<String> getHeaders(String name) {
      return "Accept".equalsIgnoreCase(name)
          ? Collections.enumeration(List.of(accept))
          : super.getHeaders(name);
    }

    @Override
    public String getParameter(String name) {
      String[] values = parameters.get(name);
      return values == null || values.length == 0 ? null : values[0];
    }

    @Override
    public Map<String, String[]> getParameterMap() {
      return parameters;
    }

    @Override
    public Enumeration<String> getParameterNames() {
      return Collections.enumeration(parameters.keySet());
    }

    @Override
    public String[] getParameterValues(String name) {
      return parameters.get(name);
    }
  }
}
