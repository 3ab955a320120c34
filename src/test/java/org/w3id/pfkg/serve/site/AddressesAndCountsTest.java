package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The VoID at the served address with what the release covers, one triple count on the landing
 * page, {@code /dumps/} and the manifest (the VoID's lower count explained), and the JSON-LD
 * context served.
 */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class AddressesAndCountsTest {
  private static PfkgServer server;
  private static JsonNode manifest;

  @BeforeAll
  static void start() throws IOException {
    server = SeedRelease.start();
    manifest =
        new ObjectMapper()
            .readTree(
                new ReleaseLayout(SeedRelease.out()).dumps().resolve("manifest.json").toFile());
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static long select(Model model, String query) {
    try (QueryExecution exec =
        QueryExecution.model(model)
            .query(
                "PREFIX void: <http://rdfs.org/ns/void#>\n"
                    + "PREFIX dcterms: <http://purl.org/dc/terms/>\n"
                    + "PREFIX dcat: <http://www.w3.org/ns/dcat#>\n"
                    + query)
            .build()) {
      return exec.execSelect().next().getLiteral("n").getLong();
    }
  }

  @Test
  void theVoidUsesTheAddressServedAndSaysWhatTheReleaseCovers() {
    Model voidModel =
        ServiceDescriptionTest.rdf(
            server.baseUrl(), "/.well-known/void", "text/turtle", Lang.TURTLE);
    assertEquals(
        1,
        select(
            voidModel,
            "SELECT (COUNT(*) AS ?n) { ?d void:sparqlEndpoint <"
                + server.sparqlEndpoint()
                + "> ; dcat:landingPage <"
                + server.baseUrl()
                + "> }"));
    assertEquals(
        0,
        select(
            voidModel,
            "SELECT (COUNT(*) AS ?n) { ?s ?p ?o FILTER (CONTAINS(STR(?s), 'localhost:3030')"
                + " || CONTAINS(STR(?o), 'localhost:3030')) }"));
    assertTrue(
        select(voidModel, "SELECT (COUNT(?c) AS ?n) { ?d dcterms:spatial ?c }") >= 1,
        "countries covered");
    assertEquals(
        1,
        select(
            voidModel,
            "SELECT (COUNT(*) AS ?n) { ?d dcterms:coverage ?t"
                + " FILTER (CONTAINS(STR(?t), '1 cases of 1 journalists')) }"));
  }

  @Test
  void landingPageDumpsAndManifestGiveOneTripleCountAndTheVoidsIsExplained() {
    long triples = manifest.get("triples").asLong();
    var home = Jsoup.parse(Web.get(server.baseUrl(), "/", "text/html").body());
    assertEquals(Long.toString(triples), home.getElementById("count-triples").text());
    var dumps = Jsoup.parse(Web.get(server.baseUrl(), "/dumps/", "text/html").body());
    assertEquals(Long.toString(triples), dumps.getElementById("release-triples").text());
    long described = manifest.get("describedTriples").asLong();
    assertTrue(described < triples);
    assertEquals(Long.toString(described), dumps.getElementById("void-triples").text());
    assertTrue(dumps.text().contains((triples - described) + " triples of the description itself"));
    assertTrue(dumps.text().contains("description itself. Files of the live release"), "spacing");
  }

  @Test
  void theJsonLdContextIsServedAndInlinedInTheDump() throws IOException {
    HttpResponse<String> context = Web.get(server.baseUrl(), "/context.jsonld", null);
    assertEquals(200, context.statusCode());
    assertTrue(Web.header(context, "Content-Type").startsWith("application/ld+json"));
    Path dumps = new ReleaseLayout(SeedRelease.out()).dumps();
    ObjectMapper json = new ObjectMapper();
    JsonNode served = json.readTree(context.body());
    assertEquals(json.readTree(Files.readString(dumps.resolve("context.jsonld"))), served);
    JsonNode dump = json.readTree(dumps.resolve("pfkg.jsonld").toFile());
    assertEquals(served.get("@context"), dump.get("@context"));
    assertFalse(dump.get("@context").isTextual(), "inline, not a URL");
  }
}
