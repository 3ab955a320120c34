package org.w3id.pfkg.serve.site;

import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The seed (data/, ontology/) built once per test JVM by the real pipeline ({@link SeedBuild}), and
 * servers started over its live store the way {@code pfkg serve} does.
 */
final class SeedRelease {
  private static final BuiltRelease RELEASE = new BuiltRelease(SeedBuild.out());

  private SeedRelease() {}

  static Path out() {
    return RELEASE.out();
  }

  /** The live store, opened as the CLI's LiveStore does (union default graph). */
  static Dataset dataset() {
    return RELEASE.dataset();
  }

  static PfkgServer start() {
    return RELEASE.start();
  }
}
