package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.pfkg.config.ServeConfig;

/**
 * The attacks of issue 12 against a real server on a loopback port: slow uploads, a backtracking
 * REGEX, a refused SERVICE inside EXISTS, results huge in bytes but few in rows, and client
 * mistakes that used to answer 500. Bounded: the whole class runs in seconds, and no assertion
 * measures a duration; where time matters, the bound is many times what a healthy server needs.
 */
@Tag("slow")
class AttackSuiteTest {
  private static final String JSON = "application/sparql-results+json";
  private static final String SIMPLE = "SELECT ?s { ?s <http://schema.org/name> ?n }";

  /** Backtracks for minutes in java.util.regex: (.*a){15} over 30 a's and a b. */
  static final String REGEX_BOMB =
      "SELECT * WHERE { VALUES ?x { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\" }"
          + " FILTER REGEX(?x, \"^(.*a){15}$\") }";

  @TempDir static Path store;
  static PfkgServer server;

  @BeforeAll
  static void start() {
    Dataset dataset = TestStore.create(store);
    Txn.executeWrite(
        dataset,
        () -> {
          Model doc = ModelFactory.createDefaultModel();
          doc.createResource(TestStore.BASE + "id/document/probe")
              .addProperty(
                  doc.createProperty(TestStore.SCHEMA, "url"),
                  doc.createResource("javascript:alert(document.domain)"))
              .addProperty(
                  doc.createProperty(TestStore.SCHEMA, "sameAs"),
                  doc.createResource("https://example.org/probe"));
          dataset.addNamedModel(TestStore.BASE + "graph/case/probe", doc);
        });
    server =
        PfkgServer.start(
            ServeConfig.defaults()
                .withPort(0)
                .withTimeout(Duration.ofSeconds(2))
                .withMaxResultBytes(20_000),
            dataset);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  // 1. Slow uploads

  @Test
  void slowUploadsAreCutOffAndOthersAreAnsweredMeanwhile() throws Exception {
    int slow = 20;
    ExecutorService pool = Executors.newFixedThreadPool(slow);
    CountDownLatch connected = new CountDownLatch(slow);
    try {
      List<Future<String>> uploads = new ArrayList<>();
      for (int i = 0; i < slow; i++) {
        uploads.add(pool.submit(() -> slowUpload(server.port(), connected)));
      }
      assertTrue(
          connected.await(30, TimeUnit.SECONDS), "every upload holds its connection and has begun");
      for (int i = 0; i < 8; i++) {
        assertEquals(200, Http.getQuery(server.sparqlEndpoint(), SIMPLE, JSON).statusCode());
        assertEquals(200, Http.get(server.baseUrl(), "text/html").statusCode());
      }
      for (Future<String> upload : uploads) {
        String answer = upload.get(60, TimeUnit.SECONDS);
        assertTrue(answer.isEmpty() || answer.startsWith("HTTP/1.1 408"), answer);
      }
    } finally {
      pool.shutdownNow();
    }
  }

  /**
   * Declares a 1 MB query body and sends one byte every 300 ms; returns the status line the server
   * answered with, or "" when it just closed the connection. Fails if the server is still reading
   * after 40 s: without a minimum data rate it would wait for the whole body (days).
   */
  private static String slowUpload(int port, CountDownLatch connected)
      throws IOException, InterruptedException {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(300);
      OutputStream out = socket.getOutputStream();
      InputStream in = socket.getInputStream();
      out.write(
          ("POST /sparql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/sparql-query\r\n"
                  + "Content-Length: 1000000\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      out.flush();
      connected.countDown();
      long giveUp = System.nanoTime() + TimeUnit.SECONDS.toNanos(40);
      while (System.nanoTime() < giveUp) {
        try {
          out.write('S');
          out.flush();
        } catch (IOException closed) {
          return "";
        }
        try {
          byte[] answer = in.readNBytes(12);
          return new String(answer, StandardCharsets.US_ASCII);
        } catch (SocketTimeoutException stillReading) {
          // the server is still waiting for the body: send the next byte
        } catch (IOException reset) {
          return "";
        }
      }
      throw new AssertionError("the server still read the slow upload after 40 s");
    }
  }

  // 2. Regex

  @Test
  void backtrackingRegexIsCancelledAtTheTimeLimitAndItsThreadStops() throws Exception {
    HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), REGEX_BOMB, JSON);
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(Threads.noneRunning(server, "java.util.regex.Pattern", Duration.ofSeconds(10)));
    assertEquals(200, Http.getQuery(server.sparqlEndpoint(), SIMPLE, JSON).statusCode());
  }

  @Test
  void backtrackingReplaceIsCancelledToo() throws Exception {
    String replace =
        "SELECT ?y WHERE { VALUES ?x { \"aaaaaaaaaaaaaaaaaaaaaaaaaaaaaab\" }"
            + " BIND(REPLACE(?x, \"^(.*a){15}$\", \"z\") AS ?y) }";
    HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), replace, JSON);
    assertEquals(503, response.statusCode(), response.body());
    assertTrue(Threads.noneRunning(server, "java.util.regex.Pattern", Duration.ofSeconds(10)));
  }

  @Test
  void regexAndReplaceKeepTheirMeaning() {
    String query =
        "SELECT ?y WHERE { ?s <http://schema.org/name> ?n FILTER REGEX(?n, \"^gul\", \"i\")"
            + " BIND(REPLACE(?n, \"(\\\\w+) (\\\\w+)\", \"$2, $1\") AS ?y) }";
    HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), query, JSON);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(response.body().contains("\"Imin, Gulmire\""), response.body());
  }

  // 4. SERVICE anywhere

  @ParameterizedTest
  @ValueSource(
      strings = {
        "SELECT * { ?s ?p ?o FILTER EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
        "SELECT * { ?s ?p ?o FILTER NOT EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } }",
        "SELECT * { ?s ?p ?o OPTIONAL { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?x } } }",
        "SELECT * { ?s ?p ?o BIND(EXISTS { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } } AS ?b) }"
      })
  void refusedServiceIsRefusedOnceBeforeTheQueryRuns(String query) {
    HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), query, JSON);
    assertEquals(BufferedQuery.SERVICE_REFUSED, response.statusCode(), response.body());
    assertTrue(response.body().contains("<http://127.0.0.1:9/sparql> is refused"), response.body());
  }

  // 5. Memory

  @Test
  void groupConcatLongerThanTheByteLimitIsRefused() {
    String concat = "SELECT (GROUP_CONCAT(STR(?o)) AS ?all) { ?a ?b ?c . ?d ?e ?o . ?f ?g ?h }";
    HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), concat, JSON);
    assertEquals(BufferedQuery.RESULT_TOO_LARGE, response.statusCode(), response.body());
    assertTrue(response.body().contains("GROUP_CONCAT"), response.body());

    String small =
        "SELECT (GROUP_CONCAT(?n; SEPARATOR=\"|\") AS ?all) { ?s <http://schema.org/name> ?n }";
    HttpResponse<String> fine = Http.getQuery(server.sparqlEndpoint(), small, JSON);
    assertEquals(200, fine.statusCode(), fine.body());
    assertTrue(fine.body().contains("Gulmire Imin|") || fine.body().contains("|Gulmire Imin"));
  }

  @Test
  void fewRowsOfManyBytesAreRefused() {
    String wide =
        "SELECT ?x { ?a ?b ?c . ?d ?e ?f BIND(CONCAT(STR(?a), STR(?d), STR(?a), STR(?d)) AS ?x) }";
    HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), wide, JSON);
    assertEquals(BufferedQuery.RESULT_TOO_LARGE, response.statusCode(), response.body());
    assertTrue(response.body().contains("characters"), response.body());
  }

  // 3. and 10. Links, headers, client mistakes

  @Test
  void onlyWebAddressesBecomeLinksOnPages() {
    HttpResponse<String> page =
        Http.get(URI.create(server.baseUrl() + "page/id/document/probe"), "text/html");
    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("javascript:alert(document.domain)"), "the value is shown");
    assertFalse(page.body().contains("href=\"javascript:"), page.body());
    assertTrue(page.body().contains("href=\"https://example.org/probe\""), page.body());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "/",
        "/sparql?query=ASK%7B%7D",
        "/page/id/journalist/gulmire-imin",
        "/nothing-here",
        "/sparql?query=%ZZ",
        "/sparql?query=SELECT"
      })
  void everyResponseCarriesTheSecurityHeaders(String path) throws IOException {
    String head = rawGet(path);
    assertTrue(
        head.contains("\r\nContent-Security-Policy: default-src 'self'; script-src 'self'"), head);
    assertTrue(head.contains("frame-ancestors 'none'"), head);
    assertTrue(head.contains("\r\nX-Content-Type-Options: nosniff"), head);
    assertTrue(head.contains("\r\nReferrer-Policy: "), head);
  }

  /** The status line and headers of a GET sent as written, even when no URI class accepts it. */
  static String rawGet(String path) throws IOException {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      socket
          .getOutputStream()
          .write(
              ("GET " + path + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                  .getBytes(StandardCharsets.US_ASCII));
      String all = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      int end = all.indexOf("\r\n\r\n");
      return end < 0 ? all : all.substring(0, end + 2);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "sparql", "page/id/journalist/gulmire-imin", "dumps/"})
  void traceIsRefusedEverywhere(String path) {
    HttpResponse<String> response =
        Http.send(
            HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method("TRACE", HttpRequest.BodyPublishers.noBody())
                .build());
    assertEquals(405, response.statusCode(), path);
  }

  @Test
  void badPercentEscapesAre400() throws IOException {
    assertTrue(rawGet("/sparql?query=%ZZ").startsWith("HTTP/1.1 400 "));
    assertTrue(rawGet("/page/id/%ZZ").startsWith("HTTP/1.1 400 "));
    assertEquals(
        400,
        Http.post(server.sparqlEndpoint(), "application/x-www-form-urlencoded", "query=%ZZ")
            .statusCode());
  }

  @Test
  void tooManyFormParametersAre400() {
    String form =
        IntStream.range(0, 50_000).mapToObj(i -> "p" + i + "=1").collect(Collectors.joining("&"))
            + "&query=ASK%7B%7D";
    int status =
        Http.post(server.sparqlEndpoint(), "application/x-www-form-urlencoded", form).statusCode();
    assertTrue(status == 400 || status == 413, "status " + status);
  }

  @Test
  void unknownCharsetIs415() {
    for (String type :
        List.of(
            "application/x-www-form-urlencoded; charset=no-such-charset",
            "application/sparql-query; charset=no-such-charset")) {
      HttpResponse<String> response =
          Http.post(
              server.sparqlEndpoint(),
              type,
              type.startsWith("application/x") ? "query=ASK%7B%7D" : "ASK {}");
      assertEquals(415, response.statusCode(), type + ": " + response.body());
    }
  }

  @Test
  void unionOfTwentyThousandBranchesIs400() {
    String union =
        "SELECT * {"
            + IntStream.range(0, 20_000)
                .mapToObj(i -> "{ ?s ?p " + i + " }")
                .collect(Collectors.joining(" UNION "))
            + "}";
    HttpResponse<String> response =
        Http.post(server.sparqlEndpoint(), "application/sparql-query", union);
    assertEquals(400, response.statusCode(), response.body());
    assertTrue(response.body().contains("nests deeper"), response.body());
    String fine =
        "SELECT * {"
            + IntStream.range(0, 100)
                .mapToObj(i -> "{ ?s ?p " + i + " }")
                .collect(Collectors.joining(" UNION "))
            + "}";
    assertEquals(
        200, Http.post(server.sparqlEndpoint(), "application/sparql-query", fine).statusCode());
  }

  @Test
  void longAssetPathsAreRefusedNot500() {
    String segments = "/a".repeat(3000) + ".css";
    assertEquals(
        414, Http.get(URI.create(server.baseUrl() + "assets" + segments), "*/*").statusCode());
    String oneName = "/" + "a".repeat(6000) + ".css";
    assertEquals(
        414, Http.get(URI.create(server.baseUrl() + "assets" + oneName), "*/*").statusCode());
    assertEquals(
        200, Http.get(URI.create(server.baseUrl() + "assets/site.css"), "*/*").statusCode());
  }
}
