package org.w3id.pfkg.build;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.GraphUtil;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.graph.GraphFactory;
import org.w3id.pfkg.publish.CanonicalOrder;
import org.w3id.pfkg.publish.DumpPieces;
import org.w3id.pfkg.rdf.CaseCountry;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.rdf.CaseSummary;
import org.w3id.pfkg.rdf.EntityDescriptions;
import org.w3id.pfkg.rdf.SharedEntities;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * A case's {@link CaseSummary} made from its documents in memory, while they load, with the
 * descriptions of shared entities that its own documents give. The stored summary is made with the
 * descriptions all cases give together (the entities graph), which are known only once every
 * document is read. Of that graph the summary reads only {@link CaseSummary#READ_OF_SHARED} (where
 * a place lies), and only from the case's own nodes onwards; so the draft is the stored summary
 * whenever, for every shared entity the case names, those triples are the same in its own
 * documents' merged descriptions and in all documents' ({@link #holdsWith}): equal at the nodes the
 * walk starts from, they name the same next nodes, which the case's documents name too.
 *
 * <p>Why: written in the bulk load, the summaries cost no read-back of the store and no second
 * write to its indexes, which copies every block they touch (BENCHMARKS.md, issue 15).
 *
 * @param triples the summary's triples in canonical order
 * @param view each shared entity the case names, with the hash of what the summary reads of its own
 *     documents' merged description ("" for nothing)
 */
record DraftSummary(List<Triple> triples, Map<String, String> view) {
  /** A view value no hash equals. */
  private static final String NEVER = "-";

  DraftSummary {
    triples = List.copyOf(triples);
    view = Map.copyOf(view);
  }

  /**
   * The draft of the case made of {@code documents}, each split into its case part and its entity
   * descriptions.
   */
  static DraftSummary of(
      List<DocumentCache.Entry> documents,
      SharedEntities shared,
      Iris iris,
      CaseCountry countries,
      CaseCustody custody) {
    Graph rest;
    if (documents.size() == 1) {
      rest = documents.get(0).rest().get();
    } else {
      rest = GraphFactory.createGraphMem();
      for (DocumentCache.Entry d : documents) {
        GraphUtil.addInto(rest, d.rest().get());
      }
    }
    // Merged as the entities graph merges all cases' documents: each document counted once.
    EntityDescriptions merged = new EntityDescriptions();
    documents.forEach(d -> merged.add(d.entities()));
    Graph own = merged.resolve(Graph.emptyGraph);
    Graph summary = CaseSummary.of(new Union(rest, own), iris, countries, custody).getGraph();
    return new DraftSummary(CanonicalOrder.triples(summary), view(rest, own, shared));
  }

  /**
   * What the summary reads of each shared entity in {@code entities}, hashed; entities of which it
   * reads nothing are left out.
   */
  static Map<String, String> readHashes(Graph entities) {
    Map<Node, List<Triple>> read = new HashMap<>();
    for (Node p : CaseSummary.READ_OF_SHARED) {
      entities
          .find(Node.ANY, p, Node.ANY)
          .forEachRemaining(
              t -> read.computeIfAbsent(t.getSubject(), k -> new ArrayList<>()).add(t));
    }
    Map<String, String> hashes = new HashMap<>();
    read.forEach((n, triples) -> hashes.put(n.getURI(), DumpPieces.hash(triples)));
    return hashes;
  }

  /** Whether the draft is the summary made with {@code hashes}, from {@link #readHashes}. */
  boolean holdsWith(Map<String, String> hashes) {
    for (Map.Entry<String, String> e : view.entrySet()) {
      if (!e.getValue().equals(hashes.getOrDefault(e.getKey(), ""))) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> view(Graph rest, Graph own, SharedEntities shared) {
    Set<Node> named = new HashSet<>();
    for (Graph g : List.of(rest, own)) {
      g.find()
          .forEachRemaining(
              t -> {
                if (shared.isShared(t.getSubject())) {
                  named.add(t.getSubject());
                }
                if (shared.isShared(t.getObject())) {
                  named.add(t.getObject());
                }
              });
    }
    Map<String, String> view = new HashMap<>();
    for (Node n : named) {
      List<Triple> read = new ArrayList<>();
      for (Node p : CaseSummary.READ_OF_SHARED) {
        own.find(n, p, Node.ANY).forEachRemaining(read::add);
      }
      view.put(n.getURI(), read.isEmpty() ? "" : DumpPieces.hash(read));
    }
    // The summary reads a journalist's names, which a shared node's description would hold: such a
    // case (none is made so today) gets a view no hash matches, and its summary is made after.
    rest.find(Node.ANY, PF.journalist.asNode(), Node.ANY)
        .forEachRemaining(
            t -> {
              if (shared.isShared(t.getObject())) {
                view.put(t.getObject().getURI(), NEVER);
              }
            });
    return view;
  }
}
