package org.w3id.pfkg.publish;

import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.PF;

/**
 * What the describe phase counts over the whole store (the VoID counts, the coverage, TDB2's
 * optimizer statistics), kept in a release's {@link BuildRecord} (not published) so that the next
 * build from that release updates them by the graphs that changed ({@link StoreChanges}) instead of
 * scanning the store again. Every count is of the named graphs, the description graph excepted, as
 * {@link StoreScan#statistics} counts them; a triple several graphs hold counts once.
 *
 * @param release the release whose store was counted
 * @param triples distinct triples
 * @param entities distinct IRI subjects in the entity namespace
 * @param subjects distinct subjects
 * @param objects distinct objects
 * @param classes per class (IRIs only: the build keeps no counts when another node is a class), its
 *     distinct instances
 * @param predicates per predicate, its distinct triples
 * @param graphs per named graph, its quads
 * @param countries per country IRI, the cases whose {@code pf:country} it is (the coverage)
 */
public record StoreCounts(
    String release,
    long triples,
    long entities,
    long subjects,
    long objects,
    SortedMap<String, Long> classes,
    SortedMap<String, Long> predicates,
    SortedMap<String, Long> graphs,
    SortedMap<String, Long> countries) {
  public StoreCounts {
    classes = new TreeMap<>(classes);
    predicates = new TreeMap<>(predicates);
    graphs = new TreeMap<>(graphs);
    countries = new TreeMap<>(countries);
  }

  /**
   * The counts of a full scan, or empty when the store has a class that is not an IRI (the
   * optimizer statistics count it, the VoID counts do not, and these counts could not give both).
   *
   * @param optimizerTypes how many classes the optimizer statistics of the same scan counted
   */
  public static Optional<StoreCounts> of(
      String release,
      DatasetStatistics stats,
      int optimizerTypes,
      Map<String, Long> casesByCountry) {
    if (optimizerTypes != stats.classEntities().size()) {
      return Optional.empty();
    }
    return Optional.of(
        new StoreCounts(
            release,
            stats.triples(),
            stats.entities(),
            stats.distinctSubjects(),
            stats.distinctObjects(),
            stats.classEntities(),
            stats.propertyTriples(),
            stats.graphTriples(),
            new TreeMap<>(casesByCountry)));
  }

  /** The VoID counts. */
  public DatasetStatistics statistics(String uriSpace, PrefixMapping prefixes) {
    return new DatasetStatistics(
        triples,
        entities,
        subjects,
        objects,
        predicates.size(),
        classes.size(),
        classes,
        predicates,
        graphs,
        DatasetStatistics.vocabularies(classes, predicates, uriSpace, prefixes));
  }

  /** The coverage, as {@link Coverage#of} counts it. */
  public Coverage coverage() {
    return new Coverage(
        classes.getOrDefault(PF.Case.getURI(), 0L),
        classes.getOrDefault(PF.Journalist.getURI(), 0L),
        java.util.List.copyOf(countries.keySet()));
  }

  /**
   * Records every distinct triple in {@code optimizer} as {@link StoreScan#statistics} does: by
   * predicate, and by class for {@code rdf:type}.
   */
  public void record(StatsCollector optimizer) {
    String type = RDF.type.getURI();
    long typed = 0;
    for (Map.Entry<String, Long> c : classes.entrySet()) {
      Node cls = NodeFactory.createURI(c.getKey());
      for (long i = 0; i < c.getValue(); i++) {
        optimizer.record(Node.ANY, Node.ANY, RDF.type.asNode(), cls);
      }
      typed += c.getValue();
    }
    if (typed != predicates.getOrDefault(type, 0L)) {
      throw new IllegalStateException(
          "the counts of rdf:type (" + predicates.get(type) + ") and its classes differ");
    }
    predicates.forEach(
        (p, n) -> {
          if (!p.equals(type)) {
            Node predicate = NodeFactory.createURI(p);
            for (long i = 0; i < n; i++) {
              optimizer.record(Node.ANY, Node.ANY, predicate, Node.ANY);
            }
          }
        });
  }
}
