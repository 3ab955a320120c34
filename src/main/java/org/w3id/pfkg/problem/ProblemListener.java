package org.w3id.pfkg.problem;

/**
 * Receives the problems a stage finds; stages keep going after errors so that one bad file loses no
 * other.
 */
@FunctionalInterface
public interface ProblemListener {
  void report(Problem problem);

  default void warning(Location at, String message) {
    report(new Problem(Severity.WARNING, at, message));
  }

  default void error(Location at, String message) {
    report(new Problem(Severity.ERROR, at, message));
  }
}
