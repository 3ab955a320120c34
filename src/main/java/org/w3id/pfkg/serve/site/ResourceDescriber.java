package org.w3id.pfkg.serve.site;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.OA;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * The RDF served for one IRI, over the union of all graphs: a symmetric concise bounded description
 * adapted to pfkg's model (docs/SERVE.md, "The RDF of a resource").
 *
 * <ol>
 *   <li>every triple with the resource as subject;
 *   <li>the same, recursively, for the nodes it owns: blank nodes, IRIs under its own path ({@code
 *       .../term}, {@code .../quote}, {@code .../field/1}), the {@code rdf:Statement} nodes whose
 *       subject it is, and evidence and selectors reached by {@code pf:evidence}, {@code
 *       oa:hasSelector} and {@code pf:sentenceTerm}; so "who says so, and where" travels with each
 *       fact;
 *   <li>every triple with the resource as object (incoming links, e.g. the events that concern a
 *       journalist), without describing their subjects further;
 *   <li>the labels ({@code rdfs:label}, {@code skos:prefLabel}, {@code schema:name}) of every other
 *       IRI mentioned, so a client can show names without a second request.
 * </ol>
 *
 * The ontology {@code <pf:>} is described by its whole graph.
 */
final class ResourceDescriber {
  private static final Set<Node> OWNING =
      Set.of(PF.evidence.asNode(), OA.hasSelector.asNode(), PF.sentenceTerm.asNode());
  private static final List<Node> LABELS =
      List.of(RDFS.label.asNode(), SKOS.prefLabel.asNode(), SCHEMA.name.asNode());

  private final Dataset dataset;
  private final Iris iris;

  ResourceDescriber(Dataset dataset, Iris iris) {
    this.dataset = dataset;
    this.iris = iris;
  }

  /** True when some graph mentions the IRI (as subject or object). */
  boolean knows(String iri) {
    if (iri.equals(PF.NS)) {
      return Txn.calculateRead(
          dataset, () -> !dataset.getNamedModel(iris.ontologyGraph().getURI()).isEmpty());
    }
    Node node = NodeFactory.createURI(iri);
    return Txn.calculateRead(
        dataset,
        () -> {
          Graph union = dataset.asDatasetGraph().getUnionGraph();
          return union.find(node, Node.ANY, Node.ANY).hasNext()
              || union.find(Node.ANY, Node.ANY, node).hasNext();
        });
  }

  /** The description, or empty when no graph mentions the IRI. */
  Optional<Model> describe(String iri) {
    return Txn.calculateRead(dataset, () -> describeInTransaction(iri));
  }

  private Optional<Model> describeInTransaction(String iri) {
    Model out = ModelFactory.createDefaultModel();
    out.setNsPrefixes(prefixes());
    if (iri.equals(PF.NS)) {
      out.add(dataset.getNamedModel(iris.ontologyGraph().getURI()));
      return out.isEmpty() ? Optional.empty() : Optional.of(out);
    }
    Graph union = dataset.asDatasetGraph().getUnionGraph();
    Graph target = out.getGraph();
    Node root = NodeFactory.createURI(iri);
    Set<Node> described = new HashSet<>();
    Deque<Node> todo = new ArrayDeque<>();
    todo.add(root);
    union.find(Node.ANY, RDF.subject.asNode(), root).forEach(t -> todo.add(t.getSubject()));
    while (!todo.isEmpty()) {
      Node node = todo.pop();
      if (!described.add(node)) {
        continue;
      }
      union
          .find(node, Node.ANY, Node.ANY)
          .forEach(
              t -> {
                target.add(t);
                if (owns(root, t)) {
                  todo.add(t.getObject());
                }
              });
    }
    union.find(Node.ANY, Node.ANY, root).forEach(target::add);
    if (target.isEmpty()) {
      return Optional.empty();
    }
    Set<Node> mentioned = new HashSet<>();
    target
        .find()
        .forEach(
            t -> {
              mentioned.add(t.getSubject());
              mentioned.add(t.getObject());
            });
    for (Node node : mentioned) {
      if (node.isURI() && !described.contains(node)) {
        for (Node label : LABELS) {
          union.find(node, label, Node.ANY).forEach(target::add);
        }
      }
    }
    return Optional.of(out);
  }

  private static boolean owns(Node root, Triple t) {
    Node o = t.getObject();
    return o.isBlank()
        || (o.isURI() && o.getURI().startsWith(root.getURI() + "/"))
        || (o.isURI() && OWNING.contains(t.getPredicate()));
  }

  private PrefixMapping prefixes() {
    return iris.prefixes();
  }
}
