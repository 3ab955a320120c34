package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OptimizerStatisticsTest {
  private static Node iri(String local) {
    return NodeFactory.createURI("https://example.org/" + local);
  }

  @Test
  void countsTheUnionOfTheNamedGraphsWhereTdb2ReadsThem(@TempDir Path dir) throws Exception {
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
    Node type = RDF.type.asNode();
    Txn.executeWrite(
        store,
        () -> {
          // one triple in two case graphs counts once, as the union default graph shows it
          store.add(iri("case/1"), iri("outlet/a"), type, iri("Outlet"));
          store.add(iri("case/2"), iri("outlet/a"), type, iri("Outlet"));
          store.add(iri("case/2"), iri("journalist/b"), type, iri("Journalist"));
          store.add(iri("case/2"), iri("journalist/b"), iri("worksFor"), iri("outlet/a"));
        });
    OptimizerStatistics.write(store);
    Path written =
        Path.of(TDBInternal.getDatasetGraphTDB(store).getLocation().getDirectoryPath())
            .resolve(OptimizerStatistics.FILE);
    TDBInternal.expel(store);
    assertTrue(written.getParent().getFileName().toString().startsWith("Data-"), written::toString);
    String stats = Files.readString(written);
    assertEquals("3", first(stats, "\\(count (\\d+)\\)"), stats);
    assertEquals("2", first(stats, "<http://www.w3.org/1999/02/22-rdf-syntax-ns#type> (\\d+)"));
    assertEquals("1", first(stats, "<https://example.org/worksFor> (\\d+)"));
  }

  @Test
  void theCountsOfTheStatisticsScanAreTheSameAsTdb2sOwn(@TempDir Path dir) throws Exception {
    DatasetGraph store = DatabaseMgr.connectDatasetGraph(dir.toString());
    Node type = RDF.type.asNode();
    Txn.executeWrite(
        store,
        () -> {
          store.add(iri("case/1"), iri("outlet/a"), type, iri("Outlet"));
          store.add(iri("case/2"), iri("outlet/a"), type, iri("Outlet"));
          store.add(iri("case/2"), iri("outlet/c"), type, iri("Outlet"));
          store.add(iri("case/2"), iri("journalist/b"), type, iri("Journalist"));
          store.add(iri("case/2"), iri("journalist/b"), iri("worksFor"), iri("outlet/a"));
          store.add(iri("case/3"), iri("journalist/b"), iri("worksFor"), iri("outlet/c"));
        });
    Path written =
        Path.of(TDBInternal.getDatasetGraphTDB(store).getLocation().getDirectoryPath())
            .resolve(OptimizerStatistics.FILE);
    OptimizerStatistics.write(store);
    String own = withoutTimestamp(Files.readString(written));
    StatsCollector collector = new StatsCollector();
    Txn.executeRead(
        store,
        () ->
            new StoreScan(store)
                .statistics("https://example.org/", PrefixMapping.Standard, collector));
    OptimizerStatistics.write(store, collector.results());
    TDBInternal.expel(store);
    assertEquals(own, withoutTimestamp(Files.readString(written)));
    assertEquals("5", first(own, "\\(count (\\d+)\\)"), own);
  }

  /** The entries, one a line, sorted (Jena writes them in hash order), without the run's time. */
  private static String withoutTimestamp(String stats) {
    return stats
        .replaceAll("\\(timestamp [^)]*\\)", "")
        .replaceAll("\\(run@ [^)]*\\)", "")
        .replaceAll("\\)\\s*\\n\\s+(\\d+\\))", ") $1")
        .lines()
        .sorted()
        .collect(java.util.stream.Collectors.joining("\n"));
  }

  private static String first(String text, String regex) {
    Matcher m = Pattern.compile(regex).matcher(text);
    assertTrue(m.find(), regex + " in " + text);
    return m.group(1);
  }
}
