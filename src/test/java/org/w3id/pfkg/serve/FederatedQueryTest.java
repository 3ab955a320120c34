package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.Filter;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.apache.jena.fuseki.main.FusekiServer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.publish.ReleaseLayout;

/**
 * The federated example queries end to end: our PfkgServer on the built seed, and a second local
 * Fuseki with a Wikidata-shaped extract standing in for Wikidata's query service. The allow-list
 * names the stand-in, and the query's SERVICE IRI is rewritten to it, as a deployment would do by
 * configuration.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class FederatedQueryTest {
  private static final String WIKIDATA = "https://query.wikidata.org/sparql";
  private static final ObjectMapper JSON = new ObjectMapper();

  private static FusekiServer wikidata;
  private static final List<String> receivedQueries =
      Collections.synchronizedList(new ArrayList<>());
  private static Dataset store;

  @BeforeAll
  static void startServers() throws IOException {
    Dataset extract = DatasetFactory.create();
    RDFDataMgr.read(extract.getDefaultModel(), "wikidata/query-service-extract.ttl");
    Filter recorder =
        (request, response, chain) -> {
          String q = ((HttpServletRequest) request).getParameter("query");
          if (q != null) {
            receivedQueries.add(q);
          }
          chain.doFilter(request, response);
        };
    wikidata =
        FusekiServer.create()
            .loopback(true)
            .port(0)
            .add("/sparql", extract.asDatasetGraph(), false)
            .addFilter("/*", recorder)
            .build()
            .start();
    store =
        TDB2Factory.connectDataset(
            new ReleaseLayout(SeedBuild.out()).store().toRealPath().toString());
  }

  @AfterAll
  static void stopServers() {
    wikidata.stop();
  }

  private static String standIn() {
    return "http://127.0.0.1:" + wikidata.getHttpPort() + "/sparql";
  }

  private static JsonNode select(PfkgServer server, String query) throws Exception {
    HttpResponse<String> response =
        Http.getQuery(server.sparqlEndpoint(), query, "application/sparql-results+json");
    assertEquals(200, response.statusCode(), response.body());
    return JSON.readTree(response.body()).path("results").path("bindings");
  }

  private static String exampleQuery(String file) throws Exception {
    return Files.readString(Path.of("queries", file)).replace(WIKIDATA, standIn());
  }

  @Test
  void linkedPlacesGetWikidataFactsThroughTheAllowedService() throws Exception {
    ServeConfig config =
        ServeConfig.defaults().withPort(0).withServiceAllowList(List.of(URI.create(standIn())));
    try (PfkgServer server = PfkgServer.start(config, store)) {
      JsonNode rows = select(server, exampleQuery("wikidata-linked-places.rq"));
      List<String> seen = new ArrayList<>();
      rows.forEach(
          r ->
              seen.add(
                  r.path("placeName").path("value").asText()
                      + " "
                      + r.path("item").path("value").asText()
                      + " "
                      + r.path("country").path("value").asText()));
      assertEquals(
          List.of(
              "China http://www.wikidata.org/entity/Q148 http://www.wikidata.org/entity/Q148",
              "Guangdong http://www.wikidata.org/entity/Q15175 http://www.wikidata.org/entity/Q148",
              "Norway http://www.wikidata.org/entity/Q20 http://www.wikidata.org/entity/Q20",
              "Xinjiang http://www.wikidata.org/entity/Q34800 http://www.wikidata.org/entity/Q148"),
          seen);
      JsonNode xinjiang = rows.get(3);
      assertEquals("25000000", xinjiang.path("population").path("value").asText());
      assertEquals("Point(85 41)", xinjiang.path("coordinates").path("value").asText());
      assertTrue(rows.get(1).path("coordinates").isMissingNode(), "Guangdong has no P625 here");
    }
    // Jena substitutes each of our bindings into the SERVICE call, so Wikidata is asked about our
    // items only, never for every item with a country.
    assertTrue(
        receivedQueries.stream().anyMatch(q -> q.contains("http://www.wikidata.org/entity/Q34800")),
        "queries sent: " + receivedQueries);
  }

  @Test
  void placesOfArrestReachWikidataThroughTheirRegionAndCountry() throws Exception {
    ServeConfig config =
        ServeConfig.defaults().withPort(0).withServiceAllowList(List.of(URI.create(standIn())));
    try (PfkgServer server = PfkgServer.start(config, store)) {
      JsonNode rows = select(server, exampleQuery("wikidata-places-of-arrest.rq"));
      List<String> seen = new ArrayList<>();
      rows.forEach(
          r ->
              seen.add(
                  r.path("name").path("value").asText()
                      + " / "
                      + r.path("placeName").path("value").asText()
                      + " / "
                      + r.path("linkedName").path("value").asText()
                      + " / "
                      + r.path("population").path("value").asText()));
      assertEquals(
          List.of(
              "Gulmire Imin / Urumqi / China / 1400000000",
              "Gulmire Imin / Urumqi / Xinjiang / 25000000"),
          seen);
    }
  }

  @Test
  void serviceToAnUnlistedLoopbackPortIsRefusedWithoutAConnection() throws Exception {
    ServeConfig config =
        ServeConfig.defaults().withPort(0).withServiceAllowList(List.of(URI.create(standIn())));
    try (ServerSocket target = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        PfkgServer server = PfkgServer.start(config, store)) {
      String other = "http://127.0.0.1:" + target.getLocalPort() + "/sparql";
      String query = exampleQuery("wikidata-linked-places.rq").replace(standIn(), other);
      HttpResponse<String> response =
          Http.getQuery(server.sparqlEndpoint(), query, "application/sparql-results+json");
      int status = response.statusCode();
      assertTrue(status >= 400 && status < 500, "status " + status + ": " + response.body());
      assertTrue(response.body().contains(other), response.body());
      // The listed stand-in, reached by a prefix-extended URL, is refused as well.
      HttpResponse<String> prefixed =
          Http.getQuery(
              server.sparqlEndpoint(),
              "SELECT * { SERVICE <" + standIn() + "/../x> { ?s ?p ?o } }",
              "application/sparql-results+json");
      assertTrue(prefixed.statusCode() >= 400 && prefixed.statusCode() < 500, prefixed.body());
      HttpResponse<String> variable =
          Http.getQuery(
              server.sparqlEndpoint(),
              "SELECT * { BIND(<" + other + "> AS ?e) SERVICE ?e { ?s ?p ?o } }",
              "application/sparql-results+json");
      assertTrue(variable.statusCode() >= 400 && variable.statusCode() < 500, variable.body());
      assertEquals(
          0, Connections.queued(target), "connections made to the unlisted SERVICE target");
    }
  }

  @Test
  void anAllowedServiceThatCannotBeReachedIsA502NamingTheHostAndTheCause() throws Exception {
    // A port held by a bound socket that does not listen: a connection to it is refused, and no
    // server another test starts meanwhile can take it (a port closed after probing could be).
    try (Socket holder = new Socket()) {
      holder.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
      refusedBy(holder.getLocalPort());
    }
  }

  private void refusedBy(int closedPort) throws Exception {
    String unreachable = "http://127.0.0.1:" + closedPort + "/sparql";
    ServeConfig config =
        ServeConfig.defaults().withPort(0).withServiceAllowList(List.of(URI.create(unreachable)));
    try (PfkgServer server = PfkgServer.start(config, store)) {
      String query = exampleQuery("wikidata-linked-places.rq").replace(standIn(), unreachable);
      HttpResponse<String> response =
          Http.getQuery(server.sparqlEndpoint(), query, "application/sparql-results+json");
      assertEquals(502, response.statusCode(), response.body());
      String body = response.body();
      assertTrue(body.contains(unreachable + " could not be reached"), body);
      assertTrue(body.contains("the connection to 127.0.0.1 was refused"), body);
      assertTrue(body.contains("federated queries need the network"), body);
      assertTrue(!body.contains("Unexpected error making the query"), body);
    }
  }
}
