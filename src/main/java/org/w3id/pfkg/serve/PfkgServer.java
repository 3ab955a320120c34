package org.w3id.pfkg.serve;

import java.net.URI;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.fuseki.server.DataService;
import org.apache.jena.fuseki.server.Endpoint;
import org.apache.jena.fuseki.server.Operation;
import org.apache.jena.query.ARQ;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.util.Context;
import org.apache.jena.tdb2.TDB2;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
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

  /**
   * A client sending a query body slower than this (1 byte every 2 s was the attack) is cut off:
   * the largest body allowed (1 MiB) then still has 1000 s, and a real client sends it in well
   * under one.
   */
  static final long MIN_REQUEST_BYTES_PER_SECOND = 1024;

  /** Lower than any real reader of a result or a dump, which reads megabytes a second. */
  static final long MIN_RESPONSE_BYTES_PER_SECOND = 1024;

  static final long IDLE_TIMEOUT_MILLIS = 20_000;

  /**
   * Threads serve requests and block while reading a body: with enough of them a few dozen slow or
   * stalled clients leave plenty for everyone else, and each costs little while it waits.
   */
  static final int MIN_THREADS = 8;

  static final int MAX_THREADS = 200;

  /** Numbers the servers of this JVM, so that their threads' names tell them apart. */
  private static final AtomicInteger SERVERS = new AtomicInteger();

  private final FusekiServer fuseki;
  private final URI baseUrl;
  private final Optional<LiveRelease> live;
  private final AnswerCache answers;

  private PfkgServer(
      FusekiServer fuseki, URI baseUrl, Optional<LiveRelease> live, AnswerCache answers) {
    this.fuseki = fuseki;
    this.baseUrl = baseUrl;
    this.live = live;
    this.answers = answers;
  }

  /**
   * Starts a server for the live release of a {@code pfkg build} output folder, following its
   * {@code current} link: when a build publishes a new release, the next request reads the new
   * store, pages and dumps, and the old store is closed once the requests reading it have ended
   * ({@link LiveRelease}). This is what {@code pfkg serve} runs.
   *
   * @throws org.w3id.pfkg.problem.ConfigException when {@code out} has no published release
   */
  public static PfkgServer serve(ServeConfig config, Path out) {
    Objects.requireNonNull(out, "out");
    LiveRelease live = new LiveRelease(out);
    try {
      Dataset dataset = DatasetFactory.wrap(new SwitchingDatasetGraph(live));
      return start(config, dataset, Optional.of(out), Optional.of(live));
    } catch (RuntimeException e) {
      live.close();
      throw e;
    }
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
    return start(config, dataset, out, Optional.empty());
  }

  private static PfkgServer start(
      ServeConfig config, Dataset dataset, Optional<Path> out, Optional<LiveRelease> live) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(dataset, "dataset");
    Objects.requireNonNull(out, "out");
    FusekiServer.Builder builder =
        FusekiServer.create()
            .port(config.port())
            .verbose(false)
            .enableCors(false)
            .add("/" + SPARQL_PATH, sparqlService(config, dataset))
            .numServerThreads(MIN_THREADS, MAX_THREADS)
            .addFilter("/*", new RequestSizeLimit(config.maxRequestBytes()))
            .addFilter("/*", new ClientMistakes())
            .addFilter("/" + SPARQL_PATH, new CorsPolicy())
            .addFilter("/" + SPARQL_PATH, new OutputParameter());
    // What a published release answers cannot change while it is live: validators and a result
    // cache keyed by its id (a server over a bare dataset, which may change, has neither).
    Supplier<Optional<String>> release = () -> live.map(LiveRelease::id);
    AnswerCache answers = new AnswerCache(AnswerCache.DEFAULT_BUDGET, AnswerCache.DEFAULT_LARGEST);
    builder
        .addFilter("/*", new ReleaseValidators(release))
        .addFilter("/" + SPARQL_PATH, new CachedAnswers(answers, release, config.timeout()));
    addSiteRoutes(builder, config, dataset, out);
    FusekiServer fuseki = builder.build();
    configureConnectors(fuseki, config.host());
    nameThreads(fuseki);
    try {
      fuseki.start();
    } catch (RuntimeException e) {
      fuseki.stop();
      throw new PfkgException(
          "Cannot start the server on " + config.host() + ":" + config.port() + ": " + e, e);
    }
    int port = fuseki.getHttpPort();
    return new PfkgServer(
        fuseki, URI.create("http://" + urlHost(config) + ":" + port + "/"), live, answers);
  }

  /**
   * Names the threads that answer requests {@code pfkg-http-N-…}, N this server's number in the
   * JVM: a thread dump of a busy server then tells which threads evaluate queries, and which server
   * they belong to (Jetty's default, {@code qtp} and a hash code, says neither).
   */
  private static void nameThreads(FusekiServer fuseki) {
    if (fuseki.getJettyServer().getThreadPool() instanceof QueuedThreadPool pool) {
      pool.setName("pfkg-http-" + SERVERS.incrementAndGet());
    }
  }

  /**
   * The beginning of the names of the threads that answer this server's requests (and evaluate its
   * queries), for a thread dump or a test that watches what they do.
   */
  public String threadNamePrefix() {
    return fuseki.getJettyServer().getThreadPool() instanceof QueuedThreadPool pool
        ? pool.getName() + "-"
        : "";
  }

  /** The port the server listens on; the real one when the config asked for port 0. */
  public int port() {
    return fuseki.getHttpPort();
  }

  /** Where the server answers, ending in {@code /}; a caller prints this for the user. */
  public URI baseUrl() {
    return baseUrl;
  }

  /** The SPARQL answers kept in memory (empty unless the server follows a release). */
  AnswerCache answers() {
    return answers;
  }

  /** The SPARQL endpoint's URL. */
  public URI sparqlEndpoint() {
    return baseUrl.resolve(SPARQL_PATH);
  }

  /**
   * Blocks until the server has stopped ({@link #close}, from another thread or a shutdown hook).
   */
  public void awaitStop() {
    fuseki.join();
  }

  @Override
  public void close() {
    fuseki.stop();
    live.ifPresent(LiveRelease::close);
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
    QueryHardening.applyTo(context, config.maxResultBytes());
    Endpoint query =
        Endpoint.create()
            .operation(Operation.Query)
            .endpointName("")
            .processor(new BufferedQuery(config))
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
        out.map(o -> new ReleaseLayout(o).dumps()),
        config.publicBase().map(URI::toString));
  }

  /**
   * The address to bind (Fuseki can only choose between "localhost" and all interfaces), and the
   * rules that keep slow clients from holding the server's threads: a request body must arrive at
   * {@link #MIN_REQUEST_BYTES_PER_SECOND} at least and a response be read at {@link
   * #MIN_RESPONSE_BYTES_PER_SECOND}, or Jetty ends the exchange (408) and frees the thread; a
   * connection idle for {@link #IDLE_TIMEOUT_MILLIS} is closed. Security headers go on every
   * response ({@link SecurityHeaders}).
   */
  private static void configureConnectors(FusekiServer fuseki, String host) {
    for (Connector connector : fuseki.getJettyServer().getConnectors()) {
      if (connector instanceof ServerConnector server) {
        server.setHost(host);
        server.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
        HttpConnectionFactory factory = server.getConnectionFactory(HttpConnectionFactory.class);
        if (factory != null) {
          HttpConfiguration http = factory.getHttpConfiguration();
          http.setMinRequestDataRate(MIN_REQUEST_BYTES_PER_SECOND);
          http.setMinResponseDataRate(MIN_RESPONSE_BYTES_PER_SECOND);
          http.setSendServerVersion(false);
          http.addCustomizer(new SecurityHeaders());
        }
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
