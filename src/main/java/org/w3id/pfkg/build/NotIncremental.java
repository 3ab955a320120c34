package org.w3id.pfkg.build;

/**
 * The live release turned out not to be a base for this build ({@link StoreDelta} says when): the
 * staged release is discarded and the build is made again in full, which gives the same release.
 */
final class NotIncremental extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** What the attempt reused and extracted before it stopped, or null. */
  @SuppressWarnings("serial")
  private final transient BuildReport.Reuse attempt;

  NotIncremental(String reason, BuildReport.Reuse attempt) {
    super(reason, null, false, false);
    this.attempt = attempt;
  }

  BuildReport.Reuse attempt() {
    return attempt;
  }
}
