package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedBuild;
import org.w3id.pfkg.publish.ReleaseFiles;

/**
 * A build over data with broken files, through the real command line: refused with exit 1 and a
 * {@code FILE:LINE:COLUMN} line per broken file, leaving the live store and dumps byte for byte as
 * they were; with {@code --keep-going} the good case is published and the rejected files listed.
 */
@Tag("slow")
class BrokenInputBuildTest {
  private static void copyBadInput(String name, Path cases) throws IOException {
    Files.copy(Path.of("src/test/resources/bad-input", name), cases.resolve(name));
  }

  private static long releaseCount(Path out) throws IOException {
    try (Stream<Path> list = Files.list(out.resolve("releases"))) {
      return list.count();
    }
  }

  @Test
  void brokenFilesRefuseThePublishAndLeaveTheLiveReleaseUntouched(@TempDir Path tmp)
      throws IOException {
    // The live release: a copy of the seed's, built once per JVM (a build of our own would be
    // the same release, made again).
    Path out = SeedBuild.copyTo(tmp.resolve("out"));
    Path data = out.resolve("data");
    Path live = out.resolve("current").toRealPath();
    Map<String, String> before = ReleaseFiles.checksums(live);

    Path cases = data.resolve("cases");
    copyBadInput("invalid-utf8.txt", cases);
    copyBadInput("header-without-colon.txt", cases);
    copyBadInput("wrong-types.json", cases);
    CliRun refused = CliRun.of("build", "--data", data.toString(), "--out", out.toString());

    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                cases.resolve("header-without-colon.txt")
                    + ":4:1: error: expected `Field: value` or a blank line before the narrative"),
        refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                cases.resolve("invalid-utf8.txt")
                    + ":5:21: error: expected UTF-8 text, found invalid byte 0xDC"),
        refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                cases.resolve("wrong-types.json")
                    + ":4:11: error: expected a string for \"case\", found an array"),
        refused.err());
    assertTrue(refused.err().contains("3 problem(s) in the input; nothing was published"));
    assertEquals(live, out.resolve("current").toRealPath(), "current still names the old release");
    assertEquals(
        before, ReleaseFiles.checksums(live), "store and dumps are byte for byte the same");
    assertEquals(1, releaseCount(out), "no half-built release is left behind");

    CliRun kept =
        CliRun.of("build", "--keep-going", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.PARTIAL, kept.code(), kept.err());
    assertTrue(kept.out().contains("1 cases (1 documents)"), kept.out());
    assertTrue(kept.out().contains("3 problem(s) in rejected documents"), kept.out());
    assertTrue(kept.err().contains("invalid-utf8.txt:5:21: error:"), kept.err());
    Path published = out.resolve("current").toRealPath();
    assertNotEquals(live, published);
    ReleaseFiles.assertDumpsMatchTheirChecksums(published.resolve("dumps"));
    assertEquals(before, ReleaseFiles.checksums(live), "the previous release is kept as it was");
  }
}
