package org.w3id.pfkg.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.tdb2.TDB2;
import org.apache.jena.tdb2.TDB2Factory;
import org.w3id.pfkg.problem.ConfigException;
import org.w3id.pfkg.publish.ReleaseLayout;

/** Opens the live release's TDB2 store, with queries over the union of its named graphs. */
final class LiveStore {
  private LiveStore() {}

  static boolean exists(Path out) {
    return new ReleaseLayout(out).live().isPresent();
  }

  /** True when the live release's manifest says it was built from synthetic cases. */
  static boolean isSynthetic(Path out) {
    return new ReleaseLayout(out).liveIsSynthetic();
  }

  static Dataset open(Path out) {
    ReleaseLayout layout = new ReleaseLayout(out);
    Path store;
    try {
      // The real path: the same store opened through two different links would be two connections.
      store = layout.store().toRealPath();
    } catch (IOException e) {
      throw new ConfigException("--out " + out + ": no published store (run `pfkg build` first)");
    }
    if (!Files.isDirectory(store)) {
      throw new ConfigException("--out " + out + ": no published store (run `pfkg build` first)");
    }
    Dataset dataset = TDB2Factory.connectDataset(store.toString());
    dataset.getContext().set(TDB2.symUnionDefaultGraph, true);
    return dataset;
  }
}
