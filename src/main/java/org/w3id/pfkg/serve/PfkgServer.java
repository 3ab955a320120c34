package org.w3id.pfkg.serve;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.ServerConnector;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.serve.site.SiteRoutes;

/**
 * The running pfkg web server: an embedded Fuseki with one read-only SPARQL endpoint at {@code
 * /sparql}, querying the union of the named graphs, with a time limit, a result-size limit, CORS,
 * SERVICE calls to allow-listed endpoints only, no updates and no admin paths; beside it the
 * linked-data site ({@link SiteRoutes}: dereferenceable IRIs, pages, editor, example queries,
 * dumps).
 *
 * <p>It prints nothing; Fuseki logs each request through SLF4J.
 */
public final class PfkgServer implements AutoCloseable {
  /** Path of the SPARQL endpoint, relative to the server's base URL. */
  public static final String SPARQL_PATH = "sparql";

  private final FusekiServer fuseki;
  private final URI baseUrl;

  private PfkgServer(FusekiServer fuseki, URI baseUrl) {
    this.fuseki = fuseki;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts a server for {@code dataset} (normally a TDB2 store holding named graphs only) and
   * returns once it accepts requests.
   *
   * @throws PfkgException when the server cannot start, e.g. the port is taken
   */
  public static PfkgServer start(ServeConfig config, Dataset dataset) {
    return start(config, dataset, Optional.empty());
  }

  /**
   * Starts a server for the live release of a {@code pfkg build} output folder: {@code dataset} is
   * its store, and {@code /dumps/} lists its dumps (read through {@code OUT/dumps} at each request,
   * so a newly published release shows at once).
   *
   * @param out the output folder ({@link ReleaseLayout}), or empty for no dumps
   */
  public static PfkgServer start(ServeConfig config, Dataset dataset, Optional<Path> out) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(config.port())
            .verbose(false)
            .enableCors(false)
            .add("/" + SPARQL_PATH, sparqlService(config, dataset))
            .addFilter("/" + SPARQL_PATH, new CorsPolicy())
            .addFilter("/*", new RequestSizeLimit(config.maxRequestBytes()));
    addSiteRoutes(builder, config, dataset, out);
    FusekiServer fuseki = builder.build();
    bindTo(fuseki, config.host());
    try {
      fuseki.start();
    } catch (RuntimeException e) {
      fuseki.stop();
      throw new PfkgException(
          "Cannot start the server on " + config.host() + ":" + config.port() + ": " + e, e);
    }
    int port = fuseki.getHttpPort();
    return new PfkgServer(fuseki, URI.create("http://" + urlHost(config) + ":" + port + "/"));
  }

  /** The port the server listens on; the real one when the config asked for port 0. */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** Where the server answers, ending in {@code /}; a caller prints this for the user. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The SPARQL endpoint's URL. */
  public URI sparqlEndpoint() {
    return baseUrl.resolve(SPARQL_PATH);
  }

  @Override
  public void close() {
    fuseki.stop();
  }

  /**
   * The SPARQL endpoint: the dataset's own URL answers queries (GET, POST of
   * application/sparql-query or a form) and nothing else; there is no update, upload or graph store
   * endpoint at all. The settings live in the endpoint's context, so the caller's dataset is left
   * as it was.
   */
  private static DataService sparqlService(ServeConfig config, Dataset dataset) {
    Context context = new Context();
    context.set(ARQ.queryTimeout, Long.toString(config.timeout().toMillis()));
    // The store holds named graphs only (one per case plus shared graphs): queries see their union.
    context.set(TDB2.symUnionDefaultGraph, true);
    FederationPolicy.applyTo(context, config.serviceAllowList());
    Endpoint query =
        Endpoint.create()
            .operation(Operation.Query)
            .endpointName("")
            .processor(new BufferedQuery(config.maxResultRows()))
            .context(context)
            .build();
    return DataService.newBuilder(dataset.asDatasetGraph()).addEndpoint(query).build();
  }

  /**
   * Everything beside the endpoint: the {@code /id/...} IRIs, pages and data, the editor, example
   * queries and dumps (docs/SERVE.md, "The site").
   */
  private static void addSiteRoutes(
      FusekiServer.Builder builder, ServeConfig config, Dataset dataset, Optional<Path> out) {
    SiteRoutes.addTo(
        builder,
        dataset,
        config.baseIri().toString(),
        "/" + SPARQL_PATH,
        out.map(o -> new ReleaseLayout(o).dumps()));
  }

  // Fuseki can only choose between "localhost" and all interfaces; set the address ourselves.
  private static void bindTo(FusekiServer fuseki, String host) {
    for (Connector connector : fuseki.getJettyServer().getConnectors()) {
      if (connector instanceof ServerConnector server) {
        server.setHost(host);
      }
    }
  }

  private static String urlHost(ServeConfig config) {
    if (config.bindsAllInterfaces()) {
      return "localhost";
    }
    return config.host().contains(":") && !config.host().startsWith("[")
        ? "[" + config.host() + "]"
        : config.host();
  }
}
