package org.w3id.pfkg.publish;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.jena.atlas.lib.tuple.Tuple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.solver.SolverLibTDB;
import org.apache.jena.tdb2.solver.stats.Stats;
import org.apache.jena.tdb2.solver.stats.StatsCollectorNodeId;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.tdb2.store.DatasetGraphTDB;
import org.apache.jena.tdb2.store.NodeId;
import org.apache.jena.tdb2.store.nodetupletable.NodeTupleTable;
import org.apache.jena.tdb2.sys.TDBInternal;

/**
 * TDB2's optimizer statistics for a built store, written where TDB2 reads them when it opens the
 * store ({@code Data-NNNN/stats.opt}): how often each predicate (and each class under {@code
 * rdf:type}) occurs, so that basic graph patterns are ordered by selectivity. Counted as {@code
 * tdb2.tdbstats --graph urn:x-arq:UnionGraph} counts them, over the union of the named graphs,
 * which is what every query reads (the store has no default graph). On the 3 000-case store the
 * census query ran in about half the time with them (docs/SCALING.md); the other examples were
 * unchanged.
 */
public final class OptimizerStatistics {
  static final String FILE = "stats.opt";

  private OptimizerStatistics() {}

  /** Counts the store's union graph and writes the statistics beside its indexes. */
  public static void write(DatasetGraph store) {
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store);
    write(store, tdb.calculateRead(() -> count(tdb)));
  }

  /**
   * Writes statistics counted elsewhere (the build counts them in the same scan as the VoID counts,
   * {@link StoreScan#statistics(String, org.apache.jena.shared.PrefixMapping,
   * org.apache.jena.tdb2.solver.stats.StatsCollector)}).
   */
  public static void write(DatasetGraph store, StatsResults results) {
    DatasetGraphTDB tdb = TDBInternal.getDatasetGraphTDB(store);
    Path file = Path.of(tdb.getLocation().getDirectoryPath()).resolve(FILE);
    try (OutputStream out = Files.newOutputStream(file)) {
      Stats.write(out, results);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + file, e);
    }
  }

  private static StatsResults count(DatasetGraphTDB tdb) {
    NodeTupleTable quads = tdb.getQuadTable().getNodeTupleTable();
    StatsCollectorNodeId stats = new StatsCollectorNodeId(quads.getNodeTable());
    // each triple once, however many graphs hold it
    for (Iterator<Tuple<NodeId>> all = SolverLibTDB.unionGraph(quads); all.hasNext(); ) {
      Tuple<NodeId> quad = all.next();
      stats.record(quad.get(0), quad.get(1), quad.get(2), quad.get(3));
    }
    return stats.results();
  }
}
