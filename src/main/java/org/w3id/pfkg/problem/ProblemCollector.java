package org.w3id.pfkg.problem;

import java.util.ArrayList;
import java.util.List;

/** A listener that keeps every problem, for tests and for the build's final report. */
public final class ProblemCollector implements ProblemListener {
  private final List<Problem> problems = new ArrayList<>();

  @Override
  public synchronized void report(Problem problem) {
    problems.add(problem);
  }

  public synchronized List<Problem> problems() {
    return List.copyOf(problems);
  }

  public synchronized boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() != Severity.WARNING);
  }
}
