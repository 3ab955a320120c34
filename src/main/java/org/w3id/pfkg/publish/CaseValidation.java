package org.w3id.pfkg.publish;

import java.util.Collection;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.validate.ShaclValidator;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * SHACL validation one case at a time: each case graph together with the shared graphs (ontology,
 * vocabularies, entities), on every core.
 *
 * <p>This equals validating the union of all graphs, as the build did before, because no shape of
 * {@code ontology/shapes.ttl} spans two cases: every focus node (case, journalist, event, sentence
 * term, evidence, selector, statement, claim) is minted under its own case's IRIs and described in
 * that case's graph only, and what a shape looks up beyond the focus node (its source document and
 * evidence, also in the case graph; {@code skos:inScheme} of a concept and the classes, in the
 * shared graphs) is in the union validated here. A future shape that counts across cases (e.g. "a
 * journalist's name is unique") would need a union-wide SPARQL check.
 */
final class CaseValidation {
  private CaseValidation() {}

  static ValidationResult validate(
      ShaclValidator validator,
      DatasetGraph store,
      Graph shared,
      Collection<String> caseIds,
      Iris iris) {
    List<ValidationResult> failures =
        caseIds.parallelStream()
            .map(id -> validateCase(validator, store, shared, iris.caseGraph(id).getURI()))
            .filter(r -> !r.conforms())
            .toList();
    long violations = failures.stream().mapToLong(ValidationResult::violations).sum();
    StringBuilder report = new StringBuilder();
    failures.forEach(r -> report.append(r.report()));
    return new ValidationResult(failures.isEmpty(), violations, report.toString());
  }

  private static ValidationResult validateCase(
      ShaclValidator validator, DatasetGraph store, Graph shared, String graphName) {
    Graph copy = GraphFactory.createGraphMem();
    Txn.executeRead(
        store,
        () -> store.getGraph(NodeFactory.createURI(graphName)).find().forEachRemaining(copy::add));
    return validator.validate(new Union(copy, Objects.requireNonNull(shared)));
  }
}
