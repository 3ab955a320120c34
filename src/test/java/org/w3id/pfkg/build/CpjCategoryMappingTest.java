package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.extract.Extractor;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;

/**
 * The {@code Charge:} header names a CPJ category by any label or notation the charges vocabulary
 * gives it; the mapped case points at that category and at nothing the vocabulary lacks.
 */
class CpjCategoryMappingTest {
  @TempDir Path dir;

  @Test
  void theEngineNamesTheCategoryByTheVocabularysLabelsAndNotations() {
    Extractor engine = ProjectKnowledge.extractor();
    assertEquals(Optional.of("no-charge-disclosed"), engine.cpjCategory("No charge"));
    assertEquals(Optional.of("anti-state"), engine.cpjCategory(" Anti-State "));
    assertEquals(Optional.of("false-news"), engine.cpjCategory("False  News"));
    assertEquals(Optional.of("retaliatory"), engine.cpjCategory("Retaliatory"));
    assertEquals(Optional.of("other"), engine.cpjCategory("Other"));
    // a charge of the vocabulary is no category, nor is a word it does not know
    assertEquals(Optional.empty(), engine.cpjCategory("separatism"));
    assertEquals(Optional.empty(), engine.cpjCategory("Terrorism"));
  }

  @Test
  void theMappedCasePointsAtTheCategoriesTheHeaderNames() throws IOException {
    Path file = dir.resolve("vera-holm.txt");
    Files.writeString(
        file,
        "Vera Holm\nCharge: No charge, Terrorism\n\nVera Holm, a columnist, was jailed in 2016.\n");
    Iris iris = new Iris(Iris.DEFAULT_BASE);
    DocumentPipeline pipeline = DocumentPipeline.uncurated(ProjectKnowledge.extractor(), iris);
    Model model = pipeline.map(pipeline.curate(file));
    List<String> categories =
        model.listObjectsOfProperty(PF.cpjChargeCategory).toList().stream()
            .map(RDFNode::toString)
            .toList();
    assertEquals(List.of(iris.charge("no-charge-disclosed").getURI()), categories);
  }
}
