package org.w3id.pfkg.serve.site;

import java.util.List;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * Counts and the list of journalists for the landing page. A served store does not change (a new
 * release is a new store), so both are worked out once per store: the counts from the release's own
 * VoID description (written by the build from a scan of the store) rather than by counting a store
 * of millions of triples on every visit; by SPARQL over the union graph only for a store without
 * one.
 */
final class DatasetStats {
  /** The counts the landing page shows. */
  record Counts(long cases, long journalists, long events, long triples) {}

  private final Dataset dataset;
  private final SitePaths paths;
  private final Iris iris;
  private volatile Cached cached = new Cached(null, null, null);

  /**
   * What was worked out, and for which store: a server following the live release reads a new store
   * after each build, and each store has its own context object, which stands for it here.
   */
  private record Cached(Object store, Counts counts, List<Link> journalists) {}

  DatasetStats(Dataset dataset, SitePaths paths, Iris iris) {
    this.dataset = dataset;
    this.paths = paths;
    this.iris = iris;
  }

  Counts counts() {
    Object store = store();
    Cached c = cached;
    if (c.store() == store && c.counts() != null) {
      return c.counts();
    }
    Counts counts = described().orElseGet(this::counted);
    cached = new Cached(store, counts, c.store() == store ? c.journalists() : null);
    return counts;
  }

  /** Every journalist, by label. */
  List<Link> journalists() {
    Object store = store();
    Cached c = cached;
    if (c.store() == store && c.journalists() != null) {
      return c.journalists();
    }
    List<Link> journalists = listJournalists();
    cached = new Cached(store, c.store() == store ? c.counts() : null, journalists);
    return journalists;
  }

  private Object store() {
    return Txn.calculateRead(dataset, () -> dataset.asDatasetGraph().getContext());
  }

  /** The counts of the release's VoID description, if the store has one. */
  Optional<Counts> described() {
    String query =
        "PREFIX void: <http://rdfs.org/ns/void#>\n"
            + "SELECT ?triples ?cases ?journalists ?events WHERE { GRAPH <"
            + iris.datasetGraph().getURI()
            + "> { <"
            + iris.dataset().getURI()
            + "> void:triples ?triples ."
            + partition("cases", PF.Case.getURI())
            + partition("journalists", PF.Journalist.getURI())
            + partition("events", PF.Event.getURI())
            + " } }";
    return Txn.calculateRead(
        dataset,
        () -> {
          List<QuerySolution> rows = select(query);
          if (rows.isEmpty()) {
            return Optional.empty();
          }
          QuerySolution row = rows.get(0);
          return Optional.of(
              new Counts(
                  number(row, "cases"),
                  number(row, "journalists"),
                  number(row, "events"),
                  number(row, "triples")));
        });
  }

  private String partition(String var, String cls) {
    return " OPTIONAL { <"
        + iris.dataset().getURI()
        + "> void:classPartition ?in_"
        + var
        + " . ?in_"
        + var
        + " void:class <"
        + cls
        + "> ; void:entities ?"
        + var
        + " . }";
  }

  private static long number(QuerySolution row, String var) {
    return row.contains(var) ? row.getLiteral(var).getLong() : 0;
  }

  /** The counts by SPARQL over the union graph. */
  Counts counted() {
    String query =
        "SELECT (COUNT(DISTINCT ?c) AS ?cases) (COUNT(DISTINCT ?j) AS ?journalists)"
            + " (COUNT(DISTINCT ?e) AS ?events) WHERE {"
            + " { ?c <"
            + RDF.type.getURI()
            + "> <"
            + PF.Case.getURI()
            + "> }"
            + " UNION { ?j <"
            + RDF.type.getURI()
            + "> <"
            + PF.Journalist.getURI()
            + "> }"
            + " UNION { ?e <"
            + RDF.type.getURI()
            + "> <"
            + PF.Event.getURI()
            + "> } }";
    String triples = "SELECT (COUNT(*) AS ?triples) WHERE { ?s ?p ?o }";
    return Txn.calculateRead(
        dataset,
        () -> {
          QuerySolution row = select(query).get(0);
          QuerySolution count = select(triples).get(0);
          return new Counts(
              row.getLiteral("cases").getLong(),
              row.getLiteral("journalists").getLong(),
              row.getLiteral("events").getLong(),
              count.getLiteral("triples").getLong());
        });
  }

  private List<Link> listJournalists() {
    return Txn.calculateRead(
        dataset,
        () -> {
          var union =
              org.apache.jena.rdf.model.ModelFactory.createModelForGraph(
                  dataset.asDatasetGraph().getUnionGraph());
          ModelReading r = new ModelReading(union, paths);
          return union.listSubjectsWithProperty(RDF.type, PF.Journalist).toList().stream()
              .map(r::link)
              .sorted(java.util.Comparator.comparing(Link::label))
              .toList();
        });
  }

  private List<QuerySolution> select(String query) {
    try (QueryExecution exec =
        QueryExecution.create()
            .dataset(dataset)
            .query(query)
            .set(TDB2.symUnionDefaultGraph, true)
            .build()) {
      return org.apache.jena.atlas.iterator.Iter.toList(exec.execSelect());
    }
  }
}
