package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.JsonLdErrorCode;
import com.apicatalog.jsonld.JsonLdOptions;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
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
    // Blank nodes in both pieces and in the split subject's values: each keeps its own label (a
    // writer that relabels _:b0, _:b1, ... per piece or per node object merges distinct nodes).
    Node partition = NodeFactory.createBlankNode();
    Node distribution = NodeFactory.createBlankNode();
    Node note = NodeFactory.createBlankNode();
    input.add(Triple.create(uri("dataset"), uri("partition"), partition));
    input.add(Triple.create(partition, uri("triples"), NodeFactory.createLiteralString("1")));
    input.add(Triple.create(uri("dataset"), uri("distribution"), distribution));
    input.add(Triple.create(distribution, uri("title"), NodeFactory.createLiteralString("TriG")));
    input.add(Triple.create(uri("small"), uri("note"), note));
    input.add(Triple.create(note, uri("text"), NodeFactory.createLiteralString("x")));
    Path context = dir.resolve("context.jsonld");
    Files.writeString(context, "{\"@context\": {\"ex\": \"" + EX + "\"}}");
    Path file = dir.resolve("dump.jsonld");
    JsonLdDump dump = JsonLdDump.read(context);
    // Two pieces compacted in one call, grouped by subject as the pieces are.
    List<Triple> dataset =
        CanonicalOrder.triples(input).stream()
            .filter(t -> !t.getSubject().equals(uri("small")) && !t.getSubject().equals(note))
            .toList();
    List<Triple> small =
        CanonicalOrder.triples(input).stream()
            .filter(t -> t.getSubject().equals(uri("small")) || t.getSubject().equals(note))
            .toList();
    List<byte[]> pieces = dump.pieces(List.of(dataset, List.of(), small));
    assertEquals(0, pieces.get(1).length, "no triples, no bytes");
    // A piece compacted alone is the same bytes as among others.
    assertArrayEquals(pieces.get(2), dump.pieces(List.of(small)).get(0));
    try (OutputStream out = Files.newOutputStream(file)) {
      out.write(dump.header());
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
    assertEquals(3, datasetNodes, "2 550 values in node objects of at most 1 024");
  }

  private static Triple triple(String s, String p, String o) {
    return Triple.create(uri(s), uri(p), uri(o));
  }

  private static Node uri(String local) {
    return NodeFactory.createURI(EX + local);
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
