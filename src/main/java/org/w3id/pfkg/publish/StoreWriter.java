package org.w3id.pfkg.publish;

import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.query.Dataset;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.sys.TDBInternal;

/** Loads the named graphs of a built dataset into a new TDB2 store, then lets go of its files. */
final class StoreWriter {
  private StoreWriter() {}

  static void write(Path storeDir, Dataset dataset) {
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(storeDir.toString());
    try {
      Txn.executeWrite(
          store,
          () -> {
            for (Iterator<String> names = dataset.listNames(); names.hasNext(); ) {
              String name = names.next();
              store.addGraph(
                  org.apache.jena.graph.NodeFactory.createURI(name),
                  dataset.getNamedModel(name).getGraph());
            }
          });
    } finally {
      // Release the files so that the server (in this or another process) opens them afresh.
      TDBInternal.expel(store);
    }
  }
}
