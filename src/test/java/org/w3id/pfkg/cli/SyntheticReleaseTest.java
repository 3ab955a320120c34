package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Synthetic cases build only on request, are marked so, and are not served by default. */
class SyntheticReleaseTest {
  private record Run(int code, String out, String err) {}

  private static Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = Main.commandLine();
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int code = cli.execute(args);
    return new Run(code, out.toString(), err.toString());
  }

  @Test
  void syntheticBuildIsMarkedAndServeRefusesItWithoutTheFlag(@TempDir Path tmp) throws IOException {
    Path corpus = tmp.resolve("synth");
    Path out = tmp.resolve("kg");
    Run synth = run("synth", "--cases", "6", "--seed", "2", "--out", corpus.toString());
    assertEquals(0, synth.code(), synth.err());

    Run refused = run("build", "--data", corpus.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(refused.err().contains("Synthetic: yes"), refused.err());
    assertTrue(Files.notExists(out.resolve("current")), "nothing may be published");

    Run built =
        run("build", "--allow-synthetic", "--data", corpus.toString(), "--out", out.toString());
    assertEquals(0, built.code(), built.err());
    assertTrue(built.out().contains("6 cases"), built.out());
    assertTrue(
        new ObjectMapper()
            .readTree(out.resolve("dumps/manifest.json").toFile())
            .get("synthetic")
            .asBoolean());

    Run served = run("serve", "--port", "0", "--out", out.toString());
    assertEquals(ExitCodes.CONFIG, served.code(), served.err());
    assertTrue(served.err().contains("--allow-synthetic"), served.err());
  }
}
