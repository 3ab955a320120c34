package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.compose.Union;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.WorldBuild;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.rdf.CaseCountry;
import org.w3id.pfkg.rdf.CaseCustody;
import org.w3id.pfkg.rdf.CaseSummary;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * The published summary of every case of {@code data/} is the one its case graph and all cases'
 * entity descriptions give, whether the build made it in memory while loading ({@link
 * DraftSummary}) or from the store afterwards. Read from the release's TriG dump, as a researcher
 * would load it.
 */
@Tag("slow")
class StoredSummariesTest {
  private final Iris iris = new Iris(Iris.DEFAULT_BASE);

  @Test
  void everyCaseCarriesTheSummaryOfItsGraphWithAllCasesDescriptions() {
    BuildReport report = WorldBuild.report();
    // Both ways are taken on data/: most summaries in the load, some after it because another
    // document says where one of the case's places lies.
    int loaded = report.reuse().summariesLoaded();
    assertTrue(
        loaded > 0 && loaded < report.cases(),
        loaded + " of " + report.cases() + " summaries written with the load");

    DatasetGraph dump = DatasetGraphFactory.create();
    RDFParser.source(report.release().resolve("dumps/pfkg.trig")).lang(Lang.TRIG).parse(dump);
    Graph entities = dump.getGraph(iris.entitiesGraph().asNode());
    assertTrue(entities.size() > 0, "the dump has an entities graph");
    Gazetteer gazetteer = Gazetteer.read(Path.of("data"));
    CaseCountry countries = CaseCountries.read(Path.of("data"), gazetteer);
    CaseCustody custody = CustodyRule.read(Path.of("data"));

    String casePrefix = iris.caseGraph("").getURI();
    List<String> wrong = new ArrayList<>();
    int cases = 0;
    for (Node g : (Iterable<Node>) dump::listGraphNodes) {
      if (!g.getURI().startsWith(casePrefix)) {
        continue;
      }
      cases++;
      Graph stored = dump.getGraph(g);
      // The summary reads no summary triple, so made again over the stored graph it is the same.
      Graph summary =
          CaseSummary.of(new Union(stored, entities), iris, countries, custody).getGraph();
      summary
          .find()
          .forEachRemaining(
              t -> {
                if (!stored.contains(t)) {
                  wrong.add(g.getURI() + " lacks " + t);
                }
              });
      // A draft made with too little of the entities graph could add a country the whole leaves
      // out.
      Set<Triple> storedCountries = countries(stored);
      if (!storedCountries.equals(countries(summary))) {
        wrong.add(g.getURI() + " has countries " + storedCountries);
      }
    }
    assertEquals(report.cases(), cases);
    assertEquals(List.of(), wrong);
  }

  /**
   * Two clearly synthetic profiles, written at test time: the first names a prison and not where it
   * lies, the second says it lies in Amman. The first's country comes from the second's words, so
   * its summary cannot be made from its own document while it loads.
   */
  @Test
  void aCaseTakesItsCountryFromWhereAnotherCaseSaysItsPrisonLies(@TempDir Path tmp)
      throws IOException {
    Path data = SeedData.copyTo(tmp, name -> false);
    Files.writeString(
        data.resolve("cases/synthetic-a.txt"),
        "Synthetic Reporter Alpha\nSynthetic: yes\n\nSynthetic Reporter Alpha, a journalist for"
            + " the Daily Synthetic, was arrested on March 3, 2019, and is held in Greyfield"
            + " Prison, CPJ reported.\n");
    Files.writeString(
        data.resolve("cases/synthetic-b.txt"),
        "Synthetic Reporter Beta\nSynthetic: yes\n\nSynthetic Reporter Beta, a journalist for"
            + " the Evening Synthetic, was arrested on May 5, 2020, and is held in Greyfield"
            + " Prison in Amman, CPJ reported.\n");
    BuildReport report =
        new BuildPipeline(
                new BuildConfig(
                    data, Path.of("ontology"), tmp.resolve("out"), false, Iris.DEFAULT_BASE, true))
            .withExtractor(ProjectKnowledge.extractor())
            .withoutCache()
            .run(p -> {});
    assertEquals(1, report.reuse().summariesLoaded(), report.cacheSummary());

    DatasetGraph dump = DatasetGraphFactory.create();
    RDFParser.source(report.release().resolve("dumps/pfkg.trig")).lang(Lang.TRIG).parse(dump);
    Node jordan = iris.place("jordan").asNode();
    for (String caseId : List.of("synthetic-a", "synthetic-b")) {
      Graph g = dump.getGraph(iris.caseGraph(caseId).asNode());
      assertTrue(
          g.contains(iris.caseIri(caseId).asNode(), PF.country.asNode(), jordan),
          caseId + " lies in Jordan");
    }
  }

  private static Set<Triple> countries(Graph g) {
    return g.find(Node.ANY, PF.country.asNode(), Node.ANY).toList().stream()
        .collect(Collectors.toSet());
  }
}
