package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.publish.BuildPipeline;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.serve.PfkgServer;

/**
 * The seed (data/, ontology/) built once per test run by the real pipeline into a temporary output
 * folder, and servers started over its live store the way {@code pfkg serve} does.
 */
final class SeedRelease {
  private static Path out;
  private static Dataset dataset;

  private SeedRelease() {}

  static synchronized Path out() {
    if (out == null) {
      try {
        out = Files.createTempDirectory("pfkg-site-test");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      new BuildPipeline(
              new BuildConfig(
                  org.w3id.pfkg.SeedData.copyTo(out),
                  Path.of("ontology"),
                  out,
                  false,
                  BuildConfig.DEFAULT_BASE,
                  false))
          .run(p -> {});
    }
    return out;
  }

  /** The live store, opened as the CLI's LiveStore does (union default graph). */
  static synchronized Dataset dataset() {
    if (dataset == null) {
      try {
        Path store = new ReleaseLayout(out()).store().toRealPath();
        dataset = TDB2Factory.connectDataset(store.toString());
        dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return dataset;
  }

  static PfkgServer start() {
    return PfkgServer.start(ServeConfig.defaults().withPort(0), dataset(), Optional.of(out()));
  }
}
