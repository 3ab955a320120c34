package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.rdf.model.ResourceFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.serve.PfkgServer;

/** {@code pfkg query} against an endpoint and a running server, its exit codes, and --version. */
@Tag("slow")
class QueryAndVersionTest {
  private static final String QUERY = "SELECT ?o WHERE { <urn:x:a> <urn:x:p> ?o }";

  private static PfkgServer server() {
    Dataset dataset = DatasetFactory.createTxnMem();
    dataset
        .getDefaultModel()
        .add(
            ResourceFactory.createResource("urn:x:a"),
            ResourceFactory.createProperty("urn:x:p"),
            "answer from the server");
    return PfkgServer.start(ServeConfig.defaults().withPort(0), dataset);
  }

  @Test
  void versionIsThePomsVersion() throws IOException {
    Matcher m =
        Pattern.compile("<artifactId>pfkg</artifactId>\\s*<version>([^<]+)</version>")
            .matcher(Files.readString(Path.of("pom.xml")));
    assertTrue(m.find());
    CliRun run = CliRun.of("--version");
    assertEquals(0, run.code());
    assertEquals("pfkg " + m.group(1), run.out().strip());
  }

  @Test
  void aMissingQueryFileExitsWithFourAsTheReadmeSays(@TempDir Path dir) {
    CliRun run = CliRun.of("query", dir.resolve("missing.rq").toString(), "--out", dir.toString());
    assertEquals(ExitCodes.INPUT, run.code(), run.err());
    assertTrue(run.err().contains("missing.rq: no such query file"), run.err());
  }

  @Test
  void queryGoesToTheEndpointGiven(@TempDir Path dir) {
    try (PfkgServer server = server()) {
      CliRun run =
          CliRun.of(
              "query",
              "--endpoint",
              server.sparqlEndpoint().toString(),
              "--format",
              "csv",
              "--query",
              QUERY,
              "--out",
              dir.toString());
      assertEquals(0, run.code(), run.err());
      assertEquals("o\r\nanswer from the server\r\n", run.out());
    }
  }

  @Test
  void whileAServerRunsOnTheStoreTheQueryGoesToItInsteadOfTheLockedStore(@TempDir Path out) {
    try (PfkgServer server = server()) {
      RunningServer.record(out, server.sparqlEndpoint());
      CliRun run = CliRun.of("query", "--query", QUERY, "--out", out.toString());
      assertEquals(0, run.code(), run.err());
      assertTrue(run.out().contains("answer from the server"), run.out());
      assertTrue(run.err().contains("querying " + server.sparqlEndpoint()), run.err());
    } finally {
      RunningServer.clear(out);
    }
    // With the server gone the note is ignored: the store itself is used (none here: exit 3).
    CliRun after = CliRun.of("query", "--query", QUERY, "--out", out.toString());
    assertEquals(ExitCodes.CONFIG, after.code(), after.err());
  }

  @Test
  void aBuildOffATerminalPrintsPlainLinesPerPhaseAndPerTenthOfTheDocuments() {
    StringWriter text = new StringWriter();
    BuildProgressDisplay display = new BuildProgressDisplay(false, new PrintWriter(text));
    display.phase("setup");
    display.phase("read+extract+map+validate+load");
    display.documents(20);
    for (int i = 0; i < 20; i++) {
      display.documentDone();
    }
    display.phase("dumps");
    display.finished();
    String[] lines = text.toString().split("\\R");
    assertEquals("pfkg build: setup", lines[0]);
    assertEquals("pfkg build: read+extract+map+validate+load", lines[1]);
    assertEquals("pfkg build: 2/20 documents", lines[2]);
    assertEquals("pfkg build: 20/20 documents", lines[11]);
    assertEquals("pfkg build: dumps", lines[12]);
    assertEquals(13, lines.length, text.toString());
  }
}
