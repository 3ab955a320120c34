package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * A hostile client against a real server ({@code serve --timeout 3}) over a real TDB2 store built
 * by the pipeline from the seed plus a case whose name and narrative carry script ({@link
 * XssProbe}; the same pages in Chromium: EndpointSafetyBrowserTest). SERVICE to a loopback port is
 * covered by FederatedQueryTest; the heap after refused CONSTRUCTs by LargeConstructHeapTest, which
 * runs alone.
 */
@Tag("slow")
class EndpointSafetyTest {
  static final String XSS_SCRIPT = XssProbe.XSS_SCRIPT;
  static final String XSS_IMG = XssProbe.XSS_IMG;
  private static final String JSON = "application/sparql-results+json";
  private static final String COUNT = "SELECT (COUNT(*) AS ?n) { ?s ?p ?o }";
  private static final String CARTESIAN =
      "SELECT (COUNT(*) AS ?n) { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l . ?m ?n1 ?o }";
  private static final HttpClient CLIENT =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

  static Path out;
  static Dataset dataset;
  static PfkgServer server;

  @BeforeAll
  static void buildAndServe() throws IOException {
    out = XssProbe.out();
    dataset = TDB2Factory.connectDataset(out.resolve("store").toRealPath().toString());
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    server =
        PfkgServer.start(
            ServeConfig.defaults().withPort(0).withTimeout(Duration.ofSeconds(3)),
            dataset,
            Optional.of(out));
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
    }
  }

  static HttpResponse<String> send(HttpRequest.Builder request) {
    HttpRequest built = request.build();
    try {
      try {
        return CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      } catch (IOException closedUnderUs) {
        // The server closes a connection after refusing a request (413, 411), and the client may
        // already have picked that pooled connection for the next request: retry once on a new one.
        return CLIENT.send(built, HttpResponse.BodyHandlers.ofString());
      }
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  static HttpResponse<String> get(String pathAndQuery, String accept) {
    return send(
        HttpRequest.newBuilder(URI.create(server.baseUrl() + pathAndQuery))
            .header("Accept", accept));
  }

  static HttpResponse<String> query(String sparql) {
    return get("sparql?query=" + URLEncoder.encode(sparql, StandardCharsets.UTF_8), JSON);
  }

  private static String count() {
    return query(COUNT).body();
  }

  @Test
  void updatesAreRefusedOnEveryPathAndChangeNothing() {
    String before = count();
    String update = "INSERT DATA { GRAPH <urn:x> { <urn:a> <urn:b> <urn:c> } }";
    for (String path :
        List.of("sparql", "update", "$/update", "data", "data/id/x.ttl", "id/x", "page/x", "")) {
      HttpResponse<String> asUpdate =
          send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                  .header("Content-Type", "application/sparql-update")
                  .POST(HttpRequest.BodyPublishers.ofString(update)));
      HttpResponse<String> asForm =
          send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                  .header("Content-Type", "application/x-www-form-urlencoded")
                  .POST(
                      HttpRequest.BodyPublishers.ofString(
                          "update=" + URLEncoder.encode(update, StandardCharsets.UTF_8))));
      HttpResponse<String> put =
          send(
              HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                  .header("Content-Type", "text/turtle")
                  .PUT(HttpRequest.BodyPublishers.ofString("<urn:a> <urn:b> <urn:c> .")));
      HttpResponse<String> delete =
          send(HttpRequest.newBuilder(URI.create(server.baseUrl() + path)).DELETE());
      for (HttpResponse<String> r : List.of(asUpdate, asForm, put, delete)) {
        assertTrue(
            r.statusCode() >= 400 && r.statusCode() < 500,
            r.request().method() + " /" + path + " answered " + r.statusCode());
      }
    }
    assertEquals(before, count());
  }

  @ParameterizedTest
  @ValueSource(strings = {"$/datasets", "$/server", "$/stats", "$/ping", "$/metrics", "$/logs"})
  void adminPathsAreNotThere(String path) {
    assertEquals(404, get(path, "*/*").statusCode(), path);
  }

  @Test
  void runawayQueryStopsAtTheLimitWhileOtherClientsAreAnswered() throws Exception {
    query(COUNT);
    ConcurrentLinkedQueue<Long> otherMillis = new ConcurrentLinkedQueue<>();
    ConcurrentLinkedQueue<Integer> otherStatuses = new ConcurrentLinkedQueue<>();
    long started = System.nanoTime();
    CompletableFuture<HttpResponse<String>> runaway =
        CompletableFuture.supplyAsync(() -> query(CARTESIAN));
    List<CompletableFuture<Void>> others = new ArrayList<>();
    for (int c = 0; c < 3; c++) {
      others.add(
          CompletableFuture.runAsync(
              () -> {
                while (!runaway.isDone()) {
                  long t = System.nanoTime();
                  otherStatuses.add(
                      get("page/id/journalist/gulmire-imin", "text/html").statusCode());
                  otherStatuses.add(query(COUNT).statusCode());
                  otherMillis.add(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - t));
                }
              }));
    }
    HttpResponse<String> stopped = runaway.get(20, TimeUnit.SECONDS);
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started);
    CompletableFuture.allOf(others.toArray(CompletableFuture[]::new)).get(20, TimeUnit.SECONDS);
    System.out.printf(
        "EndpointSafetyTest: runaway stopped after %d ms; %d other requests meanwhile, slowest"
            + " pair %d ms%n",
        millis, otherStatuses.size(), otherMillis.stream().mapToLong(l -> l).max().orElse(0));

    assertEquals(503, stopped.statusCode(), stopped.body());
    assertTrue(stopped.body().length() < 500, "a short message, not a partial result");
    // A hang guard: the 503 above is the limit at work; how soon depends on the machine's load.
    assertTrue(millis < 30_000, "stopped after " + millis + " ms with a 3 s limit");
    assertTrue(otherStatuses.size() >= 6, "others were answered: " + otherStatuses.size());
    assertTrue(otherStatuses.stream().allMatch(s -> s == 200), otherStatuses.toString());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "dumps/../../../../etc/passwd",
        "dumps/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
        "dumps/..%2f..%2f..%2fpom.xml",
        "dumps/%252e%252e%252f%252e%252e%252fpom.xml",
        "dumps//etc/passwd",
        "dumps/latest/..%2f..%2fSHA256SUMS",
        "id/../../../etc/passwd",
        "id/%2e%2e/%2e%2e/pom.xml",
        "page/..%2f..%2f..%2fetc%2fpasswd",
        "page/%252e%252e%252fpom.xml",
        "data/..%2f..%2fpom.xml.ttl",
        "data/%2e%2e/%2e%2e/etc/passwd.ttl",
        "assets/../../../../etc/passwd",
        "assets/%2e%2e/%2e%2e/%2e%2e/pom.xml",
        "assets/..%2f..%2f..%2f..%2fpom.xml",
        "assets/%252e%252e/%252e%252e/pom.xml",
        "assets//etc/passwd",
        "assets/file:/etc/passwd",
        "queries/..%2f..%2fpom.xml",
        "queries/%2e%2e/%2e%2e/pom.xml",
        "queries//etc/passwd.rq",
        "queries/..%2f..%2f..%2f..%2fetc%2fpasswd"
      })
  void pathTraversalIsRefusedWithoutLeakingFiles(String path) {
    HttpResponse<String> r = get(path, "*/*");
    assertTrue(r.statusCode() < 500, path + " answered " + r.statusCode());
    assertFalse(r.body().contains("root:x:0:0"), path + " leaked /etc/passwd");
    assertFalse(r.body().contains("<modelVersion>"), path + " leaked pom.xml");
    assertFalse(
        r.body().contains("SHA256SUMS") && r.statusCode() == 200 && !path.startsWith("dumps/"));
  }

  /**
   * The limit applies to the declared length, before any of the body is read: a client that has
   * sent only its headers reads the 413. One that sends the whole body at once may see the
   * connection closed under its upload before it reads the answer (timing decides): for it, any
   * outcome but acceptance is a refusal. (JDK 17's client hangs on Expect: 100-continue answered by
   * a final status, JDK-8286171, hence the plain socket for the first half.)
   */
  @Test
  void requestBodiesOverTheLimitAreRefusedOnEveryPath() throws Exception {
    int size = 2 * 1024 * 1024;
    String big = "x".repeat(size);
    URI base = server.baseUrl();
    for (String path : List.of("sparql", "page/id/journalist/gulmire-imin", "dumps/", "")) {
      try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
        socket.setSoTimeout(30_000);
        String head =
            "POST "
                + base.getPath()
                + path
                + " HTTP/1.1\r\nHost: "
                + base.getAuthority()
                + "\r\nContent-Type: application/sparql-query\r\nContent-Length: "
                + size
                + "\r\n\r\n";
        socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
        String statusLine =
            new java.io.BufferedReader(
                    new java.io.InputStreamReader(
                        socket.getInputStream(), StandardCharsets.US_ASCII))
                .readLine();
        assertEquals("HTTP/1.1 413 Payload Too Large", statusLine, path);
      }
      try {
        HttpResponse<String> sent =
            CLIENT.send(bigPost(path, big).build(), BodyHandlers.ofString());
        assertEquals(413, sent.statusCode(), path);
      } catch (IOException closedDuringUpload) {
        // refused: the server stopped reading the body
      }
    }
  }

  private static HttpRequest.Builder bigPost(String path, String body) {
    return HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
        .header("Content-Type", "application/sparql-query")
        .POST(HttpRequest.BodyPublishers.ofString(body));
  }

  /** Every page that shows the probe case, and the lists that link to it. */
  static List<String> pagesShowingTheProbe() {
    return XssProbe.pages(server.baseUrl());
  }

  @Test
  void scriptFromCaseTextIsEscapedOnEveryPage() {
    List<String> pages = pagesShowingTheProbe();
    assertTrue(pages.contains("page/id/journalist/xss-probe"), pages.toString());
    for (String path : pages) {
      HttpResponse<String> r = get(path, "text/html");
      assertEquals(200, r.statusCode(), path);
      Document page = Jsoup.parse(r.body());
      assertTrue(page.select("img[onerror]").isEmpty(), path + ": injected <img> element");
      for (Element script : page.select("script")) {
        assertFalse(script.data().contains("alert(1)</script>"), path + ": script " + script);
        assertFalse(script.data().contains("<img"), path + ": raw markup in a script: " + script);
      }
      for (Element any : page.getAllElements()) {
        any.attributes()
            .forEach(
                a ->
                    assertFalse(
                        a.getKey().startsWith("on") && a.getValue().contains("alert"),
                        path + ": handler " + a));
      }
    }
    String journalist = get("page/id/journalist/xss-probe", "text/html").body();
    assertTrue(Jsoup.parse(journalist).text().contains(XSS_SCRIPT), "the name is shown as text");
  }
}
