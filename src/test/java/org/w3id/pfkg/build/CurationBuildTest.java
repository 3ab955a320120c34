package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.ReadWrite;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.tdb2.TDB2Factory;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.problem.ProblemCollector;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/** A build applies data/curation/, publishes its notes, and refuses a curation that misses. */
@Tag("slow")
class CurationBuildTest {
  private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
  private static final String OP =
      "{\"editor\": \"A. Editor\", \"date\": \"2025-01-15\", \"reason\": \"%s\", %s}";

  private static Path data(Path dir, String... operations) throws IOException {
    Path data = SeedData.copyTo(dir);
    Files.createDirectories(data.resolve("curation"));
    Files.writeString(
        data.resolve("curation/gulmire-imin.json"),
        "{\n\"operations\": [\n" + String.join(",\n", operations) + "\n]\n}\n");
    return data;
  }

  private static BuildPipeline pipeline(Path data, Path out, boolean keepGoing) {
    return new BuildPipeline(
            new BuildConfig(data, Path.of("ontology"), out, keepGoing, Iris.DEFAULT_BASE, false))
        .withExtractor(ProjectKnowledge.extractor());
  }

  @Test
  void curationNotesArePublishedInTheCaseGraphAndPassTheShapes(@TempDir Path in, @TempDir Path out)
      throws IOException {
    Path data =
        data(
            in,
            String.format(
                OP,
                "not an event of the journalist",
                "\"action\": \"remove\", \"event\": \"site-shut-down-undated\""),
            String.format(
                OP,
                "the text says July 14",
                "\"action\": \"correct\", \"event\": \"arrest-2009-07-14\", \"set\": {\"date\": \"2009-07\"}"));
    pipeline(data, out, false).run(p -> {});
    Dataset store =
        TDB2Factory.connectDataset(new ReleaseLayout(out).store().toRealPath().toString());
    store.begin(ReadWrite.READ);
    try {
      Model graph = store.getNamedModel(IRIS.caseGraph("gulmire-imin").getURI());
      Resource caseNode = IRIS.caseIri("gulmire-imin");
      Resource removed = IRIS.curationNote("gulmire-imin", 1);
      Resource corrected = IRIS.curationNote("gulmire-imin", 2);
      assertTrue(graph.contains(caseNode, PF.curation, removed));
      assertTrue(
          graph.contains(removed, PF.removedFact, "event site-shut-down-undated in gulmire-imin"));
      assertTrue(graph.contains(removed, RDFS.comment, "not an event of the journalist"));
      assertTrue(graph.contains(removed, SCHEMA.author, "A. Editor"));
      assertFalse(graph.containsResource(IRIS.event("gulmire-imin", "site-shut-down-undated")));
      Resource arrest = IRIS.event("gulmire-imin", "arrest-2009-07-14");
      assertTrue(graph.contains(arrest, PF.curation, corrected));
      assertTrue(graph.contains(corrected, PF.curationAction, "correct"));
      assertTrue(graph.contains(corrected, PF.previousValue, "date: 2009-07-14 (July 14, 2009)"));
      assertTrue(graph.contains(arrest, PF.evidence));
    } finally {
      store.end();
    }
  }

  @Test
  void aCurationThatMissesRejectsTheBuildNamingFileAndLine(@TempDir Path in, @TempDir Path out)
      throws IOException {
    Path data =
        data(in, String.format(OP, "gone", "\"action\": \"remove\", \"event\": \"release-2030\""));
    Files.copy(Path.of("data/cases/chimengul-awut.txt"), data.resolve("cases/chimengul-awut.txt"));
    ProblemCollector problems = new ProblemCollector();
    assertThrows(PfkgException.class, () -> pipeline(data, out, false).run(problems));
    String expected = data.resolve("curation/gulmire-imin.json") + ":3:";
    assertTrue(
        problems.problems().stream().anyMatch(p -> p.toString().startsWith(expected)),
        problems.problems().toString());
    assertFalse(Files.exists(out.resolve("current")));

    BuildReport kept = pipeline(data, out, true).run(p -> {});
    assertEquals(1, kept.cases());
    Dataset store =
        TDB2Factory.connectDataset(new ReleaseLayout(out).store().toRealPath().toString());
    store.begin(ReadWrite.READ);
    try {
      assertTrue(store.containsNamedModel(IRIS.caseGraph("chimengul-awut").getURI()));
      assertFalse(store.containsNamedModel(IRIS.caseGraph("gulmire-imin").getURI()));
    } finally {
      store.end();
    }
  }
}
