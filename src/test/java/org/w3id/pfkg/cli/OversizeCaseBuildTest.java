package org.w3id.pfkg.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.SeedData;
import org.w3id.pfkg.config.BuildConfig;
import org.w3id.pfkg.publish.ReleaseFiles;

/**
 * The limits per case document through the real command line: a document over the character limit
 * is refused when it is read, at the first character over it, and with {@code --keep-going} the
 * other cases are published; a document whose graph is over the triple limit is refused by name.
 */
@Tag("slow")
class OversizeCaseBuildTest {
  /** Header lines of the generated document, up to the narrative. */
  private static final String HEADERS = "Synthetic Oversize Reporter\n\nSynthetic: yes\n\n";

  /**
   * A clearly synthetic profile whose one-line narrative takes it past the default limit; written
   * at test time, never kept in data/.
   */
  private static Path writeOversize(Path cases) throws IOException {
    String sentence = "This synthetic sentence only makes the document long. ";
    StringBuilder text = new StringBuilder(HEADERS);
    while (text.length() <= BuildConfig.DEFAULT_MAX_CASE_CHARS + 50_000) {
      text.append(sentence);
    }
    Path file = cases.resolve("synthetic-oversize.txt");
    Files.writeString(file, text, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void anOversizeDocumentIsRefusedWhenReadAndTheOtherCasesArePublished(@TempDir Path tmp)
      throws IOException {
    Path data = SeedData.copyTo(tmp);
    Path out = tmp.resolve("out");
    Path oversize = writeOversize(data.resolve("cases"));
    int chars = Files.readString(oversize).length();
    int column = BuildConfig.DEFAULT_MAX_CASE_CHARS - HEADERS.length() + 1;
    String expected =
        oversize
            + ":5:"
            + column
            + ": error: expected a case document of at most "
            + BuildConfig.DEFAULT_MAX_CASE_CHARS
            + " characters (--max-case-chars), found "
            + chars;

    CliRun refused = CliRun.of("build", "--data", data.toString(), "--out", out.toString());
    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(refused.err().contains(expected), refused.err());
    assertFalse(Files.exists(out.resolve("current")), "nothing is published");

    CliRun kept =
        CliRun.of("build", "--keep-going", "--data", data.toString(), "--out", out.toString());
    // --keep-going's exit code for a build with rejected documents is not this test's concern.
    assertNotEquals(ExitCodes.FAILED, kept.code(), kept.err());
    assertTrue(kept.err().contains(expected), kept.err());
    assertTrue(kept.out().contains("1 cases (1 documents)"), kept.out());
    assertTrue(kept.out().contains("1 problem(s) in rejected documents"), kept.out());
    ReleaseFiles.assertDumpsMatchTheirChecksums(out.resolve("current").resolve("dumps"));
  }

  @Test
  void theCharacterLimitIsAnOption(@TempDir Path tmp) throws IOException {
    Path data = SeedData.copyTo(tmp);
    Path seed = data.resolve("cases").resolve(SeedData.SEED);
    String text = Files.readString(seed);

    CliRun refused =
        CliRun.of(
            "build",
            "--max-case-chars",
            "1000",
            "--data",
            data.toString(),
            "--out",
            tmp.resolve("out").toString());

    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                seed
                    + ":"
                    + text.substring(0, 1000).lines().count()
                    + ":"
                    + (1000 - text.lastIndexOf('\n', 999))
                    + ": error: expected a case document of at most 1000 characters"
                    + " (--max-case-chars), found "
                    + text.codePointCount(0, text.length())),
        refused.err());
  }

  @Test
  void aDocumentOverTheTripleLimitIsRefusedByName(@TempDir Path tmp) {
    Path data = SeedData.copyTo(tmp);
    Path seed = data.resolve("cases").resolve(SeedData.SEED);

    CliRun refused =
        CliRun.of(
            "build",
            "--keep-going",
            "--max-case-triples",
            "10",
            "--data",
            data.toString(),
            "--out",
            tmp.resolve("out").toString());

    assertEquals(ExitCodes.FAILED, refused.code(), refused.err());
    assertTrue(
        refused
            .err()
            .contains(
                seed
                    + ": error: case 'gulmire-imin' rejected: expected at most 10 triples from one"
                    + " case document (--max-case-triples), found "),
        refused.err());
  }
}
