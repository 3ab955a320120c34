package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.problem.PfkgException;
import org.w3id.pfkg.publish.ReleaseLayout;
import org.w3id.pfkg.vocab.Iris;

/**
 * A rebuild from the live release copies its store on a thread of its own while the documents are
 * read; a rebuild refused by its input leaves no staged release behind, and no copy running.
 */
class RefusedRebuildTest {
  @Test
  void aRefusedRebuildLeavesTheLiveReleaseAndNothingElse(@TempDir Path in, @TempDir Path out)
      throws IOException {
    Path data = SeedData.copyTo(in);
    BuildReport first = pipeline(data, out).run(p -> {});
    ReleaseLayout layout = new ReleaseLayout(out);

    // A curation that names no fact of the case refuses the build (CurationBuildTest).
    Files.createDirectories(data.resolve("curation"));
    Files.writeString(
        data.resolve("curation/gulmire-imin.json"),
        "{\"operations\": [{\"editor\": \"A. Editor\", \"date\": \"2025-01-15\", \"reason\":"
            + " \"gone\", \"action\": \"remove\", \"event\": \"release-2030\"}]}\n");
    assertThrows(PfkgException.class, () -> pipeline(data, out).run(p -> {}));

    assertEquals(List.of(first.release().getFileName()), names(layout.releases()));
    assertEquals(first.release().toRealPath(), layout.live().orElseThrow().toRealPath());
    assertTrue(
        Thread.getAllStackTraces().keySet().stream()
            .noneMatch(t -> t.getName().equals("pfkg-store-copy") && t.isAlive()),
        "the copy of the live store has ended");
  }

  private static List<Path> names(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.map(Path::getFileName).sorted().toList();
    }
  }

  private static BuildPipeline pipeline(Path data, Path out) {
    return new BuildPipeline(
            new BuildConfig(data, Path.of("ontology"), out, false, Iris.DEFAULT_BASE, false))
        .withExtractor(ProjectKnowledge.extractor());
  }
}
