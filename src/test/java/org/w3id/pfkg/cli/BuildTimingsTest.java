package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedData;

/** {@code build --timings} names every phase in the order it ran, with its seconds. */
@Tag("slow")
class BuildTimingsTest {
  @Test
  void timingsListEveryPhaseOnce(@TempDir Path tmp) {
    Path data = SeedData.copyTo(tmp);
    CliRun run =
        CliRun.of(
            "build",
            "--timings",
            "--data",
            data.toString(),
            "--out",
            tmp.resolve("out").toString());
    assertEquals(ExitCodes.OK, run.code(), run.err());
    String line = run.out().lines().filter(l -> l.startsWith("phases: ")).findFirst().orElseThrow();
    Matcher phase = Pattern.compile("([a-z+]+) (\\d+\\.\\d\\d) s").matcher(line);
    List<String> names = new java.util.ArrayList<>();
    double total = 0;
    while (phase.find()) {
      names.add(phase.group(1));
      total += Double.parseDouble(phase.group(2));
    }
    assertEquals(
        List.of(
            "fingerprint",
            "copy",
            "setup",
            "read+extract+map+validate+load",
            "summaries",
            "link",
            "validate",
            "describe",
            "dumps",
            "publish"),
        names,
        line);
    assertTrue(total > 0.1, line);
    assertTrue(run.out().contains("cache: 1 document(s) extracted, 0 reused"), run.out());
  }

  @Test
  void aRebuildTakesTheUnchangedDocumentFromTheCacheUnlessNoCache(@TempDir Path tmp) {
    Path data = SeedData.copyTo(tmp);
    String out = tmp.resolve("out").toString();
    String[] build = {"build", "--timings", "--data", data.toString(), "--out", out};
    assertEquals(ExitCodes.OK, CliRun.of(build).code());
    CliRun again = CliRun.of(build);
    assertEquals(ExitCodes.OK, again.code(), again.err());
    assertTrue(again.out().contains("cache: 0 document(s) extracted, 1 reused"), again.out());
    CliRun clean =
        CliRun.of("build", "--timings", "--no-cache", "--data", data.toString(), "--out", out);
    assertEquals(ExitCodes.OK, clean.code(), clean.err());
    assertTrue(clean.out().contains("cache: 1 document(s) extracted, 0 reused"), clean.out());
    assertFalse(clean.out().contains("fingerprint"), clean.out());
  }
}
