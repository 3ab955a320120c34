package org.w3id.pfkg.validate;

import java.util.Objects;
import org.apache.jena.graph.Node;

/**
 * One result of severity violation of a SHACL validation.
 *
 * @param focus the node that violates the shape
 * @param path the property path of the constraint, or {@code -} for a constraint on the node
 * @param constraint the constraint broken, as Jena names it (e.g. {@code MaxCount[2]})
 * @param message the shape's message, or Jena's when the shape has none
 */
public record ShapeViolation(Node focus, String path, String constraint, String message) {
  public ShapeViolation {
    Objects.requireNonNull(focus, "focus");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(constraint, "constraint");
    Objects.requireNonNull(message, "message");
  }

  /** {@code violates MaxCount[2] on <p>: message (focus <iri>)}, for a problem's message. */
  public String describe() {
    return "violates "
        + constraint
        + (path.equals("-") ? "" : " on " + path)
        + ": "
        + message
        + " (focus "
        + show(focus)
        + ")";
  }

  static String show(Node node) {
    return node.isURI() ? "<" + node.getURI() + ">" : node.toString();
  }
}
