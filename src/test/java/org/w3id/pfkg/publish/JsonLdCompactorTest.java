package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.parallel.ResourceAccessMode.READ;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.graph.GraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.SharedFixtures;
import org.w3id.pfkg.WorldBuild;
import org.w3id.pfkg.problem.PfkgException;

/**
 * The dump writer's compaction against a general JSON-LD processor's (titanium, {@link
 * TitaniumReference}) on the same triples and context: the same node objects, up to the order of a
 * key's values (a JSON-LD array without {@code @list} is a set). And its output read back by Jena's
 * JSON-LD parser is the graph it came from.
 */
class JsonLdCompactorTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CONTEXT =
      """
      {"@context": {
        "ex": "http://example.org/data/",
        "exv": "http://example.org/vocab#",
        "xsd": "http://www.w3.org/2001/XMLSchema#",
        "name": "exv:name",
        "n": "exv:name",
        "knows": {"@id": "exv:knows", "@type": "@id"},
        "born": {"@id": "exv:born", "@type": "xsd:date"},
        "count": {"@id": "exv:count", "@type": "xsd:integer"},
        "plainLink": "exv:plainLink",
        "Person": {"@id": "exv:Person", "@type": "@id"}
      }}
      """;

  /** Every kind of value and key the context can give, one subject each. */
  private static final String TRIPLES =
      """
      PREFIX ex: <http://example.org/data/>
      PREFIX exv: <http://example.org/vocab#>
      PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
      ex:a a exv:Person, exv:Agent ; exv:name "Ann", "Anne"@en ; exv:knows ex:b, _:x ;
        exv:born "1970-01-02"^^xsd:date, "1970"^^xsd:gYear ; exv:count "7"^^xsd:integer, "x" ;
        exv:plainLink ex:b ; exv:other ex:c, "text", "3.5"^^xsd:decimal ;
        <http://elsewhere.org/p> <http://elsewhere.org/o> .
      _:x exv:name "Blank" ; exv:knows "not an IRI" .
      ex:b a exv:Thing ; <http://www.w3.org/1999/02/22-rdf-syntax-ns#type> "a literal type" .
      """;

  @Test
  void everyKindOfValueCompactsAsTitaniumCompactsItAndReadsBack(@TempDir Path dir)
      throws Exception {
    Path context = Files.writeString(dir.resolve("context.jsonld"), CONTEXT);
    Graph graph = GraphFactory.createGraphMem();
    RDFParser.fromString(TRIPLES, Lang.TURTLE).parse(graph);
    List<Triple> triples = CanonicalOrder.triples(graph);
    List<ObjectNode> ours = compactor(context).nodes(triples, JsonLdDump.MAX_NODE_TRIPLES);
    assertEquals(normalised(TitaniumReference.nodes(triples, context)), normalised(ours));
    assertTrue(readBack(context, ours).isIsomorphicWith(graph), "reads back to its triples");

    ObjectNode a =
        ours.stream().filter(n -> n.get("@id").asText().equals("ex:a")).findFirst().get();
    // The shortest of two terms for one IRI, the typed term for its own datatype only.
    assertEquals("Ann", a.path("n").path(0).asText(), a.toString());
    assertEquals("1970-01-02", a.path("born").asText(), a.toString());
    assertEquals("xsd:gYear", a.path("exv:born").path("@type").asText(), a.toString());
    assertEquals(
        "http://elsewhere.org/o",
        a.path("http://elsewhere.org/p").path("@id").asText(),
        a.toString());
  }

  /**
   * JSON-LD 1.1 IRI compaction takes the shortest compact IRI, the least of equal length (titanium
   * takes the least, so the case is held to the specification instead).
   */
  @Test
  void ofTwoPrefixesThatFitTheShorterCompactIriIsTaken() throws IOException {
    JsonLdCompactor compactor =
        JsonLdCompactor.of(
            JSON.readTree(
                "{\"@context\": {\"ex\": \"http://example.org/\","
                    + " \"exv\": \"http://example.org/vocab#\"}}"));
    Graph graph = GraphFactory.createGraphMem();
    RDFParser.fromString(
            "<http://example.org/s> <http://example.org/vocab#p> <http://example.org/vocab#o> .",
            Lang.TURTLE)
        .parse(graph);
    ObjectNode node = compactor.nodes(CanonicalOrder.triples(graph), 10).get(0);
    assertEquals("ex:s", node.get("@id").asText(), node.toString());
    assertEquals("exv:o", node.path("exv:p").path("@id").asText(), node.toString());
  }

  @Test
  void aContextWithFeaturesItDoesNotCompactIsRefused() {
    for (String context :
        List.of(
            "{\"@context\": {\"@vocab\": \"http://example.org/\"}}",
            "{\"@context\": {\"t\": {\"@id\": \"http://example.org/t\", \"@container\": \"@set\"}}}",
            "{\"@context\": {\"t\": {\"@id\": \"http://example.org/t\", \"@type\": \"@vocab\"}}}",
            "{\"@context\": [\"http://example.org/context.jsonld\"]}")) {
      assertThrows(PfkgException.class, () -> JsonLdCompactor.of(JSON.readTree(context)), context);
    }
  }

  @Test
  @Tag("slow")
  @ResourceLock(value = SharedFixtures.SEED_RELEASE, mode = READ)
  void theSeedReleaseCompactsAsTitaniumCompactsIt() throws Exception {
    assertSameAsTitanium(SeedBuild.out().resolve("dumps"));
  }

  @Test
  @Tag("slow")
  @ResourceLock(value = SharedFixtures.WORLD_RELEASE, mode = READ)
  void theWorldReleaseCompactsAsTitaniumCompactsIt() throws Exception {
    assertSameAsTitanium(WorldBuild.out().resolve("dumps"));
  }

  private static void assertSameAsTitanium(Path dumps) throws Exception {
    Path context = dumps.resolve(JsonLdContext.FILE);
    Graph graph = RDFDataMgr.loadGraph(dumps.resolve("pfkg.ttl").toString());
    List<Triple> triples = CanonicalOrder.triples(graph);
    List<ObjectNode> ours = compactor(context).nodes(triples, Integer.MAX_VALUE);
    List<JsonNode> reference = TitaniumReference.nodes(triples, context);
    assertEquals(reference.size(), ours.size(), "one node object per subject");
    List<String> a = normalised(reference);
    List<String> b = normalised(ours);
    for (int i = 0; i < a.size(); i++) {
      assertEquals(a.get(i), b.get(i), "node " + i);
    }
    assertTrue(readBack(context, ours).isIsomorphicWith(graph), "reads back to its triples");
  }

  private static JsonLdCompactor compactor(Path context) throws IOException {
    return JsonLdCompactor.of(JSON.readTree(context.toFile()));
  }

  private static Graph readBack(Path context, List<ObjectNode> nodes) throws IOException {
    ObjectNode document = JSON.createObjectNode();
    document.set("@context", JSON.readTree(context.toFile()).get("@context"));
    ArrayNode graph = document.putArray("@graph");
    nodes.forEach(graph::add);
    Model back = ModelFactory.createDefaultModel();
    RDFParser.fromString(document.toString(), Lang.JSONLD).parse(back);
    return back.getGraph();
  }

  /** The nodes as sorted text, each with its arrays sorted: JSON-LD arrays are sets. */
  private static List<String> normalised(List<? extends JsonNode> nodes) {
    List<String> out = new ArrayList<>();
    for (JsonNode n : nodes) {
      out.add(canonical(n).toString());
    }
    out.sort(Comparator.naturalOrder());
    return out;
  }

  private static JsonNode canonical(JsonNode n) {
    if (n.isArray()) {
      List<JsonNode> items = new ArrayList<>();
      n.forEach(i -> items.add(canonical(i)));
      items.sort(Comparator.comparing(JsonNode::toString));
      ArrayNode sorted = JSON.createArrayNode();
      items.forEach(sorted::add);
      return sorted;
    }
    if (n.isObject()) {
      ObjectNode sorted = JSON.createObjectNode();
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>(n.properties());
      fields.sort(Map.Entry.comparingByKey());
      fields.forEach(e -> sorted.set(e.getKey(), canonical(e.getValue())));
      return sorted;
    }
    if (n.isTextual() && n.asText().startsWith("_:")) {
      // Blank node labels are the writer's own; the read-back isomorphism checks the structure.
      return JSON.getNodeFactory().textNode("_:");
    }
    return n;
  }
}
