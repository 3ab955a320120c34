package org.w3id.pfkg.build;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * The build's SHACL verdict: the cases validated in memory while loading ({@link CaseLoader}), the
 * cases whose documents came in different batches validated again from the store on their whole
 * graph, and the shared graphs once. {@link CaseCheck} says why this equals validating the union.
 */
final class CaseValidation {
  private CaseValidation() {}

  static ValidationResult verdict(
      CaseCheck check, DatasetGraph store, Graph shared, CaseLoader.Loaded loaded, Iris iris) {
    List<CaseLoader.Failure> failures = new ArrayList<>(loaded.failures());
    for (String caseId : loaded.split()) {
      // The store's case graph points at shared entities described in the shared graphs.
      ValidationResult r = check.check(List.of(new Union(caseGraph(store, iris, caseId), shared)));
      if (!r.conforms()) {
        failures.add(new CaseLoader.Failure(caseId, r));
      }
    }
    failures.sort(Comparator.comparing(CaseLoader.Failure::caseId));
    ValidationResult sharedResult = check.checkShared(shared);
    long violations =
        sharedResult.violations() + failures.stream().mapToLong(f -> f.result().violations()).sum();
    StringBuilder report = new StringBuilder(sharedResult.report());
    failures.forEach(f -> report.append(f.result().report()));
    return new ValidationResult(
        sharedResult.conforms() && failures.isEmpty(), violations, report.toString());
  }

  private static Graph caseGraph(DatasetGraph store, Iris iris, String caseId) {
    Graph copy = GraphFactory.createGraphMem();
    Txn.executeRead(
        store,
        () ->
            store
                .getGraph(NodeFactory.createURI(iris.caseGraph(caseId).getURI()))
                .find()
                .forEachRemaining(copy::add));
    return copy;
  }
}
