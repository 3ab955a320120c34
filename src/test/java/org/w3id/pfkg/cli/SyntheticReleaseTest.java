package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Synthetic cases build only on request, are marked so, and are not served by default. */
@Tag("slow")
class SyntheticReleaseTest {
  @Test
  void syntheticBuildIsMarkedAndServeRefusesItWithoutTheFlag(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("synth");
    Path out = tmp.resolve("kg");
    CliRun synth = CliRun.of("synth", "--cases", "6", "--seed", "2", "--out", corpus.toString());
    assertEquals(0, synth.code(), synth.err());

    CliRun refused = CliRun.of("build", "--data", corpus.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(refused.err().contains("Synthetic: yes"), refused.err());
    assertTrue(Files.notExists(out.resolve("current")), "nothing may be published");

    CliRun built =
        CliRun.of(
            "build", "--allow-synthetic", "--data", corpus.toString(), "--out", out.toString());
    assertEquals(0, built.code(), built.err());
    assertTrue(built.out().contains("6 cases"), built.out());
    assertTrue(
        new ObjectMapper()
            .readTree(out.resolve("dumps/manifest.json").toFile())
            .get("synthetic")
            .asBoolean());

    CliRun served = CliRun.of("serve", "--port", "0", "--out", out.toString());
    assertEquals(ExitCodes.CONFIG, served.code(), served.err());
    assertTrue(served.err().contains("--allow-synthetic"), served.err());
  }
}
