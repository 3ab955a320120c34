package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.vocab.Iris;

/** What {@code pfkg extract} shows of one file is what the build's run of it maps. */
class DocumentPipelineTest {
  private static final Path CURATED_CASE = Path.of("data/cases/chimengul-awut.txt");
  private static final Iris IRIS = new Iris(Iris.DEFAULT_BASE);
  private static Extractor extractor;

  @BeforeAll
  static void engine() {
    extractor = ProjectKnowledge.extractor();
  }

  @Test
  void oneFileAndTheBuildsRunGiveTheSameFactsAndGraph() {
    DocumentPipeline pipeline = DocumentPipeline.curated(extractor, Path.of("data"), IRIS);

    DocumentPipeline.Curated shown = pipeline.curate(CURATED_CASE);
    DocumentPipeline.Outcome built = pipeline.run(CURATED_CASE);

    assertNull(built.problem());
    assertEquals(shown.curated(), built.curated());
    assertTrue(pipeline.map(shown).isIsomorphicWith(built.model()));
    assertFalse(shown.curated().notes().isEmpty(), "the case's curation file is applied");
  }

  @Test
  void withoutCurationTheBareExtractionIsMapped() {
    DocumentPipeline.Curated bare =
        DocumentPipeline.uncurated(extractor, IRIS).curate(CURATED_CASE);
    DocumentPipeline.Curated curated =
        DocumentPipeline.curated(extractor, Path.of("data"), IRIS).curate(CURATED_CASE);

    assertTrue(bare.curated().notes().isEmpty());
    assertNotEquals(curated.curated().facts(), bare.curated().facts());
  }

  @Test
  void aFileThatCannotBeReadIsItsOwnProblem(@TempDir Path tmp) throws IOException {
    Path broken = Files.writeString(tmp.resolve("broken.txt"), "Some Name\nno colon here\n");

    DocumentPipeline.Outcome outcome = DocumentPipeline.uncurated(extractor, IRIS).run(broken);

    assertNull(outcome.model());
    assertEquals(
        broken + ":2:1: error: expected `Field: value` or a blank line before the narrative",
        outcome.problem().toString());
  }
}
