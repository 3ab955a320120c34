package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.publish.ReleaseLayout;

/**
 * Header values that would become IRIs are checked when a document is read: a build with a {@code
 * javascript:} Source URL and a Sources URL that is no IRI names both at FILE:LINE:COL and
 * publishes neither; the dumps of what it does publish parse in rapper.
 */
@Tag("slow")
class HeaderIriBuildTest {
  @Test
  void badHeaderIrisAreRefusedAndTheDumpsStayValid(@TempDir Path tmp) throws Exception {
    Path data = SeedData.copyTo(tmp);
    Path out = tmp.resolve("out");
    Path cases = data.resolve("cases");
    Files.copy(
        Path.of("src/test/resources/bad-input/script-source-url.txt"),
        cases.resolve("script-source-url.txt"));
    Files.copy(
        Path.of("src/test/resources/bad-input/bad-sources.txt"), cases.resolve("bad-sources.txt"));

    CliRun refused = CliRun.of("build", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                cases.resolve("script-source-url.txt")
                    + ":2:13: error: expected an absolute http(s) URL for Source URL"),
        refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                cases.resolve("bad-sources.txt")
                    + ":2:33: error: expected an absolute http(s) URL for Sources"),
        refused.err());

    CliRun kept =
        CliRun.of("build", "--keep-going", "--data", data.toString(), "--out", out.toString());
    assertTrue(new ReleaseLayout(out).live().isPresent(), kept.out() + kept.err());
    Path turtle = new ReleaseLayout(out).dumps().resolve("pfkg.ttl");
    String dump = Files.readString(turtle);
    assertFalse(dump.contains("javascript:"), "the script URL is not published");
    assertFalse(dump.contains("example.org/a"), "the bad Sources URL is not published");
    assertRapperReads(turtle);
  }

  private static void assertRapperReads(Path turtle) throws IOException, InterruptedException {
    Path rapper = Path.of("/usr/bin/rapper");
    if (!Files.isExecutable(rapper)) {
      return; // .ci/run installs raptor2-utils; EndToEndTest says so when it is missing
    }
    Process run =
        new ProcessBuilder(rapper.toString(), "-i", "turtle", "-c", turtle.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(run.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertEquals(0, run.waitFor(), output);
    assertFalse(output.contains("Error"), output);
  }
}
