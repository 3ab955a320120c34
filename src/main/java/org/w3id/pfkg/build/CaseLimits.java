package org.w3id.pfkg.build;

import java.nio.file.Path;
import java.util.Optional;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.Severity;

/**
 * The limits of one build on each case document: its characters, enforced by the reader when the
 * document is read, and the triples of its graph, checked once it is mapped, before it is validated
 * or loaded. The character limit bounds the work on almost every input; the triple limit catches a
 * short document that maps to an unexpectedly large graph.
 *
 * @param maxChars the most characters of one document ({@link BuildConfig#maxCaseChars()})
 * @param maxTriples the most triples of one document's graph ({@link BuildConfig#maxCaseTriples()})
 */
record CaseLimits(int maxChars, int maxTriples) {
  static CaseLimits of(BuildConfig config) {
    return new CaseLimits(config.maxCaseChars(), config.maxCaseTriples());
  }

  /** A reader that refuses documents over the character limit. */
  CaseReader reader() {
    return new CaseReader(maxChars);
  }

  /** Why the graph mapped from a document of case {@code caseId} is refused, if it is. */
  Optional<Problem> refusal(Path file, String caseId, int triples) {
    if (triples <= maxTriples) {
      return Optional.empty();
    }
    return Optional.of(
        new Problem(
            Severity.ERROR,
            Location.of(file),
            "case '"
                + caseId
                + "' rejected: expected at most "
                + maxTriples
                + " triples from one case document (--max-case-triples), found "
                + triples));
  }
}
