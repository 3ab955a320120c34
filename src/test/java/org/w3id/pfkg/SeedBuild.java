package org.w3id.pfkg;

import java.nio.file.Path;
import org.w3id.pfkg.build.BuildReport;

/**
 * The seed ({@link SeedData}: the repository's knowledge and the one seed case) built once per test
 * JVM by the real pipeline with the default settings, for every test that reads a seed release: a
 * build takes seconds, and eight test classes used to make their own. Tests read {@link #out()} and
 * never write into it (nor expel its store, which other classes keep open); a test that must change
 * a release, or build again on top of one, takes its own {@link #copyTo copy}, which is much
 * cheaper than a build.
 */
public final class SeedBuild {
  private static final OnceBuilt SEED = new OnceBuilt("pfkg-seed-build", SeedData::copyTo);

  private SeedBuild() {}

  /**
   * The build's output folder: {@code data/} (its input), the release, its live store and dumps.
   */
  public static Path out() {
    return SEED.out();
  }

  /** What the build reported (release id and folder, triples). */
  public static BuildReport report() {
    return SEED.report();
  }

  /**
   * Copies the output folder (input data, releases, cache, and the links between them, which are
   * relative) into {@code dir}, and returns the copy: a release of its own to change or rebuild.
   * Its {@code data/} folder is the seed's data, for builds that follow.
   */
  public static Path copyTo(Path dir) {
    return SEED.copyTo(dir);
  }
}
