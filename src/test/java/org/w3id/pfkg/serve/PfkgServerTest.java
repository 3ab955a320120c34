package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.query.ResultSetFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdfconnection.RDFConnection;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.system.Txn;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.problem.PfkgException;

@Tag("slow")
class PfkgServerTest {
  private static final String NAMES =
      "SELECT ?name { ?s <http://schema.org/name> ?name } ORDER BY ?name";

  @TempDir Path store;

  private PfkgServer start(Dataset dataset) {
    return PfkgServer.start(ServeConfig.defaults().withPort(0), dataset);
  }

  @Test
  void publicUseStartsOnAFreeLoopbackPortAndStops() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = PfkgServer.start(ServeConfig.defaults().withPort(0), dataset)) {
      assertTrue(server.port() > 0);
      assertEquals(URI.create("http://127.0.0.1:" + server.port() + "/"), server.baseUrl());
      assertEquals(URI.create(server.baseUrl() + "sparql"), server.sparqlEndpoint());
    }
  }

  @Test
  void selectSeesTheUnionOfTheNamedGraphs() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset);
        RDFConnection connection = RDFConnection.queryConnect(server.sparqlEndpoint().toString())) {
      List<String> names = new java.util.ArrayList<>();
      connection.querySelect(NAMES, row -> names.add(row.getLiteral("name").getString()));
      assertEquals(List.of("Gulmire Imin", "Ürümqi"), names);
      long count =
          connection
              .query("SELECT (COUNT(*) AS ?n) { ?s ?p ?o }")
              .execSelect()
              .next()
              .getLiteral("n")
              .getLong();
      assertEquals(TestStore.TRIPLE_COUNT, count);
    }
  }

  @Test
  void selectJoinsTriplesAcrossGraphs() {
    Dataset dataset = TestStore.create(store);
    String query =
        "SELECT ?label { ?j <http://schema.org/homeLocation> ?p . ?p"
            + " <http://www.w3.org/2000/01/rdf-schema#label> ?label }";
    try (PfkgServer server = start(dataset)) {
      HttpResponse<String> response =
          Http.getQuery(server.sparqlEndpoint(), query, "application/sparql-results+json");
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("\"Urumqi\""), response.body());
    }
  }

  @Test
  void selectResultTypesFollowTheAcceptHeader() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      for (Lang lang :
          List.of(
              org.apache.jena.riot.resultset.ResultSetLang.RS_JSON,
              org.apache.jena.riot.resultset.ResultSetLang.RS_XML,
              org.apache.jena.riot.resultset.ResultSetLang.RS_CSV,
              org.apache.jena.riot.resultset.ResultSetLang.RS_TSV)) {
        String type = lang.getContentType().getContentTypeStr();
        HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), NAMES, type);
        assertEquals(200, response.statusCode(), type);
        assertTrue(contentType(response).startsWith(type), type + " → " + contentType(response));
        ResultSet results =
            ResultSetMgr.read(
                new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)), lang);
        assertEquals(2, ResultSetFactory.makeRewindable(results).size(), type);
      }
    }
  }

  @Test
  void askAnswersTrueOrFalse() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      HttpResponse<String> response =
          Http.getQuery(
              server.sparqlEndpoint(),
              "ASK { <" + TestStore.JOURNALIST + "> ?p ?o }",
              "application/sparql-results+json");
      assertEquals(200, response.statusCode());
      assertTrue(response.body().contains("true"), response.body());
    }
  }

  @Test
  void constructIsSentAsTurtleJsonLdNTriplesOrRdfXml() {
    Dataset dataset = TestStore.create(store);
    String query =
        "CONSTRUCT { ?s <http://schema.org/name> ?n } { ?s <http://schema.org/name> ?n }";
    try (PfkgServer server = start(dataset)) {
      for (Lang lang : List.of(Lang.TURTLE, Lang.JSONLD, Lang.NTRIPLES, Lang.RDFXML)) {
        String type = lang.getContentType().getContentTypeStr();
        HttpResponse<String> response = Http.getQuery(server.sparqlEndpoint(), query, type);
        assertEquals(200, response.statusCode(), type);
        assertTrue(contentType(response).startsWith(type), type + " → " + contentType(response));
        Model model = ModelFactory.createDefaultModel();
        RDFParser.fromString(response.body(), lang).parse(model);
        assertEquals(2, model.size(), type);
      }
    }
  }

  @Test
  void describeAnswersWithTheTriplesAboutTheResource() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      HttpResponse<String> response =
          Http.getQuery(
              server.sparqlEndpoint(), "DESCRIBE <" + TestStore.PLACE + ">", "text/turtle");
      assertEquals(200, response.statusCode());
      Model model = ModelFactory.createDefaultModel();
      RDFParser.fromString(response.body(), Lang.TURTLE).parse(model);
      assertEquals(2, model.size(), response.body());
    }
  }

  @Test
  void jenaJsonQueryFormIsRefused() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      HttpResponse<String> response =
          Http.getQuery(
              server.sparqlEndpoint(),
              "JSON { \"name\": ?n } WHERE { ?s <http://schema.org/name> ?n }",
              "application/json");
      assertEquals(400, response.statusCode(), response.body());
    }
  }

  @Test
  void postedQueriesAreAnsweredAsSparqlQueryAndAsForm() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      HttpResponse<String> direct =
          Http.post(server.sparqlEndpoint(), "application/sparql-query", NAMES);
      HttpResponse<String> form =
          Http.post(
              server.sparqlEndpoint(),
              "application/x-www-form-urlencoded",
              "query=" + Http.encode(NAMES));
      for (HttpResponse<String> response : List.of(direct, form)) {
        assertEquals(200, response.statusCode(), response.body());
        assertTrue(response.body().contains("Gulmire Imin"), response.body());
      }
    }
  }

  @Test
  void updatesAreRefusedAndLeaveTheDataAsItWas() {
    Dataset dataset = TestStore.create(store);
    String update = "INSERT DATA { GRAPH <urn:x:g> { <urn:x:s> <urn:x:p> <urn:x:o> } }";
    try (PfkgServer server = start(dataset)) {
      URI base = server.baseUrl();
      List<HttpResponse<String>> attempts =
          List.of(
              Http.post(server.sparqlEndpoint(), "application/sparql-update", update),
              Http.post(
                  server.sparqlEndpoint(),
                  "application/x-www-form-urlencoded",
                  "update=" + Http.encode(update)),
              Http.post(base.resolve("update"), "application/sparql-update", update),
              Http.post(base.resolve("sparql/update"), "application/sparql-update", update),
              Http.post(base.resolve("sparql/data"), "text/turtle", "<urn:x:s> <urn:x:p> 1 ."),
              Http.post(server.sparqlEndpoint(), "text/turtle", "<urn:x:s> <urn:x:p> 1 ."));
      for (HttpResponse<String> response : attempts) {
        int status = response.statusCode();
        assertTrue(status >= 400 && status < 500, response.uri() + " → " + status);
      }
    }
    long triples = Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().stream().count());
    assertEquals(TestStore.TRIPLE_COUNT, triples);
  }

  @Test
  void adminAndOtherFusekiPathsAreNotThere() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      for (String path :
          // The root is the site's landing page now (serve.site.PagesTest); Fuseki's are still
          // gone.
          List.of("$/datasets", "$/server", "$/ping", "$/stats", "update", "data", "index.html")) {
        HttpResponse<String> response = Http.get(server.baseUrl().resolve(path), "*/*");
        assertEquals(404, response.statusCode(), path);
      }
    }
  }

  @Test
  void corsHeadersAreSentOnGetAndPreflight() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      URI query = URI.create(server.sparqlEndpoint() + "?query=" + Http.encode(NAMES));
      HttpResponse<String> get =
          Http.send(HttpRequest.newBuilder(query).header("Origin", "https://example.org").build());
      assertEquals(200, get.statusCode());
      assertEquals("*", get.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      HttpResponse<String> post =
          Http.send(
              HttpRequest.newBuilder(server.sparqlEndpoint())
                  .header("Origin", "https://example.org")
                  .header("Content-Type", "application/sparql-query")
                  .POST(HttpRequest.BodyPublishers.ofString(NAMES))
                  .build());
      assertEquals(200, post.statusCode());
      assertEquals("*", post.headers().firstValue("Access-Control-Allow-Origin").orElse(""));

      HttpResponse<String> preflight =
          Http.send(
              HttpRequest.newBuilder(server.sparqlEndpoint())
                  .method("OPTIONS", HttpRequest.BodyPublishers.noBody())
                  .header("Origin", "https://example.org")
                  .header("Access-Control-Request-Method", "POST")
                  .header("Access-Control-Request-Headers", "Content-Type")
                  .build());
      assertTrue(preflight.statusCode() < 300, "preflight → " + preflight.statusCode());
      assertEquals("*", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
      Set<String> methods = new TreeSet<>();
      for (String method :
          preflight.headers().firstValue("Access-Control-Allow-Methods").orElse("").split(",")) {
        methods.add(method.strip());
      }
      assertTrue(methods.containsAll(Set.of("GET", "POST", "OPTIONS")), methods.toString());
    }
  }

  @Test
  void oversizedPostIsRefusedWith413() {
    Dataset dataset = TestStore.create(store);
    ServeConfig config = ServeConfig.defaults().withPort(0).withMaxRequestBytes(1000);
    try (PfkgServer server = PfkgServer.start(config, dataset)) {
      String padding = "#" + "x".repeat(2000) + "\n";
      HttpResponse<String> direct =
          Http.post(server.sparqlEndpoint(), "application/sparql-query", padding + NAMES);
      HttpResponse<String> form =
          Http.post(
              server.sparqlEndpoint(),
              "application/x-www-form-urlencoded",
              "query=" + Http.encode(padding + NAMES));
      assertEquals(413, direct.statusCode());
      assertEquals(413, form.statusCode());
      assertEquals(
          200, Http.post(server.sparqlEndpoint(), "application/sparql-query", NAMES).statusCode());
    }
  }

  @Test
  void chunkedPostWithoutLengthIsRefusedWith411() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer server = start(dataset)) {
      HttpResponse<String> response =
          Http.send(
              HttpRequest.newBuilder(server.sparqlEndpoint())
                  .header("Content-Type", "application/sparql-query")
                  .POST(
                      HttpRequest.BodyPublishers.ofInputStream(
                          () -> new ByteArrayInputStream(NAMES.getBytes(StandardCharsets.UTF_8))))
                  .build());
      assertEquals(411, response.statusCode());
    }
  }

  @Test
  void serverOnAllInterfacesIsReachedThroughLocalhost() {
    Dataset dataset = TestStore.create(store);
    ServeConfig config = ServeConfig.defaults().withPort(0).withHost("0.0.0.0");
    try (PfkgServer server = PfkgServer.start(config, dataset)) {
      assertEquals(URI.create("http://localhost:" + server.port() + "/"), server.baseUrl());
      assertEquals(200, Http.getQuery(server.sparqlEndpoint(), NAMES, "text/csv").statusCode());
    }
  }

  @Test
  void portAlreadyTakenIsReportedNamingHostAndPort() {
    Dataset dataset = TestStore.create(store);
    try (PfkgServer first = start(dataset)) {
      ServeConfig taken = ServeConfig.defaults().withPort(first.port());
      PfkgException e =
          assertThrows(PfkgException.class, () -> PfkgServer.start(taken, dataset).close());
      assertTrue(e.getMessage().contains("127.0.0.1:" + first.port()), e.getMessage());
    }
  }

  private static String contentType(HttpResponse<String> response) {
    return response.headers().firstValue("Content-Type").orElse("");
  }
}
