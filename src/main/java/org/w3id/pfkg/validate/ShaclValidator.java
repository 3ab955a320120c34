package org.w3id.pfkg.validate;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.shacl.validation.Severity;
import org.w3id.pfkg.rdf.TurtleFiles;

/**
 * Checks the graphs to publish against {@code ontology/shapes.ttl}. The shapes are parsed once;
 * {@link #validate} can be called for every build.
 */
public final class ShaclValidator {
  private final Shapes shapes;

  public ShaclValidator(Path shapesFile) {
    Objects.requireNonNull(shapesFile, "shapesFile");
    this.shapes = Shapes.parse(TurtleFiles.read(shapesFile).getGraph());
  }

  /**
   * Validates {@code data}, which should be the union of every graph to publish: the shapes look up
   * concepts of the vocabulary graph and classes of the ontology graph.
   */
  public ValidationResult validate(Graph data) {
    ValidationReport report = org.apache.jena.shacl.ShaclValidator.get().validate(shapes, data);
    List<ShapeViolation> found =
        report.getEntries().stream()
            .filter(e -> e.severity() == Severity.Violation)
            .map(ShaclValidator::violation)
            .sorted(Comparator.comparing(ShapeViolation::describe))
            .toList();
    StringBuilder text = new StringBuilder();
    // Sorted so that two runs over the same data print the same report.
    report.getEntries().stream()
        .map(ShaclValidator::line)
        .sorted(Comparator.naturalOrder())
        .forEach(l -> text.append(l).append('\n'));
    return new ValidationResult(found.isEmpty(), found.size(), text.toString(), found);
  }

  private static ShapeViolation violation(ReportEntry e) {
    String constraint =
        e.constraint() != null
            ? e.constraint().toString()
            : e.sourceConstraintComponent() == null
                ? "?"
                : e.sourceConstraintComponent().getLocalName();
    return new ShapeViolation(
        e.focusNode(),
        e.resultPath() == null ? "-" : e.resultPath().toString(),
        constraint,
        e.message() == null ? "" : e.message());
  }

  private static String line(ReportEntry e) {
    String path = e.resultPath() == null ? "-" : e.resultPath().toString();
    String severity = e.severity() == null ? "?" : e.severity().level().getLocalName();
    return severity + " focus=" + show(e.focusNode()) + " path=" + path + " : " + e.message();
  }

  private static String show(Node node) {
    return ShapeViolation.show(node);
  }
}
