package org.w3id.pfkg.build;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemListener;

/**
 * The build, as named phases: read, extract, link, map, validate, store, dump, publish. Nothing is
 * published unless every phase succeeds: a rejected document or a case that violates a shape
 * (without keep-going, which leaves them out), a SHACL violation in the shared graphs, a release
 * much smaller than the live one (without accept-shrink) or a failure while writing leaves the live
 * release as it was.
 */
public final class BuildPipeline {
  private final BuildConfig config;
  private final int batchSize;
  private final BuildProgress progress;
  private final boolean useCache;
  private final Clock releaseClock;
  private final Optional<Extractor> extractor;

  public BuildPipeline(BuildConfig config) {
    this(config, CaseLoader.DEFAULT_BATCH);
  }

  /** A build that streams {@code batchSize} documents at a time (tests use small batches). */
  BuildPipeline(BuildConfig config, int batchSize) {
    this(config, batchSize, BuildProgress.NONE, true, Clock.systemUTC(), Optional.empty());
  }

  private BuildPipeline(
      BuildConfig config,
      int batchSize,
      BuildProgress progress,
      boolean useCache,
      Clock releaseClock,
      Optional<Extractor> extractor) {
    this.config = config;
    this.batchSize = batchSize;
    this.progress = progress;
    this.useCache = useCache;
    this.releaseClock = releaseClock;
    this.extractor = extractor;
  }

  /** The same build, telling {@code progress} how far it got (a progress bar on a terminal). */
  public BuildPipeline withProgress(BuildProgress newProgress) {
    return new BuildPipeline(
        config, batchSize, Objects.requireNonNull(newProgress), useCache, releaseClock, extractor);
  }

  /**
   * The same build without the build cache of {@code OUT/cache/}: every document is extracted and
   * every case validated (a clean build); the cache is neither read nor written.
   */
  public BuildPipeline withoutCache() {
    return new BuildPipeline(config, batchSize, progress, false, releaseClock, extractor);
  }

  /** The same build with its release id and dates taken from {@code newClock} (tests). */
  BuildPipeline withClock(Clock newClock) {
    return new BuildPipeline(config, batchSize, progress, useCache, newClock, extractor);
  }

  /**
   * The same build with an extraction engine made already, instead of loading the knowledge and
   * making one in its setup phase: the tests build dozens of releases and share one engine (the
   * load takes seconds, the engine's word patterns a quarter of a warm seed build). The caller
   * vouches that {@code prepared} was made from what this build's ontology and data folders hold
   * (the build cache's fingerprint is still taken from those files).
   */
  public BuildPipeline withExtractor(Extractor prepared) {
    return new BuildPipeline(
        config, batchSize, progress, useCache, releaseClock, Optional.of(prepared));
  }

  /**
   * Builds a release. With the cache, the build first tries to start from the live release ({@link
   * StoreDelta}); when the live release turns out not to be a base, it builds in full, and the
   * report says why.
   */
  public BuildReport run(ProblemListener listener) {
    try {
      if (!useCache) {
        return attempt(listener, false);
      }
      // Problems are held back until it is known whether this attempt stands, so that a build that
      // falls back to a full one reports each problem once.
      List<Problem> held = new ArrayList<>();
      try {
        BuildReport report = attempt(held::add, true);
        held.forEach(listener::report);
        return report;
      } catch (NotIncremental e) {
        BuildReport full = attempt(listener, false);
        return full.withReuse(full.reuse().afterFallback(e.getMessage(), e.attempt()));
      } catch (RuntimeException e) {
        held.forEach(listener::report);
        throw e;
      }
    } finally {
      progress.finished();
    }
  }

  private BuildReport attempt(ProblemListener listener, boolean fromLive) {
    return new BuildRun(
            config,
            batchSize,
            progress,
            useCache,
            fromLive,
            releaseClock.instant(),
            extractor,
            listener)
        .phases();
  }
}
