package org.w3id.pfkg.config;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.vocab.Iris;

/**
 * Settings of the SPARQL server, validated once when the record is made.
 *
 * @param port TCP port, 0..65535; 0 lets the system choose a free port
 * @param host address to bind: {@code 127.0.0.1} (loopback, the default) or {@code 0.0.0.0} (all
 *     interfaces) or any other literal address of this machine
 * @param timeout time limit of one query, from start to the last result; must be positive
 * @param maxResultRows most rows a SELECT may return (or triples a CONSTRUCT/DESCRIBE); a query
 *     whose result is larger gets an error, never a silently cut result
 * @param maxRequestBytes largest request body (a POSTed query) accepted; larger gets HTTP 413
 * @param maxResultBytes most characters of values a result may hold (the sum over its rows or
 *     triples, and the length of one GROUP_CONCAT value); a larger result is refused like one with
 *     too many rows, so that one query cannot fill the heap with few, huge rows
 * @param baseIri canonical base of the dataset's IRIs; absolute, ending in {@code /}
 * @param serviceAllowList the only endpoints a query's {@code SERVICE} may call, as exact http(s)
 *     URLs; every other target is refused before any connection is made. Empty: no SERVICE at all
 * @param publicBase the address people reach the server at (behind a proxy), ending in {@code /},
 *     written into pages, the VoID and the service description; empty: the address each request was
 *     sent to
 */
public record ServeConfig(
    int port,
    String host,
    Duration timeout,
    long maxResultRows,
    long maxRequestBytes,
    URI baseIri,
    List<URI> serviceAllowList,
    long maxResultBytes,
    Optional<URI> publicBase) {

  public static final int DEFAULT_PORT = 3030;
  public static final String DEFAULT_HOST = "127.0.0.1";
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(30);
  public static final long DEFAULT_MAX_RESULT_ROWS = 100_000;
  public static final long DEFAULT_MAX_REQUEST_BYTES = 1024 * 1024;

  /**
   * 64 Mi characters: room for the 100 000 rows of the row limit at 600 characters each, and a
   * bound the launcher's default heap ({@code pfkg}: -Xmx1g) holds for a few such queries at once.
   */
  public static final long DEFAULT_MAX_RESULT_BYTES = 64L * 1024 * 1024;

  /** Wikidata's query service, the one federation target allowed by default (DESIGN.md). */
  public static final List<URI> DEFAULT_SERVICE_ALLOW_LIST =
      List.of(URI.create("https://query.wikidata.org/sparql"));

  public ServeConfig {
    if (port < 0 || port > 65535) {
      throw new ConfigException("port " + port + " is out of range 0..65535 (0 = any free port)");
    }
    if (host == null || host.isBlank() || !host.strip().equals(host) || host.contains("/")) {
      throw new ConfigException(
          "host '" + host + "' is not an address to bind; use 127.0.0.1 or 0.0.0.0");
    }
    Objects.requireNonNull(timeout, "timeout");
    if (timeout.isNegative() || timeout.isZero()) {
      throw new ConfigException("query timeout " + timeout + " must be positive");
    }
    if (maxResultRows < 1) {
      throw new ConfigException("max result rows " + maxResultRows + " must be at least 1");
    }
    if (maxRequestBytes < 1 || maxRequestBytes > Integer.MAX_VALUE) {
      throw new ConfigException(
          "max request bytes " + maxRequestBytes + " must be between 1 and " + Integer.MAX_VALUE);
    }
    Objects.requireNonNull(baseIri, "baseIri");
    if (!baseIri.isAbsolute() || !baseIri.toString().endsWith("/")) {
      throw new ConfigException("base IRI <" + baseIri + "> must be absolute and end in '/'");
    }
    if (maxResultBytes < 1) {
      throw new ConfigException("max result bytes " + maxResultBytes + " must be at least 1");
    }
    Objects.requireNonNull(publicBase, "publicBase");
    if (publicBase.isPresent()
        && !publicBase.get().toString().matches("https?://[^/\\s]+/(\\S*/)?")) {
      throw new ConfigException(
          "public base <" + publicBase.get() + "> must be an http(s) URL ending in '/'");
    }
    Objects.requireNonNull(serviceAllowList, "serviceAllowList");
    serviceAllowList = List.copyOf(serviceAllowList);
    for (URI endpoint : serviceAllowList) {
      String scheme = endpoint.getScheme();
      if (!endpoint.isAbsolute()
          || !("http".equals(scheme) || "https".equals(scheme))
          || endpoint.getHost() == null
          || endpoint.getFragment() != null) {
        throw new ConfigException(
            "SERVICE endpoint <" + endpoint + "> must be an absolute http(s) URL without fragment");
      }
    }
  }

  /** The settings without a public base: pages use the address each request was sent to. */
  public ServeConfig(
      int port,
      String host,
      Duration timeout,
      long maxResultRows,
      long maxRequestBytes,
      URI baseIri,
      List<URI> serviceAllowList,
      long maxResultBytes) {
    this(
        port,
        host,
        timeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        maxResultBytes,
        Optional.empty());
  }

  /** The settings with the default result byte limit. */
  public ServeConfig(
      int port,
      String host,
      Duration timeout,
      long maxResultRows,
      long maxRequestBytes,
      URI baseIri,
      List<URI> serviceAllowList) {
    this(
        port,
        host,
        timeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        DEFAULT_MAX_RESULT_BYTES);
  }

  /** The settings with the default SERVICE allow-list (Wikidata's query service only). */
  public ServeConfig(
      int port,
      String host,
      Duration timeout,
      long maxResultRows,
      long maxRequestBytes,
      URI baseIri) {
    this(port, host, timeout, maxResultRows, maxRequestBytes, baseIri, DEFAULT_SERVICE_ALLOW_LIST);
  }

  /**
   * The defaults: loopback port 3030, 30 s timeout, 100 000 rows, 1 MiB requests, SERVICE to
   * Wikidata only.
   */
  public static ServeConfig defaults() {
    return new ServeConfig(
        DEFAULT_PORT,
        DEFAULT_HOST,
        DEFAULT_TIMEOUT,
        DEFAULT_MAX_RESULT_ROWS,
        DEFAULT_MAX_REQUEST_BYTES,
        URI.create(Iris.DEFAULT_BASE));
  }

  public ServeConfig withPort(int newPort) {
    return new ServeConfig(
        newPort,
        host,
        timeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        maxResultBytes,
        publicBase);
  }

  public ServeConfig withHost(String newHost) {
    return new ServeConfig(
        port,
        newHost,
        timeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        maxResultBytes,
        publicBase);
  }

  public ServeConfig withTimeout(Duration newTimeout) {
    return new ServeConfig(
        port,
        host,
        newTimeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        maxResultBytes,
        publicBase);
  }

  public ServeConfig withMaxResultRows(long rows) {
    return new ServeConfig(
        port,
        host,
        timeout,
        rows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        maxResultBytes,
        publicBase);
  }

  public ServeConfig withMaxRequestBytes(long bytes) {
    return new ServeConfig(
        port,
        host,
        timeout,
        maxResultRows,
        bytes,
        baseIri,
        serviceAllowList,
        maxResultBytes,
        publicBase);
  }

  public ServeConfig withServiceAllowList(List<URI> endpoints) {
    return new ServeConfig(
        port,
        host,
        timeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        endpoints,
        maxResultBytes,
        publicBase);
  }

  public ServeConfig withMaxResultBytes(long bytes) {
    return new ServeConfig(
        port,
        host,
        timeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        bytes,
        publicBase);
  }

  public ServeConfig withPublicBase(Optional<URI> base) {
    return new ServeConfig(
        port,
        host,
        timeout,
        maxResultRows,
        maxRequestBytes,
        baseIri,
        serviceAllowList,
        maxResultBytes,
        base);
  }

  /** True when the server listens on every interface rather than one address. */
  public boolean bindsAllInterfaces() {
    return host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
  }
}
