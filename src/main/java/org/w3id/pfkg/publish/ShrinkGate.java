package org.w3id.pfkg.publish;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;
import org.w3id.pfkg.config.ShrinkLimit;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.problem.ProblemListener;

/**
 * The plausibility check before a release is written and published: a release that loses more of
 * the live release's cases or triples than {@link ShrinkLimit} allows is refused (the live release
 * stays as it was), unless the shrink was accepted, when it is published with a warning.
 */
public final class ShrinkGate {
  private ShrinkGate() {}

  /**
   * Checks the new release's counts against its {@code previous} (none for a first build).
   *
   * @param out the output folder, where a warning on an accepted shrink is located
   * @throws PfkgException when the release shrinks too much and the shrink was not accepted
   */
  public static void check(
      ShrinkLimit limit, ReleaseManifest next, ProblemListener listener, Path out) {
    Optional<String> shrink = shrinkage(limit, next);
    if (shrink.isEmpty()) {
      return;
    }
    if (limit.accepted()) {
      listener.warning(Location.of(out), shrink.get() + "; published as --accept-shrink asks");
      return;
    }
    throw new PfkgException(
        shrink.get()
            + "; nothing was published and release "
            + next.previous().release()
            + " stays live (check the input, or rerun with --accept-shrink if the loss is"
            + " intended)");
  }

  /** What the release loses beyond the limit, worded with both counts; empty when nothing. */
  static Optional<String> shrinkage(ShrinkLimit limit, ReleaseManifest next) {
    PreviousRelease before = next.previous();
    if (before == null) {
      return Optional.empty();
    }
    boolean cases = limit.exceeded(before.cases(), next.cases());
    boolean triples = limit.exceeded(before.triples(), next.triples());
    if (!cases && !triples) {
      return Optional.empty();
    }
    return Optional.of(
        String.format(
            Locale.ROOT,
            "the release shrinks by more than %d %% against release %s: cases %s, triples %s",
            limit.maxPercent(),
            before.release(),
            change(before.cases(), next.cases()),
            change(before.triples(), next.triples())));
  }

  /** {@code 40 -> 30 (-25.0 %)}: both counts, and the change in percent of the first. */
  private static String change(long before, long after) {
    String share =
        before == 0
            ? ""
            : String.format(Locale.ROOT, " (%+.1f %%)", (after - before) * 100.0 / before);
    return before + " -> " + after + share;
  }
}
