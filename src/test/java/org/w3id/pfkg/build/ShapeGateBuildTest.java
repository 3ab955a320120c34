package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.stream.Stream;
import org.apache.jena.query.Dataset;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2Factory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemCollector;
import org.w3id.pfkg.problem.Severity;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * SHACL gates publishing whether a case is validated in memory while loading or, when its documents
 * fall into different batches, from the store afterwards. Ilham Tohti's case has three documents:
 * with batches of one document each it is split, with the default batch it is whole.
 */
@Tag("slow")
class ShapeGateBuildTest {
  private static final String ILHAM_TOHTI_CASE = "https://w3id.org/pfkg/id/case/ilham-tohti";
  private static final String SOURCE_DOCUMENT = PF.NS + "sourceDocument";
  private static final String GULMIRE_IMIN = "https://w3id.org/pfkg/id/journalist/gulmire-imin";

  /** The seed and the three documents of one case, with the repository's knowledge. */
  private static Path data(Path dir) throws IOException {
    Path data = SeedData.copyTo(dir);
    try (Stream<Path> files = Files.list(Path.of("data/cases"))) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith("ilham-tohti")).toList()) {
        Files.copy(f, data.resolve("cases").resolve(f.getFileName()));
      }
    }
    return data;
  }

  /** The repository's ontology with one more shape on every case node. */
  private static Path ontologyWith(Path dir, String constraint) throws IOException {
    Path ontology = SeedData.copyOntologyTo(dir);
    Files.writeString(
        ontology.resolve("shapes.ttl"),
        "\n[] a sh:NodeShape ; sh:targetClass pf:Case ; " + constraint + " .\n",
        StandardOpenOption.APPEND);
    return ontology;
  }

  private static BuildPipeline pipeline(Path data, Path ontology, Path out, int batch) {
    return pipeline(data, ontology, out, batch, false);
  }

  private static BuildPipeline pipeline(
      Path data, Path ontology, Path out, int batch, boolean keepGoing) {
    // The ontology copy differs from ontology/ in its shapes only, which the knowledge does not
    // read.
    return new BuildPipeline(
            new BuildConfig(data, ontology, out, keepGoing, Iris.DEFAULT_BASE, false), batch)
        .withExtractor(ProjectKnowledge.extractor());
  }

  @ParameterizedTest(name = "batch of {0}")
  @ValueSource(ints = {1, CaseLoader.DEFAULT_BATCH})
  void aViolationOnlyTheWholeCaseShowsStopsTheBuild(int batch, @TempDir Path dir)
      throws IOException {
    // Each document names one source document; only the case's whole graph has three.
    Path ontology = ontologyWith(dir, "sh:property [ sh:path pf:sourceDocument ; sh:maxCount 2 ]");
    Path out = dir.resolve("out");
    ProblemCollector problems = new ProblemCollector();
    Path data = data(dir);
    PfkgException e =
        assertThrows(PfkgException.class, () -> pipeline(data, ontology, out, batch).run(problems));
    assertTrue(e.getMessage().contains("nothing was published"), e.getMessage());
    assertEquals(1, problems.problems().size(), problems.problems().toString());
    Problem violation = problems.problems().get(0);
    assertEquals(Severity.ERROR, violation.severity());
    // The case node is in every document's graph: the first document names it.
    assertEquals(
        Path.of("cases", "ilham-tohti-cpj2009.txt"),
        data.relativize(violation.location().file()),
        violation.toString());
    assertTrue(
        violation.message().contains("violates maxCount[2] on <" + SOURCE_DOCUMENT + ">"),
        violation.toString());
    assertTrue(
        violation.message().endsWith("(focus <" + ILHAM_TOHTI_CASE + ">)"), violation.toString());
    assertTrue(new ReleaseLayout(out).live().isEmpty(), "nothing may be published");
  }

  @ParameterizedTest(name = "batch of {0}")
  @ValueSource(ints = {1, CaseLoader.DEFAULT_BATCH})
  void withKeepGoingACaseThatViolatesAShapeIsLeftOutAndTheOthersPublished(
      int batch, @TempDir Path dir) throws IOException {
    Path ontology = ontologyWith(dir, "sh:property [ sh:path pf:sourceDocument ; sh:maxCount 2 ]");
    Path out = dir.resolve("out");
    ProblemCollector problems = new ProblemCollector();
    BuildReport report = pipeline(data(dir), ontology, out, batch, true).run(problems);
    assertEquals(1, report.cases(), "the seed's case, not Ilham Tohti's");
    assertEquals(1, report.documents());
    assertEquals(problems.problems(), report.rejected());
    assertTrue(report.rejected().get(0).toString().contains("(focus <" + ILHAM_TOHTI_CASE + ">)"));
    Dataset store = TDB2Factory.connectDataset(new ReleaseLayout(out).store().toString());
    try {
      assertFalse(
          Txn.calculateRead(
              store,
              () ->
                  store.containsNamedModel(
                      new Iris(Iris.DEFAULT_BASE).caseGraph("ilham-tohti").getURI())),
          "the refused case's graph is not published");
    } finally {
      store.close();
    }
  }

  @ParameterizedTest(name = "batch of {0}")
  @ValueSource(ints = {1, CaseLoader.DEFAULT_BATCH})
  void aConstraintOnlyTheWholeCaseMeetsLetsTheBuildThrough(int batch, @TempDir Path dir)
      throws IOException {
    // Each of Ilham Tohti's documents alone has one source document and would fail; the case has
    // three. The seed's single-document case is let through by the first branch.
    // Each of Ilham Tohti's documents alone has one source document and would fail; the case has
    // three. The seed's single-document case is let through by the first branch.
    Path ontology =
        ontologyWith(
            dir,
            "sh:or ( [ sh:path pf:journalist ; sh:hasValue <"
                + GULMIRE_IMIN
                + "> ] [ sh:path pf:sourceDocument ; sh:minCount 3 ] )");
    Path out = dir.resolve("out");
    BuildReport report = pipeline(data(dir), ontology, out, batch).run(p -> {});
    assertEquals(2, report.cases());
    assertEquals(4, report.documents());
    assertFalse(new ReleaseLayout(out).live().isEmpty());
  }
}
