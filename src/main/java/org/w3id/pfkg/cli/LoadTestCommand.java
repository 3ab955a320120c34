package org.w3id.pfkg.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.w3id.pfkg.loadtest.LoadRun;
import org.w3id.pfkg.problem.ConfigException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(
    name = "loadtest",
    mixinStandardHelpOptions = true,
    description = {
      "Load a running pfkg server for a bounded time and count.",
      "Concurrent clients mix the example SPARQL queries (those without SERVICE), entity pages and"
          + " dump downloads.",
      "Prints requests, statuses and latency percentiles per kind; exits 1 on any 5xx but 503."
    })
final class LoadTestCommand implements Callable<Integer> {
  @Option(
      names = "--url",
      paramLabel = "URL",
      description = "The server's base URL. Default: ${DEFAULT-VALUE}.",
      defaultValue = "http://127.0.0.1:3030/")
  URI url;

  @Option(
      names = "--duration",
      paramLabel = "SECONDS",
      description = "How long to run. Default: ${DEFAULT-VALUE}.",
      defaultValue = "60")
  long durationSeconds;

  @Option(
      names = "--clients",
      paramLabel = "N",
      description = "Concurrent clients. Default: ${DEFAULT-VALUE}.",
      defaultValue = "16")
  int clients;

  @Option(
      names = "--max-requests",
      paramLabel = "N",
      description = "Stop after this many requests in all. Default: ${DEFAULT-VALUE}.",
      defaultValue = "1000000")
  long maxRequests;

  @Option(
      names = "--queries",
      paramLabel = "DIR",
      description = "Folder of example queries (*.rq). Default: ${DEFAULT-VALUE}.",
      defaultValue = "queries")
  Path queries;

  @Option(
      names = "--server-pid",
      paramLabel = "PID",
      description = "Process id of the server, to report its memory from /proc.")
  Long serverPid;

  @Spec CommandSpec spec;

  @Override
  public Integer call() {
    if (durationSeconds < 1 || clients < 1 || maxRequests < 1) {
      throw new ConfigException("--duration, --clients and --max-requests must be at least 1");
    }
    String base = url.toString().endsWith("/") ? url.toString() : url + "/";
    LoadRun.Plan plan =
        new LoadRun.Plan(
            URI.create(base),
            Duration.ofSeconds(durationSeconds),
            clients,
            maxRequests,
            localQueries(queries));
    String before = memory();
    LoadRun.Result result = new LoadRun(plan).run();
    PrintWriter out = spec.commandLine().getOut();
    print(out, plan, result, before, memory());
    return result.serverErrors() == 0 && result.transportErrors() == 0
        ? ExitCodes.OK
        : ExitCodes.FAILED;
  }

  static void print(
      PrintWriter out, LoadRun.Plan plan, LoadRun.Result result, String before, String after) {
    out.printf(
        Locale.ROOT,
        "loadtest %s: %d clients, %.1f s, %d requests (%.1f/s), %d server errors (5xx but 503),"
            + " %d transport errors%n",
        plan.base(),
        plan.clients(),
        result.seconds(),
        result.requests(),
        result.requests() / result.seconds(),
        result.serverErrors(),
        result.transportErrors());
    result
        .kinds()
        .forEach(
            (name, kind) ->
                out.printf(
                    Locale.ROOT,
                    "  %-6s %7d  statuses %s  %s%n",
                    name,
                    kind.count(),
                    kind.statuses(),
                    kind.latencies()));
    if (!before.isEmpty()) {
      out.println("  server memory before: " + before);
      out.println("  server memory after:  " + after);
    }
    out.flush();
  }

  /** The server's resident and peak memory, from /proc, when its pid was given. */
  private String memory() {
    if (serverPid == null) {
      return "";
    }
    try (Stream<String> lines = Files.lines(Path.of("/proc", serverPid.toString(), "status"))) {
      return String.join(
          ", ",
          lines
              .filter(l -> l.startsWith("VmRSS") || l.startsWith("VmHWM"))
              .map(l -> l.replaceAll("\\s+", " "))
              .toList());
    } catch (IOException e) {
      return "unavailable (" + e.getMessage() + ")";
    }
  }

  /** The example queries that stay on this server (no SERVICE). */
  static List<String> localQueries(Path dir) {
    try (Stream<Path> files = Files.list(dir)) {
      List<String> texts =
          files
              .filter(p -> p.toString().endsWith(".rq"))
              .sorted()
              .map(LoadTestCommand::read)
              .filter(q -> !q.contains("SERVICE"))
              .toList();
      if (texts.isEmpty()) {
        throw new ConfigException("--queries " + dir + ": no query without SERVICE found");
      }
      return texts;
    } catch (IOException e) {
      throw new ConfigException("--queries " + dir + ": " + e.getMessage());
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException("cannot read query " + file + ": " + e.getMessage());
    }
  }
}
