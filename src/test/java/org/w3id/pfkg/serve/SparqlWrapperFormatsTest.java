package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFLanguages;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.ResultSetMgr;
import org.apache.jena.riot.resultset.ResultSetLang;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.pfkg.config.ServeConfig;

/**
 * Every return format SPARQLWrapper (2.0, Python) offers, sent exactly as it sends it (python3
 * SPARQLWrapper is not installed here): a GET with the format's name in {@code format}, {@code
 * output} and {@code results}, followed by its media types for TSV, JSON-LD and RDF/XML, and the
 * Accept header it builds for the query form. Each must get 200 and a body in a syntax that parses.
 */
@Tag("slow")
class SparqlWrapperFormatsTest {
  private static final String SELECT =
      "SELECT ?name WHERE { ?j <http://schema.org/homeLocation> ?p ; <http://schema.org/name> ?name }";
  private static final String CONSTRUCT =
      "CONSTRUCT { ?j <http://schema.org/name> ?name }"
          + " WHERE { ?j <http://schema.org/homeLocation> ?p ; <http://schema.org/name> ?name }";
  private static final String SPARQL_JSON =
      "application/sparql-results+json,application/json,text/javascript,application/javascript";
  private static final String RDF_TURTLE = "application/turtle,text/turtle";
  private static final String RDF_N3 =
      RDF_TURTLE + ",text/rdf+n3,application/n-triples,application/n3,text/n3";

  @TempDir static Path folder;
  private static Dataset dataset;
  private static PfkgServer server;

  @BeforeAll
  static void start() {
    dataset = TestStore.create(folder);
    server = PfkgServer.start(ServeConfig.defaults().withPort(0), dataset);
  }

  @AfterAll
  static void stop() {
    server.close();
    dataset.close();
  }

  /** The request SPARQLWrapper's GET sends for {@code returnFormat} and this Accept header. */
  private static HttpResponse<String> asSparqlWrapper(
      String query, String returnFormat, String accept) {
    List<String> values =
        List.of("rdf+xml", "json-ld", "tsv").contains(returnFormat) && !accept.equals("*/*")
            ? List.of(returnFormat, accept)
            : List.of(returnFormat);
    StringBuilder url = new StringBuilder(server.sparqlEndpoint() + "?query=" + encode(query));
    for (String name : List.of("format", "output", "results")) {
      url.append(
          values.stream().map(v -> "&" + name + "=" + encode(v)).collect(Collectors.joining()));
    }
    return Http.send(
        HttpRequest.newBuilder(URI.create(url.toString()))
            .header("Accept", accept)
            .header("User-Agent", "sparqlwrapper 2.0.0 (rdflib.github.io/sparqlwrapper)")
            .GET()
            .build());
  }

  private static String encode(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @ParameterizedTest(name = "SELECT as {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "json|" + SPARQL_JSON + "|application/sparql-results+json",
        "xml|application/sparql-results+xml|application/sparql-results+xml",
        "csv|text/csv|text/csv",
        "tsv|text/tab-separated-values|text/tab-separated-values"
      })
  void selectInEveryResultFormat(String returnFormat, String accept, String expected) {
    HttpResponse<String> response = asSparqlWrapper(SELECT, returnFormat, accept);
    assertEquals(200, response.statusCode(), response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith(expected), type);
    ResultSet rows =
        ResultSetMgr.read(
            new ByteArrayInputStream(response.body().getBytes(StandardCharsets.UTF_8)),
            ResultSetLang.RS_JSON.getContentType().getContentTypeStr().equals(expected)
                ? ResultSetLang.RS_JSON
                : expected.equals("text/csv")
                    ? ResultSetLang.RS_CSV
                    : expected.equals("text/tab-separated-values")
                        ? ResultSetLang.RS_TSV
                        : ResultSetLang.RS_XML);
    assertTrue(rows.hasNext(), "a row: " + response.body());
    assertTrue(rows.next().getLiteral("name").getString().contains("Gulmire Imin"));
  }

  @ParameterizedTest(name = "CONSTRUCT as {0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "turtle|" + RDF_TURTLE + "|text/turtle",
        "n3|" + RDF_N3 + "|text/turtle",
        "xml|application/rdf+xml|application/rdf+xml",
        "rdf+xml|application/rdf+xml|application/rdf+xml",
        "json-ld|application/ld+json,application/x-json+ld|application/ld+json",
        "rdf|*/*|application/rdf+xml",
        "json|*/*|application/ld+json"
      })
  void constructInEveryRdfFormat(String returnFormat, String accept, String expected) {
    HttpResponse<String> response = asSparqlWrapper(CONSTRUCT, returnFormat, accept);
    assertEquals(200, response.statusCode(), returnFormat + ": " + response.body());
    String type = response.headers().firstValue("Content-Type").orElse("");
    assertTrue(type.startsWith(expected), returnFormat + " gave " + type);
    Lang lang = RDFLanguages.contentTypeToLang(expected);
    Model model = ModelFactory.createDefaultModel();
    RDFParser.fromString(response.body(), lang).parse(model);
    assertEquals(1, model.size(), response.body());
  }
}
