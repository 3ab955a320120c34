package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.tdb2.solver.stats.StatsCollector;
import org.apache.jena.tdb2.solver.stats.StatsResults;
import org.apache.jena.vocabulary.RDF;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.vocab.PF;

/**
 * The counts a rebuild updates by its changes ({@link StoreChanges}) are the counts a full scan of
 * the changed store gives: VoID statistics, coverage and optimizer statistics alike. Random stores
 * and random changes of the kinds a build from the live release makes (graphs emptied and filled
 * again, graphs removed, new graphs, a shared graph brought up to date by its difference, the
 * description graph dropped or left as it was), over a small set of nodes so that triples, subjects
 * and objects are often shared between graphs.
 */
class StoreChangesTest {
  private static final String SPACE = "https://example.org/id/";
  private static final Node TYPE = RDF.type.asNode();
  private static final Node DESCRIPTION = iri("graph/dataset");
  private static final Node SHARED = iri("graph/entities");

  private static Node iri(String local) {
    return NodeFactory.createURI("https://example.org/" + local);
  }

  private static final List<Node> SUBJECTS =
      List.of(
          iri("id/case/a"),
          iri("id/case/b"),
          iri("id/case/c"),
          iri("id/journalist/a"),
          iri("id/journalist/b"),
          iri("other/x"),
          iri("other/y"));
  private static final List<Node> PREDICATES =
      List.of(TYPE, TYPE, PF.country.asNode(), iri("p/name"), iri("p/about"), iri("p/date"));
  private static final List<Node> CLASSES =
      List.of(PF.Case.asNode(), PF.Journalist.asNode(), iri("c/Outlet"));
  private static final List<Node> VALUES =
      List.of(
          iri("id/country/x"),
          iri("id/country/y"),
          iri("id/journalist/a"),
          NodeFactory.createLiteralString("Anna"),
          NodeFactory.createLiteralLang("Anna", "en"),
          NodeFactory.createLiteralDT("2020", XSDDatatype.XSDgYear));

  private static Triple randomTriple(Random r) {
    Node s = SUBJECTS.get(r.nextInt(SUBJECTS.size()));
    Node p = PREDICATES.get(r.nextInt(PREDICATES.size()));
    Node o =
        p.equals(TYPE)
            ? CLASSES.get(r.nextInt(CLASSES.size()))
            : VALUES.get(r.nextInt(VALUES.size()));
    return Triple.create(s, p, o);
  }

  private static List<Node> graphs(int n) {
    List<Node> graphs = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      graphs.add(iri("graph/case/" + i));
    }
    return graphs;
  }

  /** The full scan's counts, as a build without a base makes them. */
  private static StoreCounts fullCount(DatasetGraph store, StatsCollector optimizer) {
    return Txn.calculateRead(
        store,
        () -> {
          DatasetStatistics stats =
              new StoreScan(store).statistics(SPACE, PrefixMapping.Standard, optimizer);
          return StoreCounts.of(
                  "r", stats, optimizer.results().getTypes().size(), Coverage.casesByCountry(store))
              .orElseThrow();
        });
  }

  @Test
  void theCountsUpdatedByTheChangesAreTheCountsOfAFullScan() {
    for (int seed = 0; seed < 60; seed++) {
      Random r = new Random(seed);
      DatasetGraph store = DatabaseMgr.createDatasetGraph();
      List<Node> cases = graphs(6);
      Txn.executeWrite(
          store,
          () -> {
            for (Node g : cases) {
              int n = r.nextInt(12);
              for (int i = 0; i < n; i++) {
                store.add(new Quad(g, randomTriple(r)));
              }
            }
            for (int i = 0; i < 10; i++) {
              store.add(new Quad(SHARED, randomTriple(r)));
            }
          });
      // The description graph comes after the counts and repeats some of the data's triples.
      StoreCounts before = fullCount(store, new StatsCollector());
      Txn.executeWrite(
          store,
          () -> {
            for (int i = 0; i < 4; i++) {
              store.add(new Quad(DESCRIPTION, randomTriple(r)));
            }
          });

      StoreChanges changes = new StoreChanges(DESCRIPTION);
      Txn.executeWrite(
          store,
          () -> {
            List<Node> all = new ArrayList<>(cases);
            all.add(DESCRIPTION);
            all.add(iri("graph/case/new"));
            for (Node g : all) {
              // The description is either gone or still the old one when the counts are made.
              boolean wipe = g.equals(DESCRIPTION) ? r.nextBoolean() : r.nextInt(3) == 0;
              if (!wipe) {
                continue;
              }
              store
                  .find(g, Node.ANY, Node.ANY, Node.ANY)
                  .forEachRemaining(q -> changes.removed(g, q.asTriple()));
              store.deleteAny(g, Node.ANY, Node.ANY, Node.ANY);
              if (!g.equals(DESCRIPTION) && r.nextBoolean()) {
                changes.rewritten(g);
                int n = r.nextInt(12);
                for (int i = 0; i < n; i++) {
                  store.add(new Quad(g, randomTriple(r)));
                }
              }
            }
            // the shared graph by its difference
            List<Triple> old = new ArrayList<>();
            store
                .find(SHARED, Node.ANY, Node.ANY, Node.ANY)
                .forEachRemaining(q -> old.add(q.asTriple()));
            for (Triple t : old) {
              if (r.nextInt(4) == 0) {
                store.delete(new Quad(SHARED, t));
                changes.removed(SHARED, t);
              }
            }
            for (int i = 0; i < 3; i++) {
              Triple t = randomTriple(r);
              if (!store.contains(new Quad(SHARED, t))) {
                store.add(new Quad(SHARED, t));
                changes.added(SHARED, t);
              }
            }
          });

      Optional<StoreCounts> updated =
          Txn.calculateRead(store, () -> changes.update(before, store, "r", SPACE));
      // The full scan counts every graph: as in the build, the description goes first.
      Txn.executeWrite(store, () -> store.deleteAny(DESCRIPTION, Node.ANY, Node.ANY, Node.ANY));
      StatsCollector scanned = new StatsCollector();
      StoreCounts expected = fullCount(store, scanned);
      assertEquals(Optional.of(expected), updated, "seed " + seed);

      // What the build makes of them: the VoID counts, the coverage, the optimizer statistics.
      StatsCollector recorded = new StatsCollector();
      updated.get().record(recorded);
      assertSameStatistics(scanned.results(), recorded.results(), "seed " + seed);
      DatasetStatistics stats =
          Txn.calculateRead(
              store, () -> new StoreScan(store).statistics(SPACE, PrefixMapping.Standard));
      assertEquals(stats, updated.get().statistics(SPACE, PrefixMapping.Standard));
      assertEquals(
          Txn.calculateRead(store, () -> Coverage.of(store)),
          updated.get().coverage(),
          "seed " + seed);
    }
  }

  @Test
  void aChangeItWasNotToldOfOrABlankNodeLeavesItToAFullScan() {
    DatasetGraph store = DatabaseMgr.createDatasetGraph();
    Node g = iri("graph/case/1");
    Txn.executeWrite(store, () -> store.add(new Quad(g, SUBJECTS.get(0), TYPE, PF.Case.asNode())));
    StoreCounts before = fullCount(store, new StatsCollector());

    StoreChanges untracked = new StoreChanges(DESCRIPTION);
    untracked.untracked();
    assertTrue(
        Txn.calculateRead(store, () -> untracked.update(before, store, "r", SPACE)).isEmpty());

    StoreChanges blank = new StoreChanges(DESCRIPTION);
    Triple t = Triple.create(NodeFactory.createBlankNode(), iri("p/name"), VALUES.get(3));
    Txn.executeWrite(store, () -> store.add(new Quad(g, t)));
    blank.added(g, t);
    assertTrue(Txn.calculateRead(store, () -> blank.update(before, store, "r", SPACE)).isEmpty());
  }

  @Test
  void aStoreWithAClassThatIsNotAnIriKeepsNoCounts() {
    DatasetGraph store = DatabaseMgr.createDatasetGraph();
    Node g = iri("graph/case/1");
    Txn.executeWrite(
        store,
        () -> {
          store.add(new Quad(g, SUBJECTS.get(0), TYPE, PF.Case.asNode()));
          store.add(new Quad(g, SUBJECTS.get(1), TYPE, VALUES.get(3)));
        });
    StatsCollector optimizer = new StatsCollector();
    Optional<StoreCounts> counts =
        Txn.calculateRead(
            store,
            () -> {
              DatasetStatistics stats =
                  new StoreScan(store).statistics(SPACE, PrefixMapping.Standard, optimizer);
              return StoreCounts.of("r", stats, optimizer.results().getTypes().size(), Map.of());
            });
    assertTrue(counts.isEmpty());
  }

  private static void assertSameStatistics(StatsResults a, StatsResults b, String message) {
    assertEquals(a.getCount(), b.getCount(), message);
    assertEquals(a.getPredicates(), b.getPredicates(), message);
    assertEquals(a.getTypes(), b.getTypes(), message);
  }
}
