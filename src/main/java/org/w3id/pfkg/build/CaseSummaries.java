package org.w3id.pfkg.build;

import java.util.Collection;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.publish.CanonicalOrder;
import org.w3id.pfkg.rdf.CaseCountry;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.rdf.CaseSummary;
import org.w3id.pfkg.vocab.Iris;

/**
 * Writes each loaded case's {@link CaseSummary} into its graph once all its documents are stored: a
 * case's documents may come in different batches, and its current status is the latest of all of
 * them. The documents' graphs carry no summary triples, so each is written exactly once. The
 * descriptions of shared entities (what a prison lies in, for the case's country) are no longer in
 * the case graphs: they are read with them from the cases' merged entity descriptions.
 */
final class CaseSummaries {
  private CaseSummaries() {}

  static void write(
      DatasetGraph store,
      Iris iris,
      Collection<String> caseIds,
      CaseCountry countries,
      CaseCustody custody,
      Graph entities) {
    Txn.executeWrite(
        store,
        () -> {
          for (String caseId : caseIds) {
            Node g = NodeFactory.createURI(iris.caseGraph(caseId).getURI());
            Graph graph = store.getGraph(g);
            // In canonical order, as the case graphs (CanonicalOrder says why).
            CanonicalOrder.triples(
                    CaseSummary.of(new Union(graph, entities), iris, countries, custody).getGraph())
                .forEach(graph::add);
          }
        });
  }
}
