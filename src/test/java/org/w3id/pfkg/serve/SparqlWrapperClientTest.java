package org.w3id.pfkg.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.ResultSetFormatter;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3id.pfkg.config.ServeConfig;

/**
 * The SPARQLWrapper library itself (Debian's python3-sparqlwrapper, which .ci/run installs) against
 * a real server: every return format it offers gives an answer it converts without error, with the
 * rows or triples the store holds. SparqlWrapperFormatsTest replays the requests of version 2.0;
 * this runs whichever version the machine has.
 */
@Tag("slow")
class SparqlWrapperClientTest {
  private static final Path PYTHON = Path.of("/usr/bin/python3");
  private static final String SELECT =
      "SELECT ?name WHERE { ?j <http://schema.org/homeLocation> ?p ; <http://schema.org/name> ?name }";
  private static final String CONSTRUCT =
      "CONSTRUCT { ?j <http://schema.org/name> ?name }"
          + " WHERE { ?j <http://schema.org/homeLocation> ?p ; <http://schema.org/name> ?name }";

  /**
   * Counts what SPARQLWrapper's convert() gives: rows for SELECT (JSON, XML, CSV, TSV), triples for
   * CONSTRUCT (an rdflib graph for RDF/XML, JSON-LD and N3, Turtle parsed from its text).
   */
  private static final String SCRIPT =
      String.join(
          "\n",
          "import sys, rdflib",
          "from SPARQLWrapper import SPARQLWrapper",
          "endpoint, fmt, query = sys.argv[1], sys.argv[2], sys.argv[3]",
          "s = SPARQLWrapper(endpoint)",
          "s.setQuery(query)",
          "s.setReturnFormat(fmt)",
          "r = s.query().convert()",
          "if fmt == 'json': print(len(r['results']['bindings']))",
          "elif fmt == 'xml' and hasattr(r, 'getElementsByTagName'):",
          "    print(len(r.getElementsByTagName('result')))",
          "elif fmt in ('csv', 'tsv'):",
          "    text = r.decode('utf-8') if isinstance(r, bytes) else r",
          "    print(len([l for l in text.splitlines() if l.strip()]) - 1)",
          "elif isinstance(r, rdflib.Graph): print(len(r))",
          "else:",
          "    g = rdflib.Graph()",
          "    g.parse(data=r.decode('utf-8') if isinstance(r, bytes) else r, format='turtle')",
          "    print(len(g))",
          "");

  @TempDir static Path folder;
  private static Dataset dataset;
  private static PfkgServer server;

  @BeforeAll
  static void start() throws Exception {
    assumeTrue(
        Files.isExecutable(PYTHON)
            && new ProcessBuilder(PYTHON.toString(), "-c", "import SPARQLWrapper, rdflib")
                    .start()
                    .waitFor()
                == 0,
        "python3-sparqlwrapper is not installed; .ci/run installs it");
    dataset = TestStore.create(folder);
    server = PfkgServer.start(ServeConfig.defaults().withPort(0), dataset);
  }

  @AfterAll
  static void stop() {
    if (server != null) {
      server.close();
      dataset.close();
    }
  }

  @ParameterizedTest(name = "{0} {1}")
  @CsvSource({
    "select, json",
    "select, xml",
    "select, csv",
    "select, tsv",
    "construct, xml",
    "construct, rdf+xml",
    "construct, turtle",
    "construct, n3"
  })
  void everyReturnFormatConverts(String form, String format) throws Exception {
    String query = form.equals("select") ? SELECT : CONSTRUCT;
    long expected = form.equals("select") ? rows() : triples();
    assertTrue(expected > 0, "the store answers the query");
    assertEquals(String.valueOf(expected), run(format, query), form + " as " + format);
  }

  private static long rows() {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExecution q = union(SELECT)) {
            return (long) ResultSetFormatter.consume(q.execSelect());
          }
        });
  }

  private static long triples() {
    return Txn.calculateRead(
        dataset,
        () -> {
          try (QueryExecution q = union(CONSTRUCT)) {
            return q.execConstruct().size();
          }
        });
  }

  private static QueryExecution union(String query) {
    return QueryExecution.dataset(dataset)
        .query(query)
        .set(TDB2.symUnionDefaultGraph, true)
        .build();
  }

  private static String run(String format, String query) throws IOException, InterruptedException {
    Process p =
        new ProcessBuilder(
                PYTHON.toString(), "-c", SCRIPT, server.sparqlEndpoint().toString(), format, query)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
    assertEquals(0, p.waitFor(), out);
    return out;
  }
}
