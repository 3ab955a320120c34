package org.w3id.pfkg.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetable.NodeTable;
import org.apache.jena.tdb2.store.tupletable.TupleIndex;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;

/**
 * Streams over a TDB2 store's quad indexes, in their sort order, holding one tuple at a time: the
 * subjects several graphs describe (SPOG order: a subject's quads are adjacent) and the VoID counts
 * of {@link DatasetStatistics} by adjacent-distinct counting over node ids, with no hash set of the
 * whole data. Call inside a read transaction.
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

  /**
   * Each subject that more than one named graph describes (a few: the terms both the ontology and a
   * vocabulary describe, an entity a case states something of), with its graphs in IRI order and
   * every distinct triple of it in the union. Only these subjects' nodes are decoded.
   */
  public Map<Node, SharedSubject> subjectsInSeveralGraphs() {
    Map<Node, SharedSubject> shared = new HashMap<>();
    List<Tuple<NodeId>> tuples = new ArrayList<>();
    Set<NodeId> graphs = new HashSet<>();
    for (Iterator<Tuple<NodeId>> it = scan("SPOG"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      if (!tuples.isEmpty() && !tuples.get(0).get(S).equals(t.get(S))) {
        addShared(shared, tuples, graphs);
      }
      tuples.add(t);
      graphs.add(t.get(G));
    }
    addShared(shared, tuples, graphs);
    return shared;
  }

  /**
   * A subject several graphs describe.
   *
   * @param graphs their IRIs, in order
   * @param triples its distinct triples in the union, in index order
   */
  public record SharedSubject(List<String> graphs, List<Triple> triples) {}

  private void addShared(
      Map<Node, SharedSubject> shared, List<Tuple<NodeId>> tuples, Set<NodeId> graphs) {
    if (graphs.size() > 1) {
      List<String> names = graphs.stream().map(g -> node(g).getURI()).sorted().toList();
      List<Triple> triples = new ArrayList<>();
      Tuple<NodeId> previous = null;
      for (Tuple<NodeId> t : tuples) {
        if (previous == null || !sameTriple(previous, t)) {
          triples.add(Triple.create(node(t.get(S)), node(t.get(P)), node(t.get(O))));
        }
        previous = t;
      }
      shared.put(triples.get(0).getSubject(), new SharedSubject(names, List.copyOf(triples)));
    }
    tuples.clear();
    graphs.clear();
  }

  /** The VoID counts over every named graph in the store (add the description afterwards). */
  public DatasetStatistics statistics(String uriSpace, PrefixMapping prefixes) {
    return statistics(uriSpace, prefixes, new StatsCollector());
  }

  /**
   * The VoID counts, also recording each distinct triple of the union in {@code optimizer} (what
   * {@link OptimizerStatistics} writes), so that the build scans the store once for both. Counts
   * are kept by node id and the few distinct predicates, classes and graphs decoded at the end.
   */
  public DatasetStatistics statistics(
      String uriSpace, PrefixMapping prefixes, StatsCollector optimizer) {
    long triples = 0;
    long subjects = 0;
    long entities = 0;
    // The quads per graph come from this scan too: a scan of GSPO only for them was a quarter of
    // the describe phase.
    Map<NodeId, Long> byGraph = new HashMap<>();
    Tuple<NodeId> previous = null;
    for (Iterator<Tuple<NodeId>> it = scan("SPOG"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      byGraph.merge(t.get(G), 1L, Long::sum);
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
    Map<NodeId, Long> byPredicate = new HashMap<>();
    Map<NodeId, Long> byClass = new HashMap<>();
    NodeId type = nodes.getNodeIdForNode(RDF.type.asNode());
    Map<NodeId, Node> decoded = new HashMap<>();
    previous = null;
    for (Iterator<Tuple<NodeId>> it = scan("POSG"); it.hasNext(); ) {
      Tuple<NodeId> t = it.next();
      if (previous == null || !sameTriple(previous, t)) {
        byPredicate.merge(t.get(P), 1L, Long::sum);
        boolean typed = t.get(P).equals(type);
        if (typed) {
          byClass.merge(t.get(O), 1L, Long::sum);
        }
        optimizer.record(
            Node.ANY,
            Node.ANY,
            decoded.computeIfAbsent(t.get(P), this::node),
            typed ? decoded.computeIfAbsent(t.get(O), this::node) : Node.ANY);
      }
      previous = t;
    }
    SortedMap<String, Long> propertyTriples = new TreeMap<>();
    byPredicate.forEach((p, n) -> propertyTriples.put(node(p).getURI(), n));
    SortedMap<String, Long> classEntities = new TreeMap<>();
    byClass.forEach(
        (c, n) -> {
          Node cls = node(c);
          if (cls.isURI()) {
            classEntities.put(cls.getURI(), n);
          }
        });
    SortedMap<String, Long> graphTriples = new TreeMap<>();
    byGraph.forEach((g, n) -> graphTriples.put(node(g).getURI(), n));
    SortedSet<String> vocabularies =
        DatasetStatistics.vocabularies(classEntities, propertyTriples, uriSpace, prefixes);
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
}
