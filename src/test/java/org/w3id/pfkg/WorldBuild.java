package org.w3id.pfkg;

import java.nio.file.Path;
import org.w3id.pfkg.build.BuildReport;

/**
 * The whole of {@code data/} (every case, with its curation) built once per test JVM by the real
 * pipeline with the default settings, for the tests that need many countries and years (the example
 * queries, the Wikidata export): such a build takes tens of seconds. Read-only, like {@link
 * SeedBuild}.
 */
public final class WorldBuild {
  private static final OnceBuilt WORLD = new OnceBuilt("pfkg-world-build", out -> Path.of("data"));

  private WorldBuild() {}

  public static Path out() {
    return WORLD.out();
  }

  public static BuildReport report() {
    return WORLD.report();
  }
}
