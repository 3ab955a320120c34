package org.w3id.pfkg.publish;

import java.util.Iterator;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Consumer;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * Streams over a TDB2 store's quad indexes, in their sort order, holding one tuple at a time: the
 * distinct triples of the union (SPOG order: a triple in two graphs is adjacent to itself), the
 * quads graph by graph (GSPO), and the VoID counts of {@link DatasetStatistics} by
 * adjacent-distinct counting over node ids, with no hash set of the whole data. Call inside a read
 * transaction.
 *
 * <p>TDB2's quad tuples come back in G, S, P, O order whatever the index; the index decides only
 * the iteration order.
 */
public final class StoreScan {
  private static final int G = 0;
  private static final int S = 1;
  private static final int P = 2;
  private static final int O = 3;

  private final DatasetGraphTDB tdb;
  private final NodeTable nodes;

  public StoreScan(DatasetGraph store) {
    this.tdb = TDBInternal.getDatasetGraphTDB(store);
    this.nodes = tdb.getQuadTable().getNodeTupleTable().getNodeTable();
  }

  private Iterator<Tuple<NodeId>> scan(String indexName) {
    for (TupleIndex index : tdb.getQuadTable().getNodeTupleTable().getTupleTable().getIndexes()) {
      if (index.getName().equals(indexName)) {
        return index.all();
      }
    }
    throw new IllegalStateException("the TDB2 store has no " + indexName + " quad index");
  }

  private Node node(NodeId id) {
    return nodes.getNodeForNodeId(id);
  }

  /** Every distinct triple of the union of the named graphs, grouped by subject. */
  void forEachTriple(Consumer<Triple> each) {
    Tuple<NodeId> previous = null;
    for (Iterator<Tuple<NodeId>> it = scan("SPOG"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      if (previous == null || !sameTriple(previous, t)) {
        each.accept(Triple.create(node(t.get(S)), node(t.get(P)), node(t.get(O))));
      }
      previous = t;
    }
  }

  /** Every quad, graph by graph. */
  void forEachQuad(Consumer<Quad> each) {
    for (Iterator<Tuple<NodeId>> it = scan("GSPO"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      each.accept(Quad.create(node(t.get(G)), node(t.get(S)), node(t.get(P)), node(t.get(O))));
    }
  }

  /** The VoID counts over every named graph in the store (add the description afterwards). */
  public DatasetStatistics statistics(String uriSpace, PrefixMapping prefixes) {
    long triples = 0;
    long subjects = 0;
    long entities = 0;
    Tuple<NodeId> previous = null;
    for (Iterator<Tuple<NodeId>> it = scan("SPOG"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      if (previous == null || !previous.get(S).equals(t.get(S))) {
        subjects++;
        Node s = node(t.get(S));
        if (s.isURI() && s.getURI().startsWith(uriSpace)) {
          entities++;
        }
      }
      if (previous == null || !sameTriple(previous, t)) {
        triples++;
      }
      previous = t;
    }
    long objects = 0;
    previous = null;
    for (Iterator<Tuple<NodeId>> it = scan("OSPG"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      if (previous == null || !previous.get(O).equals(t.get(O))) {
        objects++;
      }
      previous = t;
    }
    SortedMap<String, Long> propertyTriples = new TreeMap<>();
    SortedMap<String, Long> classEntities = new TreeMap<>();
    NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
    previous = null;
    for (Iterator<Tuple<NodeId>> it = scan("POSG"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      if (previous == null || !sameTriple(previous, t)) {
        propertyTriples.merge(node(t.get(P)).getURI(), 1L, Long::sum);
        boolean newInstance =
            previous == null
                || !previous.get(P).equals(t.get(P))
                || !previous.get(O).equals(t.get(O))
                || !previous.get(S).equals(t.get(S));
        if (t.get(P).equals(type) && newInstance && node(t.get(O)).isURI()) {
          classEntities.merge(node(t.get(O)).getURI(), 1L, Long::sum);
        }
      }
      previous = t;
    }
    SortedMap<String, Long> graphTriples = new TreeMap<>();
    for (Iterator<Tuple<NodeId>> it = scan("GSPO"); it.hasNext(); ) {
      graphTriples.merge(node(it.next().get(G)).getURI(), 1L, Long::sum);
    }
    SortedSet<String> vocabularies = new TreeSet<>();
    for (String term : concat(classEntities, propertyTriples)) {
      String ns = DatasetStatistics.namespace(term, prefixes);
      if (!ns.startsWith(uriSpace)) {
        vocabularies.add(ns);
      }
    }
    return new DatasetStatistics(
        triples,
        entities,
        subjects,
        objects,
        propertyTriples.size(),
        classEntities.size(),
        classEntities,
        propertyTriples,
        graphTriples,
        vocabularies);
  }

  private static boolean sameTriple(Tuple<NodeId> a, Tuple<NodeId> b) {
    return a.get(S).equals(b.get(S)) && a.get(P).equals(b.get(P)) && a.get(O).equals(b.get(O));
  }

  private static SortedSet<String> concat(SortedMap<String, Long> a, SortedMap<String, Long> b) {
    SortedSet<String> all = new TreeSet<>(Objects.requireNonNull(a).keySet());
    all.addAll(b.keySet());
    return all;
  }
}
