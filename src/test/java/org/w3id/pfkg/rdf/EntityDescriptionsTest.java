package org.w3id.pfkg.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

class EntityDescriptionsTest {
  private static final Iris IRIS = Iris.defaults();
  private static final Node ORG = IRIS.org("press-watch").asNode();
  private static final Node PLACE = IRIS.place("port-amber").asNode();

  private static Graph named(Node s, String name) {
    Graph g = GraphFactory.createGraphMem();
    g.add(Triple.create(s, RDF.type.asNode(), SCHEMA.Organization.asNode()));
    g.add(Triple.create(s, SCHEMA.name.asNode(), NodeFactory.createLiteralString(name)));
    g.add(Triple.create(s, RDFS.label.asNode(), NodeFactory.createLiteralString(name)));
    return g;
  }

  private static Set<String> values(Graph g, Node s, org.apache.jena.rdf.model.Property p) {
    return g.find(s, p.asNode(), Node.ANY)
        .mapWith(t -> t.getObject().getLiteralLexicalForm())
        .toSet();
  }

  @Test
  void theNameMostDocumentsUseWinsWhateverTheOrder() {
    List<Graph> docs = List.of(named(ORG, "PW"), named(ORG, "Press Watch"), named(ORG, "PW"));
    for (List<Graph> order : List.of(docs, List.of(docs.get(2), docs.get(1), docs.get(0)))) {
      EntityDescriptions d = new EntityDescriptions();
      order.forEach(d::add);
      Graph out = d.resolve(Graph.emptyGraph);
      assertEquals(Set.of("PW"), values(out, ORG, SCHEMA.name));
      assertEquals(Set.of("PW"), values(out, ORG, RDFS.label));
      assertEquals(Set.of("Press Watch"), values(out, ORG, SCHEMA.alternateName));
    }
  }

  @Test
  void onATieTheLongerNameWins() {
    EntityDescriptions d = new EntityDescriptions();
    d.add(named(ORG, "PW"));
    d.add(named(ORG, "Press Watch"));
    Graph out = d.resolve(Graph.emptyGraph);
    assertEquals(Set.of("Press Watch"), values(out, ORG, RDFS.label));
  }

  @Test
  void theCuratedDescriptionWinsAndTheCasesSpellingsBecomeAlternateNames() {
    Graph curated = named(ORG, "Press Watch International");
    Graph doc = named(ORG, "PW");
    doc.add(
        Triple.create(
            ORG, SCHEMA.description.asNode(), NodeFactory.createLiteralString("a watchdog")));
    curated.add(
        Triple.create(ORG, SCHEMA.description.asNode(), NodeFactory.createLiteralString("an NGO")));
    EntityDescriptions d = new EntityDescriptions();
    d.add(doc);
    Graph out = d.resolve(curated);
    assertEquals(Set.of("Press Watch International"), values(out, ORG, RDFS.label));
    assertEquals(Set.of("PW"), values(out, ORG, SCHEMA.alternateName));
    assertEquals(Set.of("an NGO"), values(out, ORG, SCHEMA.description));
  }

  @Test
  void aKeyStandingInForANameIsUsedOnlyWhenNoDocumentNamesThePlace() {
    Graph bare = GraphFactory.createGraphMem();
    bare.add(Triple.create(PLACE, RDF.type.asNode(), SCHEMA.Place.asNode()));
    bare.add(
        Triple.create(PLACE, RDFS.label.asNode(), NodeFactory.createLiteralString("port-amber")));
    EntityDescriptions alone = new EntityDescriptions();
    alone.add(bare);
    assertEquals(Set.of("port-amber"), values(alone.resolve(Graph.emptyGraph), PLACE, RDFS.label));
    Graph named = GraphFactory.createGraphMem();
    named.add(
        Triple.create(PLACE, SCHEMA.name.asNode(), NodeFactory.createLiteralString("Port Amber")));
    named.add(
        Triple.create(PLACE, RDFS.label.asNode(), NodeFactory.createLiteralString("Port Amber")));
    EntityDescriptions both = new EntityDescriptions();
    both.add(bare);
    both.add(bare);
    both.add(named);
    Graph out = both.resolve(Graph.emptyGraph);
    assertEquals(Set.of("Port Amber"), values(out, PLACE, RDFS.label));
    assertTrue(values(out, PLACE, SCHEMA.alternateName).isEmpty());
  }

  @Test
  void whatACaseSaysAboutAnEntityStaysInTheCaseGraph() {
    SharedEntities shared = new SharedEntities(IRIS);
    Graph g = named(ORG, "PW");
    Node journalist = IRIS.journalist("ada-example").asNode();
    g.add(Triple.create(journalist, PF.outlet.asNode(), ORG));
    g.add(Triple.create(ORG, PF.relationText.asNode(), NodeFactory.createLiteralString("x")));
    g.add(Triple.create(journalist, SCHEMA.name.asNode(), NodeFactory.createLiteralString("Ada")));
    SharedEntities.Parts parts = shared.split(g);
    assertEquals(3, parts.entities().size());
    assertEquals(3, parts.caseGraph().size());
    assertFalse(
        parts.caseGraph().find(ORG, SCHEMA.name.asNode(), Node.ANY).hasNext(),
        "the name is the entity's description");
    assertTrue(parts.caseGraph().contains(journalist, PF.outlet.asNode(), ORG));
    Set<Node> subjects =
        parts.entities().find().mapWith(Triple::getSubject).toSet().stream()
            .collect(Collectors.toSet());
    assertEquals(Set.of(ORG), subjects);
  }
}
