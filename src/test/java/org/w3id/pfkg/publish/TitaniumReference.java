package org.w3id.pfkg.publish;

import com.apicatalog.jsonld.JsonLd;
import com.apicatalog.jsonld.JsonLdError;
import com.apicatalog.jsonld.document.JsonDocument;
import com.apicatalog.jsonld.document.RdfDocument;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.system.JenaTitanium;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;

/**
 * What a general JSON-LD 1.1 processor (titanium, the one Jena reads JSON-LD with) makes of the
 * same triples and context: converted from RDF, compacted, one node object per subject. The
 * reference the dump writer's own compaction is held to.
 */
final class TitaniumReference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private TitaniumReference() {}

  static List<JsonNode> nodes(List<Triple> triples, Path contextFile)
      throws IOException, JsonLdError {
    Graph graph = GraphFactory.createGraphMem();
    triples.forEach(graph::add);
    JsonArray expanded =
        JsonLd.fromRdf(RdfDocument.of(JenaTitanium.convert(DatasetGraphFactory.wrap(graph))))
            .ordered(true)
            .get();
    JsonDocument context;
    try (InputStream in = Files.newInputStream(contextFile)) {
      context = JsonDocument.of(in);
    }
    JsonObject compacted =
        JsonLd.compact(JsonDocument.of(expanded), context)
            .ordered(true)
            .compactToRelative(false)
            .get();
    List<JsonNode> nodes = new ArrayList<>();
    JsonValue graphValue = compacted.get("@graph");
    if (graphValue != null) {
      for (JsonValue node : graphValue.asJsonArray()) {
        nodes.add(JSON.readTree(node.toString()));
      }
    } else if (compacted.size() > 1) {
      // A single node object comes back on its own, beside the @context.
      JsonNode node = JSON.readTree(compacted.toString());
      ((com.fasterxml.jackson.databind.node.ObjectNode) node).remove("@context");
      nodes.add(node);
    }
    return nodes;
  }
}
