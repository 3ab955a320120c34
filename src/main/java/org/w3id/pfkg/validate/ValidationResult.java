package org.w3id.pfkg.validate;

import java.util.List;
import java.util.Objects;

/**
 * The outcome of a SHACL validation.
 *
 * @param conforms true when nothing of severity violation was found
 * @param violations how many results of severity violation there are
 * @param report one line per result: severity, focus node, path and message
 * @param found the results of severity violation, one by one
 */
public record ValidationResult(
    boolean conforms, long violations, String report, List<ShapeViolation> found) {
  public ValidationResult {
    Objects.requireNonNull(report, "report");
    found = List.copyOf(found);
  }

  /** A result whose violations are only counted and worded in the report. */
  public ValidationResult(boolean conforms, long violations, String report) {
    this(conforms, violations, report, List.of());
  }
}
