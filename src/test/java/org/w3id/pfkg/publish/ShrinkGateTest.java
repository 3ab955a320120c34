package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.config.ShrinkLimit;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.problem.ProblemCollector;
import org.w3id.pfkg.problem.Severity;

/** A release may shrink by the limit against the live one, and by more only when accepted. */
class ShrinkGateTest {
  private static final Path OUT = Path.of("out");
  private static final PreviousRelease LIVE =
      new PreviousRelease("r1", 40, 10_000, new java.util.TreeMap<>());

  private static ReleaseManifest release(long cases, long triples, Optional<PreviousRelease> p) {
    return ReleaseManifest.of(
        new ReleaseManifest.Facts(
            "r2",
            "2026-01-01T00:00:00Z",
            "https://b/",
            "https://b/sparql",
            false,
            cases,
            cases,
            triples,
            triples),
        Map.of(),
        p);
  }

  @Test
  void aFirstBuildHasNothingToShrinkFrom() {
    ProblemCollector problems = new ProblemCollector();
    ShrinkGate.check(ShrinkLimit.DEFAULT, release(1, 10, Optional.empty()), problems, OUT);
    assertEquals(0, problems.problems().size());
  }

  @Test
  void growthPasses() {
    ProblemCollector problems = new ProblemCollector();
    ShrinkGate.check(ShrinkLimit.DEFAULT, release(45, 12_000, Optional.of(LIVE)), problems, OUT);
    assertEquals(0, problems.problems().size());
  }

  @Test
  void aLossOfExactlyTheLimitPasses() {
    // 40 -> 36 cases and 10 000 -> 9 000 triples: 10 % each.
    assertEquals(
        Optional.empty(),
        ShrinkGate.shrinkage(ShrinkLimit.DEFAULT, release(36, 9_000, Optional.of(LIVE))));
  }

  @Test
  void losingCasesBeyondTheLimitIsRefusedWithBothCounts() {
    PfkgException e =
        assertThrows(
            PfkgException.class,
            () ->
                ShrinkGate.check(
                    ShrinkLimit.DEFAULT,
                    release(35, 10_000, Optional.of(LIVE)),
                    new ProblemCollector(),
                    OUT));
    assertTrue(e.getMessage().contains("cases 40 -> 35 (-12.5 %)"), e.getMessage());
    assertTrue(e.getMessage().contains("triples 10000 -> 10000"), e.getMessage());
    assertTrue(e.getMessage().contains("release r1 stays live"), e.getMessage());
    assertTrue(e.getMessage().contains("--accept-shrink"), e.getMessage());
  }

  @Test
  void losingTriplesAloneBeyondTheLimitIsRefused() {
    assertTrue(
        ShrinkGate.shrinkage(new ShrinkLimit(5, false), release(40, 9_400, Optional.of(LIVE)))
            .orElseThrow()
            .contains("triples 10000 -> 9400 (-6.0 %)"));
  }

  @Test
  void anAcceptedShrinkIsPublishedWithAWarning() {
    ProblemCollector problems = new ProblemCollector();
    ShrinkGate.check(
        new ShrinkLimit(10, true), release(20, 5_000, Optional.of(LIVE)), problems, OUT);
    assertEquals(1, problems.problems().size());
    assertEquals(Severity.WARNING, problems.problems().get(0).severity());
    assertTrue(problems.problems().get(0).message().contains("cases 40 -> 20 (-50.0 %)"));
  }
}
