package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import java.io.StringReader;
import java.net.http.HttpResponse;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.serve.PfkgServer;

/** The whole content-negotiation matrix against a real server over the seed's TDB2 store. */
@Tag("slow")
@ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
class ContentNegotiationTest {
  private static final String THING = "/id/journalist/gulmire-imin";
  private static final String PAGE = "/page/id/journalist/gulmire-imin";
  private static final String DATA = "/data/id/journalist/gulmire-imin";
  private static final String IRI = "https://w3id.org/pfkg/id/journalist/gulmire-imin";

  private static PfkgServer server;

  @BeforeAll
  static void start() {
    server = SeedRelease.start();
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static String location(HttpResponse<?> response) {
    String location = Web.header(response, "Location");
    return location.replace(server.baseUrl().toString(), "/");
  }

  @ParameterizedTest(name = "Accept: {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "text/html | " + PAGE,
        "text/turtle | " + DATA + ".ttl",
        "application/ld+json | " + DATA + ".jsonld",
        "application/n-triples | " + DATA + ".nt",
        "application/rdf+xml | " + DATA + ".rdf",
        "*/* | " + PAGE,
        "text/* | " + PAGE,
        "text/html;q=0.5, text/turtle | " + DATA + ".ttl",
        "text/turtle;q=0.2, application/ld+json;q=0.9 | " + DATA + ".jsonld",
        "application/rdf+xml;q=0.9, text/turtle;q=0.8, */*;q=0.1 | " + DATA + ".rdf",
        "text/html;q=0, */* | " + DATA + ".ttl",
        "application/n-triples, text/html;q=0.9 | " + DATA + ".nt",
        "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8 | " + PAGE,
      })
  void thingIriAnswers303ToTheChosenDocumentWithVaryAccept(String accept, String target) {
    HttpResponse<String> response = Web.get(server.baseUrl(), THING, accept);
    assertEquals(303, response.statusCode(), accept);
    assertEquals(target, location(response));
    assertEquals("Accept", Web.header(response, "Vary"));
  }

  @Test
  void noAcceptHeaderGetsThePage() {
    HttpResponse<String> response = Web.get(server.baseUrl(), THING, null);
    assertEquals(303, response.statusCode());
    assertEquals(PAGE, location(response));
  }

  @Test
  void unacceptableMediaTypeIs406WithVaryAccept() {
    HttpResponse<String> response = Web.get(server.baseUrl(), THING, "application/json");
    assertEquals(406, response.statusCode());
    assertEquals("Accept", Web.header(response, "Vary"));
    assertTrue(response.body().contains("text/turtle"));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
    "ttl, text/turtle, TURTLE",
    "jsonld, application/ld+json, JSONLD",
    "nt, application/n-triples, NTRIPLES",
    "rdf, application/rdf+xml, RDFXML"
  })
  void explicitExtensionsServeTheDescriptionInTheirSyntax(
      String extension, String mediaType, String lang) {
    HttpResponse<String> response = Web.get(server.baseUrl(), DATA + "." + extension, "*/*");
    assertEquals(200, response.statusCode());
    assertTrue(Web.header(response, "Content-Type").startsWith(mediaType));
    Model model = ModelFactory.createDefaultModel();
    RDFParser.create().source(new StringReader(response.body())).lang(langOf(lang)).parse(model);
    assertTrue(model.contains(model.createResource(IRI), null, "Gulmire Imin"));
    // The description carries the statement nodes and their evidence quotes.
    assertTrue(response.body().contains("Salkin"), "evidence quotes travel with the journalist");
  }

  private static Lang langOf(String name) {
    return switch (name) {
      case "TURTLE" -> Lang.TURTLE;
      case "JSONLD" -> Lang.JSONLD;
      case "NTRIPLES" -> Lang.NTRIPLES;
      default -> Lang.RDFXML;
    };
  }

  @Test
  void ontologyIriNegotiatesToo() {
    HttpResponse<String> html = Web.get(server.baseUrl(), "/ontology", "text/html");
    assertEquals(303, html.statusCode());
    assertEquals("/page/ontology", location(html));
    HttpResponse<String> turtle = Web.get(server.baseUrl(), "/ontology", "text/turtle");
    assertEquals("/data/ontology.ttl", location(turtle));
    assertEquals("Accept", Web.header(turtle, "Vary"));
    HttpResponse<String> data = Web.get(server.baseUrl(), "/data/ontology.ttl", "*/*");
    assertEquals(200, data.statusCode());
    assertTrue(data.body().contains("owl:Ontology"));
  }

  @ParameterizedTest
  @CsvSource({
    "/id/journalist/nobody, text/html, text/html",
    "/id/journalist/nobody, text/turtle, text/plain",
    "/data/id/journalist/nobody.ttl, text/turtle, text/plain",
    "/data/id/journalist/gulmire-imin.xyz, text/html, text/html",
    "/page/id/journalist/nobody, text/html, text/html"
  })
  void unknownIrisAreAHelpful404(String path, String accept, String type) {
    HttpResponse<String> response = Web.get(server.baseUrl(), path, accept);
    assertEquals(404, response.statusCode());
    assertTrue(Web.header(response, "Content-Type").startsWith(type));
    assertTrue(response.body().contains("/editor"), "points the reader somewhere useful");
  }

  @Test
  void everyAnswerCarriesTheLicenceAndCors() {
    for (String path : new String[] {THING, PAGE, DATA + ".ttl", "/", "/dumps/"}) {
      HttpResponse<String> response = Web.get(server.baseUrl(), path, "text/html");
      assertEquals(
          "<https://creativecommons.org/licenses/by/4.0/>; rel=\"license\"",
          Web.header(response, "Link"),
          path);
      assertEquals("*", Web.header(response, "Access-Control-Allow-Origin"), path);
    }
  }

  @Test
  void documentsAreNotNegotiated() {
    HttpResponse<String> page = Web.get(server.baseUrl(), PAGE, "text/turtle");
    assertEquals(200, page.statusCode());
    assertFalse(Web.header(page, "Content-Type").startsWith("text/turtle"));
  }
}
