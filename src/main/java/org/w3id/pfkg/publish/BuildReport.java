package org.w3id.pfkg.publish;

import java.nio.file.Path;
import java.util.List;
import org.w3id.pfkg.problem.Problem;

/**
 * What a build made.
 *
 * @param releaseId the release's id (its UTC build time)
 * @param release the release folder, now live
 * @param cases cases published
 * @param documents source documents read into them
 * @param triples triples in the union of all graphs (the count of the Turtle dump)
 * @param millis wall time of the build
 * @param rejected the problems of the documents left out (only with keep-going)
 * @param phases wall time of each phase, in the order they ran
 */
public record BuildReport(
    String releaseId,
    Path release,
    int cases,
    int documents,
    long triples,
    long millis,
    List<Problem> rejected,
    List<Phase> phases) {
  public BuildReport {
    rejected = List.copyOf(rejected);
    phases = List.copyOf(phases);
  }

  /** One phase's name and wall time. */
  public record Phase(String name, java.time.Duration time) {}

  /** One line with every phase's wall time, e.g. {@code load 9.1 s, validate 2.0 s}. */
  public String timings() {
    return phases.stream()
        .map(
            p ->
                String.format(
                    java.util.Locale.ROOT, "%s %.2f s", p.name(), p.time().toMillis() / 1000.0))
        .collect(java.util.stream.Collectors.joining(", ", "phases: ", ""));
  }

  /** The one-line summary the CLI prints. */
  public String summary() {
    return String.format(
        java.util.Locale.ROOT,
        "built release %s: %d cases (%d documents), %d triples in %.1f s%s",
        releaseId,
        cases,
        documents,
        triples,
        millis / 1000.0,
        rejected.isEmpty() ? "" : ", " + rejected.size() + " problem(s) in rejected documents");
  }
}
