package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Optional;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QueryFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;

/** {@code GET /sparql} without a query: the SPARQL 1.1 Service Description, or a page. */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class ServiceDescriptionTest {
  private static PfkgServer server;

  @BeforeAll
  static void start() {
    server = SeedRelease.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  static Model rdf(URI base, String path, String accept, Lang lang) {
    HttpResponse<String> response = Web.get(base, path, accept);
    assertEquals(200, response.statusCode(), response.body());
    assertTrue(Web.header(response, "Content-Type").startsWith(accept), accept);
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(response.body())).lang(lang).parse(model);
    return model;
  }

  private static boolean ask(Model model, String query) {
    Query q =
        QueryFactory.create(
            "PREFIX sd: <http://www.w3.org/ns/sparql-service-description#>\n"
                + "PREFIX formats: <http://www.w3.org/ns/formats/>\n"
                + "PREFIX void: <http://rdfs.org/ns/void#>\n"
                + "PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>\n"
                + query);
    try (QueryExecution exec = QueryExecution.model(model).query(q).build()) {
      return exec.execAsk();
    }
  }

  @Test
  void turtleAndJsonLdDescribeTheEndpointAtTheAddressServed() {
    URI base = server.baseUrl();
    Model turtle = rdf(base, "/sparql", "text/turtle", Lang.TURTLE);
    String endpoint = server.sparqlEndpoint().toString();
    assertTrue(
        ask(
            turtle,
            "ASK { ?s a sd:Service ; sd:endpoint <"
                + endpoint
                + "> ; sd:supportedLanguage sd:SPARQL11Query ;"
                + " sd:resultFormat formats:SPARQL_Results_JSON, formats:SPARQL_Results_XML,"
                + " formats:SPARQL_Results_CSV, formats:Turtle, formats:RDF_XML, formats:JSON-LD ;"
                + " sd:feature sd:UnionDefaultGraph ;"
                + " sd:defaultDataset ?d . ?d a sd:Dataset, void:Dataset ;"
                + " rdfs:seeAlso <"
                + base
                + ".well-known/void> ; sd:defaultGraph/void:triples ?n . FILTER (?n > 1000) }"),
        "service description of " + endpoint);
    Model jsonld = rdf(base, "/sparql", "application/ld+json", Lang.JSONLD);
    assertTrue(turtle.isIsomorphicWith(jsonld));
  }

  @Test
  void aBrowserGetsAPagePointingToTheEditorAndQueriesStillRun() {
    HttpResponse<String> html = Web.get(server.baseUrl(), "/sparql", "text/html");
    assertEquals(200, html.statusCode());
    Document page = Jsoup.parse(html.body());
    assertNotNull(page.selectFirst("a#open-editor[href=/editor]"));
    assertEquals(server.sparqlEndpoint().toString(), page.getElementById("endpoint").text());
    HttpResponse<String> ask =
        Web.get(server.baseUrl(), "/sparql?query=ASK%7B%7D", "application/sparql-results+json");
    assertEquals(200, ask.statusCode());
    assertTrue(ask.body().contains("\"boolean\""), ask.body());
  }

  @Test
  void aPublicBaseSetAtServeTimeIsTheAddressOfTheDescriptionAndTheVoid() {
    ServeConfig config =
        ServeConfig.defaults()
            .withPort(0)
            .withPublicBase(Optional.of(URI.create("https://kg.example.org/pfkg/")));
    try (PfkgServer proxied =
        PfkgServer.start(config, SeedRelease.dataset(), Optional.of(SeedRelease.out()))) {
      Model sd = rdf(proxied.baseUrl(), "/sparql", "text/turtle", Lang.TURTLE);
      assertTrue(ask(sd, "ASK { ?s sd:endpoint <https://kg.example.org/pfkg/sparql> }"));
      Model voidModel = rdf(proxied.baseUrl(), "/.well-known/void", "text/turtle", Lang.TURTLE);
      assertTrue(
          ask(voidModel, "ASK { ?d void:sparqlEndpoint <https://kg.example.org/pfkg/sparql> }"));
      assertTrue(
          ask(
              voidModel,
              "ASK { ?d void:dataDump ?dump FILTER STRSTARTS(STR(?dump),"
                  + " 'https://kg.example.org/pfkg/dumps/') }"));
      assertTrue(!voidModel.toString().contains("localhost:3030"));
    }
  }
}
