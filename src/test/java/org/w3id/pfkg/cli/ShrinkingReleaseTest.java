package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedBuild;

/**
 * A build that would lose more than --max-shrink of the live release's cases is refused and the
 * live release stays; growth passes; --accept-shrink publishes the smaller release.
 */
class ShrinkingReleaseTest {
  private static final String SECOND_CASE = "ilham-tohti";

  @Test
  void aShrinkIsRefusedUnlessAcceptedAndGrowthPasses(@TempDir Path dir) throws IOException {
    // The live release of one case: a copy of the seed's, built once per JVM.
    Path out = SeedBuild.copyTo(dir.resolve("out"));
    Path data = out.resolve("data");
    String[] build = {"build", "--data", data.toString(), "--out", out.toString()};
    assertEquals(1, SeedBuild.report().cases());

    copySecondCase(data);
    CliRun grown = CliRun.of(build);
    assertEquals(ExitCodes.OK, grown.code(), grown.err());
    assertTrue(grown.out().contains(": 2 cases"), grown.out());
    Path live = out.resolve("current").toRealPath();

    removeSecondCase(data);
    CliRun refused = CliRun.of(build);
    assertEquals(ExitCodes.FAILED, refused.code(), refused.out());
    assertTrue(refused.err().contains("cases 2 -> 1 (-50.0 %)"), refused.err());
    assertTrue(refused.err().contains("stays live"), refused.err());
    assertEquals(live, out.resolve("current").toRealPath(), "the live release stays");

    CliRun accepted =
        CliRun.of("build", "--accept-shrink", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.OK, accepted.code(), accepted.err());
    assertTrue(accepted.out().contains(": 1 cases"), accepted.out());
    assertTrue(accepted.err().contains("warning: the release shrinks"), accepted.err());
  }

  private static void copySecondCase(Path data) throws IOException {
    try (Stream<Path> files = Files.list(Path.of("data/cases"))) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith(SECOND_CASE)).toList()) {
        Files.copy(f, data.resolve("cases").resolve(f.getFileName()));
      }
    }
  }

  private static void removeSecondCase(Path data) throws IOException {
    try (Stream<Path> files = Files.list(data.resolve("cases"))) {
      for (Path f :
          files.filter(f -> f.getFileName().toString().startsWith(SECOND_CASE)).toList()) {
        Files.delete(f);
      }
    }
  }
}
