package org.w3id.pfkg.build;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemListener;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.validate.ShapeViolation;
import org.w3id.pfkg.validate.ValidationResult;
import org.w3id.pfkg.vocab.Iris;

/**
 * The build's SHACL verdict: the cases validated in memory while loading ({@link CaseLoader}), the
 * cases whose documents came in different batches validated again from the store on their whole
 * graph, and the shared graphs once. {@link CaseCheck} says why this equals validating the union.
 *
 * <p>A case that violates a shape is bad input like an unreadable document: each violation is an
 * error located at the case's document that describes the focus node, and the case is refused (left
 * out of the release with keep-going). A violation in the shared graphs (ontology, vocabularies,
 * gazetteer entities) is no one case's: it stops the build.
 */
final class CaseValidation {
  private CaseValidation() {}

  /**
   * Reports every violation of a case to {@code listener} and returns the ids of the cases with
   * one.
   *
   * @throws PfkgException when the shared graphs violate the shapes
   */
  static Set<String> invalidCases(
      CaseCheck check,
      DatasetGraph store,
      Graph shared,
      CaseLoader.Loaded loaded,
      Iris iris,
      ProblemListener listener) {
    ValidationResult sharedResult = check.checkShared(shared);
    if (!sharedResult.conforms()) {
      throw new PfkgException(
          "SHACL validation of the shared graphs (ontology, vocabularies, entities) failed with "
              + sharedResult.violations()
              + " violation(s); nothing was published:\n"
              + sharedResult.report());
    }
    List<CaseLoader.Failure> failures = new ArrayList<>(loaded.failures());
    for (String caseId : loaded.split()) {
      // The store's case graph points at shared entities described in the shared graphs.
      ValidationResult r = check.check(List.of(new Union(caseGraph(store, iris, caseId), shared)));
      if (!r.conforms()) {
        failures.add(new CaseLoader.Failure(caseId, r, loaded.files().get(caseId), List.of()));
      }
    }
    failures.sort(Comparator.comparing(CaseLoader.Failure::caseId));
    Set<String> invalid = new TreeSet<>();
    for (CaseLoader.Failure f : failures) {
      invalid.add(f.caseId());
      for (ShapeViolation v : f.result().found()) {
        listener.report(
            new Problem(
                Severity.ERROR,
                Location.of(documentOf(f, v.focus())),
                "case " + f.caseId() + " " + v.describe()));
      }
    }
    return invalid;
  }

  /** Removes the graphs of {@code caseIds} from the store (the cases refused with keep-going). */
  static void leaveOut(DatasetGraph store, Iris iris, Set<String> caseIds) {
    Txn.executeWrite(
        store,
        () ->
            caseIds.forEach(
                id ->
                    store.deleteAny(
                        NodeFactory.createURI(iris.caseGraph(id).getURI()),
                        Node.ANY,
                        Node.ANY,
                        Node.ANY)));
  }

  /**
   * The document whose graph describes {@code focus}; the case's first when none does alone or the
   * case was validated from the store, where its documents' graphs are merged.
   */
  private static Path documentOf(CaseLoader.Failure f, Node focus) {
    for (int i = 0; i < f.graphs().size(); i++) {
      if (f.graphs().get(i).contains(focus, Node.ANY, Node.ANY)) {
        return f.files().get(i);
      }
    }
    return f.files().get(0);
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
