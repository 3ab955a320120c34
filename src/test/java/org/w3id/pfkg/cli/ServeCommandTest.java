package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.serve.PfkgServer;
import picocli.CommandLine;

/**
 * {@code serve} says it is up through the server itself (a future completed with the running
 * server), lasts as long as the server, and says why when it could not start.
 */
class ServeCommandTest {
  @TempDir static Path dir;
  private static Path out;

  /** A release to serve: a copy of the seed's, built once per JVM (the server writes beside it). */
  @BeforeAll
  static void copySeed() {
    out = SeedBuild.copyTo(dir.resolve("out"));
  }

  /** A serve command line and its command object, whose future the test waits on. */
  private record Serve(CommandLine cli, ServeCommand command) {
    static Serve create() {
      CommandLine cli = CliRun.commandLine();
      cli.setOut(new PrintWriter(new StringWriter()));
      cli.setErr(new PrintWriter(new StringWriter()));
      return new Serve(cli, cli.getSubcommands().get("serve").getCommand());
    }

    CompletableFuture<Integer> run(String... args) {
      return CompletableFuture.supplyAsync(() -> cli.execute(args));
    }
  }

  @Test
  void serveRunsUntilItsServerStopsAndTellsWhenItIsUp() throws Exception {
    Serve serve = Serve.create();
    CompletableFuture<Integer> run =
        serve.run("serve", "--port", "0", "--host", "127.0.0.1", "--out", out.toString());
    PfkgServer server = serve.command().started().get(120, TimeUnit.SECONDS);
    try {
      assertTrue(server.port() > 0, "the real port of --port 0");
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(
                          URI.create(
                              server.sparqlEndpoint()
                                  + "?query="
                                  + URLEncoder.encode("ASK {}", StandardCharsets.UTF_8)))
                      .header("Accept", "application/sparql-results+json")
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertEquals(200, answer.statusCode(), answer.body());
      assertTrue(Files.exists(out.resolve(RunningServer.FILE)), "the note for `pfkg query`");
      assertFalse(run.isDone(), "serve lasts as long as its server");
    } finally {
      server.close();
    }
    assertEquals(ExitCodes.OK, run.get(60, TimeUnit.SECONDS));
    assertFalse(Files.exists(out.resolve(RunningServer.FILE)), "the note goes with the server");
  }

  @Test
  void aServerThatCannotStartFailsTheFutureAndTheCommand() throws IOException {
    try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Serve serve = Serve.create();
      CompletableFuture<Integer> run =
          serve.run(
              "serve",
              "--port",
              Integer.toString(taken.getLocalPort()),
              "--host",
              "127.0.0.1",
              "--out",
              out.toString());
      ExecutionException e =
          assertThrows(
              ExecutionException.class, () -> serve.command().started().get(120, TimeUnit.SECONDS));
      assertTrue(e.getCause() instanceof PfkgException, e.getCause().toString());
      assertEquals(ExitCodes.FAILED, run.join());
    }
  }
}
