package org.w3id.pfkg.publish;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.util.NodeCmp;

/**
 * A graph's triples in one order that depends only on the triples, not on how the graph was made.
 * TDB2 numbers each node when it first reaches the store, and the dumps are scanned from the store
 * in that numbering: streaming every graph in this order makes the store and the dumps of a build
 * the same whether a document's graph was just extracted or read back from the build cache (whose
 * in-memory graphs iterate in another order).
 */
public final class CanonicalOrder {
  private static final Comparator<Triple> ORDER =
      Comparator.comparing(Triple::getSubject, NodeCmp::compareRDFTerms)
          .thenComparing(Triple::getPredicate, NodeCmp::compareRDFTerms)
          .thenComparing(Triple::getObject, NodeCmp::compareRDFTerms)
          // Should terms ever compare equal without being equal, their written forms decide.
          .thenComparing((Triple t) -> t.toString());

  private CanonicalOrder() {}

  public static List<Triple> triples(Graph graph) {
    List<Triple> all = new ArrayList<>(graph.size());
    graph.find().forEachRemaining(all::add);
    all.sort(ORDER);
    return all;
  }
}
