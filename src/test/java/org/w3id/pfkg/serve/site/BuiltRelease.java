package org.w3id.pfkg.serve.site;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Optional;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.TempFolders;
import org.w3id.pfkg.build.BuildPipeline;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.config.ServeConfig;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.serve.PfkgServer;
import org.w3id.pfkg.vocab.Iris;

/**
 * A release built once per test run by the real pipeline into a temporary output folder, from a
 * data folder a test fixture prepares, and servers started over its live store the way {@code pfkg
 * serve} does (union default graph).
 */
final class BuiltRelease {
  /** Writes a data folder into the given output folder and returns it. */
  @FunctionalInterface
  interface DataCopy {
    Path into(Path out) throws IOException;
  }

  private final String prefix;
  private final DataCopy data;
  private Path out;
  private Dataset dataset;

  BuiltRelease(String prefix, DataCopy data) {
    this.prefix = prefix;
    this.data = data;
  }

  /** A release built elsewhere (the seed's, shared by the whole test JVM), served from here. */
  BuiltRelease(Path out) {
    this(null, null);
    this.out = out;
  }

  synchronized Path out() {
    if (out == null) {
      try {
        Path folder = TempFolders.create(prefix);
        new BuildPipeline(
                new BuildConfig(
                    data.into(folder),
                    Path.of("ontology"),
                    folder,
                    false,
                    Iris.DEFAULT_BASE,
                    false))
            .withExtractor(ProjectKnowledge.extractor())
            .run(p -> {});
        out = folder;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return out;
  }

  synchronized Dataset dataset() {
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

  PfkgServer start() {
    return PfkgServer.start(ServeConfig.defaults().withPort(0), dataset(), Optional.of(out()));
  }
}
