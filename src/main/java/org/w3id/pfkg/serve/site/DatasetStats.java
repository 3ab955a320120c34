package org.w3id.pfkg.serve.site;

import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.PF;

/** Counts and the list of journalists for the landing page, by SPARQL over the union graph. */
final class DatasetStats {
  /** The counts the landing page shows. */
  record Counts(long cases, long journalists, long events, long triples) {}

  private final Dataset dataset;
  private final SitePaths paths;

  DatasetStats(Dataset dataset, SitePaths paths) {
    this.dataset = dataset;
    this.paths = paths;
  }

  Counts counts() {
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

  /** Every journalist, by label. */
  List<Link> journalists() {
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
