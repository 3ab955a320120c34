package org.w3id.pfkg.cli;

import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import org.w3id.pfkg.build.BuildPipeline;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.serve.PfkgServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "serve",
    mixinStandardHelpOptions = true,
    description = {
      "Serve the published release: read-only SPARQL, pages, editor and dumps.",
      "A SPARQL endpoint at /sparql, pages and data for every IRI (/id/...), the editor (/editor),"
          + " example queries (/queries/) and dumps (/dumps/).",
      "Builds first when OUT has no published release."
    })
final class ServeCommand implements Callable<Integer> {
  @Mixin CommonOptions common;

  @Option(
      names = "--port",
      paramLabel = "N",
      description = "TCP port; 0 picks a free one. Default: ${DEFAULT-VALUE}.")
  int port = ServeConfig.DEFAULT_PORT;

  @Option(
      names = "--host",
      paramLabel = "ADDR",
      description = "Address to bind (0.0.0.0 for all interfaces). Default: ${DEFAULT-VALUE}.")
  String host = ServeConfig.DEFAULT_HOST;

  @Option(
      names = "--timeout",
      paramLabel = "SECONDS",
      description = "Query time limit in seconds. Default: ${DEFAULT-VALUE}.")
  long timeoutSeconds = ServeConfig.DEFAULT_TIMEOUT.toSeconds();

  @Option(
      names = "--allow-service",
      paramLabel = "URL",
      description =
          "An endpoint queries may call with SERVICE (repeatable; replaces the default). Default: https://query.wikidata.org/sparql.")
  java.util.List<java.net.URI> allowService;

  @Option(
      names = "--allow-synthetic",
      description =
          "BENCHMARKS ONLY: serve a release built from synthetic cases (manifest synthetic=true),"
              + " which is refused by default so that made-up cases are never served as data.")
  boolean allowSynthetic;

  @Option(
      names = "--public-base",
      paramLabel = "URL",
      description =
          "The address people reach this server at, ending in / (e.g. behind a proxy): used in"
              + " pages, the VoID and the service description. Default: the address each request"
              + " was sent to.")
  java.net.URI publicBase;

  @Spec CommandSpec spec;

  /**
   * Completed with the server once it accepts requests (its real port when {@code --port 0}), or
   * with the reason it could not start: how a caller in the same JVM knows the server is up.
   */
  private final CompletableFuture<PfkgServer> started = new CompletableFuture<>();

  CompletableFuture<PfkgServer> started() {
    return started;
  }

  @Override
  public Integer call() {
    try {
      return serveUntilStopped();
    } catch (RuntimeException e) {
      // Never left pending: a caller waiting for the server learns why there is none.
      started.completeExceptionally(e);
      throw e;
    }
  }

  private int serveUntilStopped() {
    ServeConfig defaults = ServeConfig.defaults();
    ServeConfig config =
        new ServeConfig(
            port,
            host,
            Duration.ofSeconds(timeoutSeconds),
            defaults.maxResultRows(),
            defaults.maxRequestBytes(),
            defaults.baseIri(),
            allowService == null ? defaults.serviceAllowList() : allowService,
            defaults.maxResultBytes(),
            java.util.Optional.ofNullable(publicBase));
    if (!LiveStore.exists(common.store.out)) {
      spec.commandLine()
          .getErr()
          .println("pfkg: no published store in " + common.store.out + ", building it first");
      var build = common.buildConfig(false);
      var report =
          CommandKnowledge.forBuild(new BuildPipeline(build), build.ontologyDir(), build.dataDir())
              .run(p -> spec.commandLine().getErr().println(p));
      spec.commandLine().getOut().println(report.summary());
    }
    if (LiveStore.isSynthetic(common.store.out) && !allowSynthetic) {
      throw new ConfigException(
          "--out "
              + common.store.out
              + ": the live release was built from synthetic cases and is not served as data"
              + " (add --allow-synthetic for a benchmark)");
    }
    PfkgServer server = PfkgServer.serve(config, common.store.out);
    RunningServer.record(common.store.out, server.sparqlEndpoint());
    // A stop by signal (Ctrl-C, kill) runs this hook, which stops the server awaited below.
    Thread stop =
        new Thread(
            () -> {
              RunningServer.clear(common.store.out);
              server.close();
            },
            "pfkg-shutdown");
    Runtime.getRuntime().addShutdownHook(stop);
    spec.commandLine()
        .getOut()
        .println(
            "pfkg: serving "
                + server.baseUrl()
                + " (SPARQL endpoint "
                + server.sparqlEndpoint()
                + ")");
    spec.commandLine().getOut().flush();
    started.complete(server);
    // The command lasts as long as the server, so that main exits when it stops, and only then.
    server.awaitStop();
    RunningServer.clear(common.store.out);
    try {
      Runtime.getRuntime().removeShutdownHook(stop);
    } catch (IllegalStateException e) {
      // The JVM is shutting down: the hook is what stopped the server.
    }
    return ExitCodes.OK;
  }
}
