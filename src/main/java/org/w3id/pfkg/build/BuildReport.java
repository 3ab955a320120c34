package org.w3id.pfkg.build;

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
 * @param reuse what the build cache saved
 */
public record BuildReport(
    String releaseId,
    Path release,
    int cases,
    int documents,
    long triples,
    long millis,
    List<Problem> rejected,
    List<Phase> phases,
    Reuse reuse) {
  public BuildReport {
    rejected = List.copyOf(rejected);
    phases = List.copyOf(phases);
    java.util.Objects.requireNonNull(reuse, "reuse");
  }

  /**
   * What the build did again and what it took from the build cache.
   *
   * @param extracted documents read, extracted, curated and mapped by this build
   * @param reused documents whose graph came from the cache
   * @param casesValidated case graphs (or parts of one, per batch) validated with SHACL
   * @param casesKnownValid case graphs whose documents had passed SHACL together before
   * @param unreadable cache entries found but ignored because they did not read back whole
   * @param base the release whose store and dumps the build started from, or null for none
   * @param graphsKept case graphs kept as the base's store held them
   * @param piecesCopied named graphs whose dump pieces were copied from the base's dumps
   * @param fullBecause why a build that could have started from the live release loaded everything,
   *     or null
   * @param countsUpdated whether the VoID counts, coverage and optimizer statistics were updated
   *     from the base's by the changed graphs rather than counted over the whole store
   * @param summariesLoaded case summaries made in memory and written with the bulk load (the others
   *     were made from the store after it)
   */
  public record Reuse(
      int extracted,
      int reused,
      int casesValidated,
      int casesKnownValid,
      int unreadable,
      String base,
      int graphsKept,
      int piecesCopied,
      String fullBecause,
      boolean countsUpdated,
      int summariesLoaded) {
    /** The counts of a build that started from no release. */
    Reuse(
        int extracted,
        int reused,
        int casesValidated,
        int casesKnownValid,
        int unreadable,
        int summariesLoaded) {
      this(
          extracted,
          reused,
          casesValidated,
          casesKnownValid,
          unreadable,
          null,
          0,
          0,
          null,
          false,
          summariesLoaded);
    }

    /**
     * The same counts, for a build that started from {@code base}.
     *
     * @param updated whether the store's counts were updated from the base's by the changed graphs
     *     (else counted by a full scan)
     */
    Reuse fromBase(String newBase, int kept, int copied, boolean updated) {
      return new Reuse(
          extracted,
          reused,
          casesValidated,
          casesKnownValid,
          unreadable,
          newBase,
          kept,
          copied,
          null,
          updated,
          summariesLoaded);
    }

    /**
     * The counts of a full build that followed an attempt to start from the live release: the
     * documents the attempt extracted count as extracted (the full build found them cached).
     */
    Reuse afterFallback(String reason, Reuse attempt) {
      Reuse a = attempt == null ? this : attempt;
      return new Reuse(
          a.extracted(),
          a.reused(),
          a.casesValidated(),
          a.casesKnownValid(),
          a.unreadable(),
          null,
          0,
          0,
          reason,
          false,
          summariesLoaded);
    }
  }

  /** One phase's name and wall time. */
  public record Phase(String name, java.time.Duration time) {}

  /** The same report with other reuse counts. */
  BuildReport withReuse(Reuse newReuse) {
    return new BuildReport(
        releaseId, release, cases, documents, triples, millis, rejected, phases, newReuse);
  }

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

  /** One line on the build cache, e.g. {@code cache: 1 document extracted, 9 999 reused}. */
  public String cacheSummary() {
    return String.format(
            java.util.Locale.ROOT,
            "cache: %d document(s) extracted, %d reused; %d case(s) validated, %d known valid%s",
            reuse.extracted(),
            reuse.reused(),
            reuse.casesValidated(),
            reuse.casesKnownValid(),
            reuse.unreadable() == 0
                ? ""
                : "; " + reuse.unreadable() + " unreadable entries ignored")
        + (reuse.base() == null
            ? "; full store load"
                + (reuse.fullBecause() == null ? "" : " (" + reuse.fullBecause() + ")")
                + String.format(
                    java.util.Locale.ROOT,
                    ", %d case summar%s written with it",
                    reuse.summariesLoaded(),
                    reuse.summariesLoaded() == 1 ? "y" : "ies")
            : String.format(
                java.util.Locale.ROOT,
                "; started from release %s: %d case graph(s) kept, %d dump piece(s) copied, %s",
                reuse.base(),
                reuse.graphsKept(),
                reuse.piecesCopied(),
                reuse.countsUpdated() ? "counts updated by difference" : "store counted whole"));
  }
}
