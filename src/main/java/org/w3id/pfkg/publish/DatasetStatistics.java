package org.w3id.pfkg.publish;

import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiConsumer;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.util.SplitIRI;

/**
 * The VoID counts of a built dataset, computed by SPARQL over the union of its named graphs
 * <em>except</em> the dataset description graph: the description cannot count itself, so every
 * count here is of the data it describes (docs/DUMPS.md). A triple held in two graphs counts once.
 *
 * @param triples distinct triples
 * @param entities distinct IRI subjects in the entity namespace ({@code void:uriSpace})
 * @param distinctSubjects distinct subjects (IRIs and blank nodes)
 * @param distinctObjects distinct objects (IRIs, blank nodes and literals)
 * @param properties distinct predicates
 * @param classes distinct objects of {@code rdf:type}
 * @param classEntities per class, its distinct instances
 * @param propertyTriples per predicate, its distinct triples
 * @param graphTriples per named graph (the description's excepted), its triples
 * @param vocabularies the namespaces of the predicates and classes, entity namespace excepted
 */
public record DatasetStatistics(
    long triples,
    long entities,
    long distinctSubjects,
    long distinctObjects,
    long properties,
    long classes,
    SortedMap<String, Long> classEntities,
    SortedMap<String, Long> propertyTriples,
    SortedMap<String, Long> graphTriples,
    SortedSet<String> vocabularies) {

  public DatasetStatistics {
    classEntities = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(classEntities));
    propertyTriples = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(propertyTriples));
    graphTriples = java.util.Collections.unmodifiableSortedMap(new TreeMap<>(graphTriples));
    vocabularies = java.util.Collections.unmodifiableSortedSet(new TreeSet<>(vocabularies));
  }

  /** The quads of every named graph but the description. */
  private static final String QUADS = "GRAPH ?g { ?s ?p ?o } FILTER(?g != ?described)";

  private static final String DISTINCT_TRIPLES = "{ SELECT DISTINCT ?s ?p ?o { " + QUADS + " } }";

  static DatasetStatistics of(
      Dataset dataset, Resource descriptionGraph, String uriSpace, PrefixMapping prefixes) {
    Sparql q = new Sparql(dataset, descriptionGraph);
    SortedMap<String, Long> classes = new TreeMap<>();
    q.group(
        "SELECT ?k (COUNT(DISTINCT ?s) AS ?n) { "
            + QUADS
            + " FILTER(?p = rdf:type) BIND(?o AS ?k) } GROUP BY ?k",
        (k, n) -> classes.put(k, n));
    SortedMap<String, Long> properties = new TreeMap<>();
    q.group(
        "SELECT ?k (COUNT(*) AS ?n) { " + DISTINCT_TRIPLES + " BIND(?p AS ?k) } GROUP BY ?k",
        properties::put);
    SortedMap<String, Long> graphs = new TreeMap<>();
    q.group("SELECT ?k (COUNT(*) AS ?n) { " + QUADS + " BIND(?g AS ?k) } GROUP BY ?k", graphs::put);
    SortedSet<String> vocabularies = vocabularies(classes, properties, uriSpace, prefixes);
    return new DatasetStatistics(
        q.count("SELECT (COUNT(*) AS ?n) " + DISTINCT_TRIPLES),
        q.count(
            "SELECT (COUNT(DISTINCT ?s) AS ?n) { "
                + QUADS
                + " FILTER(isIRI(?s) && STRSTARTS(STR(?s), \""
                + uriSpace
                + "\")) }"),
        q.count("SELECT (COUNT(DISTINCT ?s) AS ?n) { " + QUADS + " }"),
        q.count("SELECT (COUNT(DISTINCT ?o) AS ?n) { " + QUADS + " }"),
        q.count("SELECT (COUNT(DISTINCT ?p) AS ?n) { " + QUADS + " }"),
        q.count("SELECT (COUNT(DISTINCT ?o) AS ?n) { " + QUADS + " FILTER(?p = rdf:type) }"),
        classes,
        properties,
        graphs,
        vocabularies);
  }

  private static SortedSet<String> concat(Map<String, Long> a, Map<String, Long> b) {
    SortedSet<String> all = new TreeSet<>(a.keySet());
    all.addAll(b.keySet());
    return all;
  }

  /**
   * The namespaces of the classes and predicates, the entity namespace {@code uriSpace} excepted.
   */
  static SortedSet<String> vocabularies(
      Map<String, Long> classes,
      Map<String, Long> properties,
      String uriSpace,
      PrefixMapping prefixes) {
    SortedSet<String> vocabularies = new TreeSet<>();
    for (String term : concat(classes, properties)) {
      String ns = namespace(term, prefixes);
      if (!ns.startsWith(uriSpace)) {
        vocabularies.add(ns);
      }
    }
    return vocabularies;
  }

  /** The longest declared namespace of a term, else its XML split (the part before the name). */
  static String namespace(String iri, PrefixMapping prefixes) {
    return prefixes.getNsPrefixMap().values().stream()
        .filter(iri::startsWith)
        .max(java.util.Comparator.comparingInt(String::length))
        .orElseGet(() -> SplitIRI.namespaceXML(iri));
  }

  /** SPARQL over the dataset with {@code ?described} bound to the description graph. */
  private record Sparql(Dataset dataset, Resource described) {
    private static final String PREFIXES =
        "PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>\n";

    long count(String query) {
      try (QueryExecution exec = exec(query)) {
        return exec.execSelect().next().getLiteral("n").getLong();
      }
    }

    void group(String query, BiConsumer<String, Long> each) {
      try (QueryExecution exec = exec(query)) {
        exec.execSelect()
            .forEachRemaining(
                (QuerySolution row) ->
                    each.accept(row.getResource("k").getURI(), row.getLiteral("n").getLong()));
      }
    }

    private QueryExecution exec(String query) {
      return QueryExecution.dataset(dataset)
          .query(PREFIXES + query)
          .substitution("described", described)
          .build();
    }
  }
}
