package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.apicatalog.jsonld.document.JsonDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
    JsonDocument ctx = JsonLdDump.context(context);
    // Two pieces compacted in one call, grouped by subject as the pieces are.
    List<Triple> dataset =
        CanonicalOrder.triples(input).stream()
            .filter(t -> t.getSubject().getURI().endsWith("dataset"))
            .toList();
    List<Triple> small =
        CanonicalOrder.triples(input).stream()
            .filter(t -> t.getSubject().getURI().endsWith("small"))
            .toList();
    List<byte[]> pieces = JsonLdDump.pieces(List.of(dataset, List.of(), small), ctx);
    assertEquals(0, pieces.get(1).length, "no triples, no bytes");
    // A piece compacted alone is the same bytes as among others.
    assertArrayEquals(pieces.get(2), JsonLdDump.pieces(List.of(small), ctx).get(0));
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(JsonLdDump.header(ctx));
      out.write(pieces.get(0));
      out.write(JsonLdDump.separator());
      out.write(pieces.get(2));
      out.write(JsonLdDump.footer());
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
