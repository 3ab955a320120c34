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
 */
public record BuildReport(
    String releaseId,
    Path release,
    int cases,
    int documents,
    long triples,
    long millis,
    List<Problem> rejected) {
  public BuildReport {
    rejected = List.copyOf(rejected);
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
