package org.w3id.pfkg.rdf;

import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.SCHEMA;
import org.w3id.pfkg.vocab.WGS84;

/**
 * Tells the description of a shared entity from what a case says about it. Outlets, organisations,
 * places and facilities, other people and the charges the vocabulary lacks have IRIs that do not
 * name a case, so many cases may point at one of them; their description (type, name, label,
 * description, the place they lie in) belongs in the entities graph, once (docs/MODEL.md, "Shared
 * entities"). Everything else a document says, including what it says about such an entity (a
 * relation to the journalist, a home location as a sourced statement, a curation note), stays in
 * the case graph.
 */
public final class SharedEntities {
  private static final List<String> KINDS =
      List.of("outlet/", "org/", "place/", "person/", "charge/uncategorised/");
  private static final Set<Node> DESCRIBING =
      Set.of(
          node(RDF.type),
          node(RDFS.label),
          node(SCHEMA.name),
          node(SCHEMA.alternateName),
          node(SCHEMA.description),
          node(SCHEMA.containedInPlace),
          node(SCHEMA.location),
          node(SKOS.prefLabel),
          node(SKOS.altLabel),
          node(SKOS.inScheme),
          node(WGS84.lat),
          node(WGS84.long_),
          node(OWL.sameAs),
          node(SKOS.exactMatch));

  /**
   * A document's or a case's triples, parted.
   *
   * @param caseGraph what belongs in the case graph
   * @param entities the descriptions of shared entities
   */
  public record Parts(Graph caseGraph, Graph entities) {}

  private final List<String> prefixes;

  public SharedEntities(Iris iris) {
    Objects.requireNonNull(iris, "iris");
    this.prefixes = KINDS.stream().map(k -> iris.idNamespace() + k).toList();
  }

  /** Whether {@code n} is the IRI of an entity that several cases may name. */
  public boolean isShared(Node n) {
    if (!n.isURI()) {
      return false;
    }
    String uri = n.getURI();
    for (String p : prefixes) {
      if (uri.startsWith(p)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code t} is part of a shared entity's description. */
  public boolean describes(Triple t) {
    return DESCRIBING.contains(t.getPredicate()) && isShared(t.getSubject());
  }

  /** Splits {@code g} into its case part and its entity descriptions; {@code g} is not changed. */
  public Parts split(Graph g) {
    Graph caseGraph = GraphFactory.createGraphMem();
    Graph entities = GraphFactory.createGraphMem();
    g.find().forEachRemaining(t -> (describes(t) ? entities : caseGraph).add(t));
    return new Parts(caseGraph, entities);
  }

  private static Node node(Property p) {
    return p.asNode();
  }
}
