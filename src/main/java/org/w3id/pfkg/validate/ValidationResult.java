package org.w3id.pfkg.validate;

import java.util.Objects;

/**
 * The outcome of a SHACL validation.
 *
 * @param conforms true when nothing of severity violation was found
 * @param violations how many results of severity violation there are
 * @param report one line per result: severity, focus node, path and message
 */
public record ValidationResult(boolean conforms, long violations, String report) {
  public ValidationResult {
    Objects.requireNonNull(report, "report");
  }
}
