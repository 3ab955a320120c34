package org.w3id.pfkg.publish;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.build.BuildPipeline;
import org.w3id.pfkg.build.BuildReport;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.vocab.Iris;

/** Each manifest names the release it replaced and says how the graphs changed. */
@Tag("slow")
class ReleaseHistoryTest {
  @Test
  void changesAreCountedPerGraphBothWays() {
    PreviousRelease before =
        new PreviousRelease("r1", 2, 30, new TreeMap<>(Map.of("a", 10L, "b", 20L)));
    assertEquals(Map.of("a", 5L, "b", -20L, "c", 7L), before.changesTo(Map.of("a", 15L, "c", 7L)));
    assertEquals(Map.of(), before.changesTo(Map.of("a", 10L, "b", 20L)));
  }

  @Test
  void secondBuildNamesTheFirstAsPrevious(@TempDir Path dir) throws IOException {
    // The first build is the seed's (built once per JVM with the tests' shared engine), copied;
    // the second builds on the copy, loading its knowledge from the files and extracting afresh
    // (no cache), so "same counts" below also says that a build over a prepared engine
    // (BuildPipeline.withExtractor) publishes what a build that loads its own does.
    BuildReport first = SeedBuild.report();
    Path out = SeedBuild.copyTo(dir);
    BuildConfig config =
        new BuildConfig(
            out.resolve("data"), Path.of("ontology"), out, false, Iris.DEFAULT_BASE, false);
    BuildReport second = new BuildPipeline(config).withoutCache().run(p -> {});
    JsonNode manifest =
        new ObjectMapper()
            .readTree(second.release().resolve("dumps").resolve("manifest.json").toFile());
    JsonNode previous = manifest.get("previous");
    assertEquals(first.releaseId(), previous.get("release").asText());
    assertEquals(first.triples(), previous.get("triples").asLong());
    assertEquals(manifest.get("graphs"), previous.get("graphs"), "same input, same counts");
    assertEquals(0, manifest.get("changes").get("triples").asLong());
    assertEquals(0, manifest.get("changes").get("graphs").size());
  }
}
