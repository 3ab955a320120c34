package org.w3id.pfkg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The builds the tests run through the command line take the shared knowledge only for folders
 * whose knowledge files are the project's: a test that changes one of them must see its change.
 */
class ProjectKnowledgeTest {
  @TempDir Path tmp;

  @Test
  void aCopyOfTheProjectsKnowledgeFilesGetsTheSharedLoad() {
    Path data = SeedData.copyTo(tmp);
    assertSame(
        ProjectKnowledge.knowledge(),
        ProjectKnowledge.ifSameFiles(Path.of("ontology"), data).orElseThrow());
    assertSame(
        ProjectKnowledge.knowledge(),
        ProjectKnowledge.ifSameFiles(SeedData.copyOntologyTo(tmp), data).orElseThrow());
  }

  @Test
  void aChangedGazetteerRuleOrVocabularyGetsNone() throws IOException {
    Path data = SeedData.copyTo(tmp.resolve("a"));
    Path places = data.resolve("gazetteer/world-places.tsv");
    List<String> rows = Files.readAllLines(places);
    Files.write(places, rows.subList(0, rows.size() - 1));
    assertEquals(Optional.empty(), ProjectKnowledge.ifSameFiles(Path.of("ontology"), data));

    Path other = SeedData.copyTo(tmp.resolve("b"));
    Files.writeString(
        other.resolve("rules/platforms.txt"),
        "Pigeon Post\n",
        java.nio.file.StandardOpenOption.APPEND);
    assertEquals(Optional.empty(), ProjectKnowledge.ifSameFiles(Path.of("ontology"), other));

    Path ontology = SeedData.copyOntologyTo(tmp.resolve("c"));
    Files.writeString(ontology.resolve("vocab/new.ttl"), "# another vocabulary\n");
    assertEquals(
        Optional.empty(),
        ProjectKnowledge.ifSameFiles(ontology, SeedData.copyTo(tmp.resolve("c"))));
  }
}
