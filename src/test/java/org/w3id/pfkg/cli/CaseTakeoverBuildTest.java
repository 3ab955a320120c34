package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedData;

/**
 * A new file cannot take over a case by giving its id, whichever of the two files is read first:
 * through the real build, the newcomer is the one refused, at the line of its {@code "id"}, naming
 * the file that holds the id; the case is published as the file named after it says.
 */
@Tag("slow")
class CaseTakeoverBuildTest {
  // Sorts before the seed's gulmire-imin.txt, so that path order alone would hand it the id.
  private static final String NEWCOMER = "aaa-newcomer.json";

  private static String union(Path out) throws IOException {
    return Files.readString(out.resolve("current/dumps/pfkg.ttl"));
  }

  @Test
  void aRecordGivingTheIdOfAnotherFileIsRefusedAndTheCaseKept(@TempDir Path tmp)
      throws IOException {
    Path data = SeedData.copyTo(tmp);
    Path cases = data.resolve("cases");
    Files.writeString(
        cases.resolve(NEWCOMER),
        "{\n"
            + "  \"name\": \"Other Person\",\n"
            + "  \"id\": \"gulmire-imin\",\n"
            + "  \"text\": \"Other Person, a made-up reporter, was detained on May 2, 2020.\"\n"
            + "}\n");
    Path out = tmp.resolve("out");

    CliRun refused = CliRun.of("build", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(Files.notExists(out.resolve("current")), "nothing may be published");

    CliRun kept =
        CliRun.of("build", "--keep-going", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.PARTIAL, kept.code(), kept.err());
    String expected =
        cases.resolve(NEWCOMER)
            + ":3:9: error: expected a unique document id, but \"gulmire-imin\" is the id of "
            + cases.resolve(SeedData.SEED)
            + ", which is named after it";
    assertTrue(kept.err().contains(expected), kept.err());
    assertEquals(1, kept.err().lines().filter(l -> l.contains(": error:")).count(), kept.err());
    assertTrue(kept.out().contains("1 cases (1 documents)"), kept.out());
    String dump = union(out);
    assertTrue(dump.contains("\"Gulmire Imin\""), "the seed case is published");
    assertFalse(dump.contains("Other Person"), "nothing of the newcomer is published");
  }

  @Test
  void twoFilesNamedAfterTheSameIdAreBothRefused(@TempDir Path tmp) throws IOException {
    Path data = SeedData.copyTo(tmp);
    Path cases = data.resolve("cases");
    // A second profile text named after the seed's id, in a folder that sorts first: neither file
    // can be shown to be the case's own, so neither is taken.
    Path sub = Files.createDirectories(cases.resolve("0-new"));
    Files.writeString(
        sub.resolve(SeedData.SEED),
        "Other Person\n\nOther Person, a made-up reporter, was detained on May 2, 2020.\n");
    Files.writeString(
        cases.resolve("someone-else.txt"),
        "Someone Else\n\nSomeone Else, a made-up editor, was detained on June 3, 2021.\n");
    Path out = tmp.resolve("out");

    CliRun kept =
        CliRun.of("build", "--keep-going", "--data", data.toString(), "--out", out.toString());

    assertEquals(ExitCodes.PARTIAL, kept.code(), kept.err());
    assertTrue(
        kept.err()
            .contains(
                sub.resolve(SeedData.SEED)
                    + ": error: expected a unique document id, but \"gulmire-imin\" is also given"
                    + " by "
                    + cases.resolve(SeedData.SEED)),
        kept.err());
    assertTrue(
        kept.err()
            .contains(
                cases.resolve(SeedData.SEED)
                    + ": error: expected a unique document id, but \"gulmire-imin\" is also given"
                    + " by "
                    + sub.resolve(SeedData.SEED)),
        kept.err());
    assertTrue(kept.out().contains("1 cases (1 documents)"), kept.out());
    String dump = union(out);
    assertFalse(dump.contains("Other Person"), "neither claimant is published");
    assertTrue(dump.contains("Someone Else"), "the other cases are");
  }
}
