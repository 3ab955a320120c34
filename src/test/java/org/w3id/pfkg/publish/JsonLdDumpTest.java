package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.lang.LangJSONLD11;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.sparql.util.Context;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON-LD dump reads back to its triples, also for a subject too big for one node object. */
class JsonLdDumpTest {
  private static final String EX = "http://example.org/";

  @Test
  void aSubjectWithManyValuesIsSplitIntoNodesThatReadBackToTheSameTriples(@TempDir Path dir)
      throws IOException {
    Graph input = GraphFactory.createGraphMem();
    int values = 2 * JsonLdDump.MAX_NODE_TRIPLES + 500;
    for (int i = 0; i < values; i++) {
      input.add(triple("dataset", "subset", "graph-" + i));
    }
    input.add(triple("small", "p", "a"));
    input.add(triple("small", "q", "b"));
    Path context = dir.resolve("context.jsonld");
    Files.writeString(context, "{\"@context\": {\"ex\": \"" + EX + "\"}}");
    Path file = dir.resolve("dump.jsonld");
    ExecutorService compactors = Workers.perCore("test-jsonld");
    try (JsonLdDump dump = JsonLdDump.open(file, context, compactors)) {
      // Grouped by subject, as the store scan gives them.
      input.find(NodeFactory.createURI(EX + "dataset"), null, null).forEachRemaining(dump);
      input.find(NodeFactory.createURI(EX + "small"), null, null).forEachRemaining(dump);
    } finally {
      compactors.shutdownNow();
    }
    Model back = ModelFactory.createDefaultModel();
    RDFParser.source(file)
        .lang(Lang.JSONLD)
        .context(Context.create().set(LangJSONLD11.JSONLD_OPTIONS, offline()))
        .parse(back);
    assertEquals(input.size(), back.size());
    assertTrue(back.getGraph().isIsomorphicWith(input));
    int datasetNodes = 0;
    for (JsonNode node : new ObjectMapper().readTree(file.toFile()).get("@graph")) {
      if (node.path("@id").asText().equals("ex:dataset")) {
        datasetNodes++;
      }
    }
    assertEquals(3, datasetNodes, "2 548 values in node objects of at most 1 024");
  }

  private static Triple triple(String s, String p, String o) {
    return Triple.create(
        NodeFactory.createURI(EX + s),
        NodeFactory.createURI(EX + p),
        NodeFactory.createURI(EX + o));
  }

  /** No document can be loaded: the dump must carry its context inline. */
  private static JsonLdOptions offline() {
    JsonLdOptions options = new JsonLdOptions();
    options.setDocumentLoader(
        (url, o) -> {
          throw new JsonLdError(JsonLdErrorCode.LOADING_DOCUMENT_FAILED, "offline: " + url);
        });
    return options;
  }
}
