package org.w3id.pfkg.serve.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReleaseChangesTest {
  @Test
  void readsAddedRemovedAndChangedCasesFromTheManifest(@TempDir Path dumps) throws IOException {
    Files.writeString(
        dumps.resolve("manifest.json"),
        """
        {"release": "r2", "triples": 1500,
         "graphs": {"https://w3id.org/pfkg/graph/case/a": 500,
                    "https://w3id.org/pfkg/graph/case/c": 300,
                    "https://w3id.org/pfkg/graph/vocabulary": 700},
         "previous": {"release": "r1", "triples": 1000,
                      "graphs": {"https://w3id.org/pfkg/graph/case/a": 400,
                                 "https://w3id.org/pfkg/graph/case/b": 100,
                                 "https://w3id.org/pfkg/graph/vocabulary": 700}}}
        """);
    ReleaseChanges changes = ReleaseChanges.read(dumps).orElseThrow();
    assertEquals("r1", changes.previous());
    assertEquals(500, changes.triples());
    assertEquals(List.of("c"), changes.added());
    assertEquals(List.of("b"), changes.removed());
    assertEquals(List.of("a"), changes.changed());
    assertTrue(changes.otherGraphs().isEmpty());
  }

  @Test
  void aFirstReleaseHasNoChanges(@TempDir Path dumps) throws IOException {
    Files.writeString(dumps.resolve("manifest.json"), "{\"release\": \"r1\", \"graphs\": {}}");
    assertTrue(ReleaseChanges.read(dumps).isEmpty());
  }
}
