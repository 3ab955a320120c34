package org.w3id.pfkg.validate;

import java.nio.file.Path;
import java.util.Comparator;
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
    long violations =
        report.getEntries().stream().filter(e -> e.severity() == Severity.Violation).count();
    StringBuilder text = new StringBuilder();
    // Sorted so that two runs over the same data print the same report.
    report.getEntries().stream()
        .map(ShaclValidator::line)
        .sorted(Comparator.naturalOrder())
        .forEach(l -> text.append(l).append('\n'));
    return new ValidationResult(violations == 0, violations, text.toString());
  }

  private static String line(ReportEntry e) {
    String path = e.resultPath() == null ? "-" : e.resultPath().toString();
    String severity = e.severity() == null ? "?" : e.severity().level().getLocalName();
    return severity + " focus=" + show(e.focusNode()) + " path=" + path + " : " + e.message();
  }

  private static String show(Node node) {
    return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
  }
}
