package org.w3id.pfkg.cases;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.w3id.pfkg.cases.Fixtures.failure;
import static org.w3id.pfkg.cases.Fixtures.fixture;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.problem.Problem;
import org.w3id.pfkg.problem.ProblemCollector;

class CaseReaderTest {
  private final CaseReader reader = new CaseReader();

  @Test
  void folderReadingKeepsGoodFilesAndReportsEachBadOne() {
    Path dir = fixture("folder");
    ProblemCollector problems = new ProblemCollector();

    List<CaseDocument> docs = reader.readAll(dir, problems);

    assertEquals(
        List.of(dir.resolve("a-good.txt"), dir.resolve("sub/b-good.json")),
        docs.stream().map(CaseDocument::file).toList());
    assertEquals(
        List.of(
            dir.resolve("bad-empty.txt") + ":1:1: error: expected a name line, found no text",
            dir.resolve("bad-malformed.json")
                + ":4:3: error: expected well-formed JSON: Unexpected character ('\"' (code 34)):"
                + " was expecting comma to separate Object entries",
            dir.resolve("sub/bad-no-name.txt")
                + ":1:1: error: expected a name line before the header fields,"
                + " found a `Field: value` line"),
        problems.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void secondFileWithTheSameDocumentIdIsReportedNamingBoth() {
    Path dir = fixture("duplicates");
    ProblemCollector problems = new ProblemCollector();

    List<CaseDocument> docs = reader.readAll(dir, problems);

    assertEquals(
        List.of(dir.resolve("gulmire-imin.txt")), docs.stream().map(CaseDocument::file).toList());
    assertEquals(
        List.of(
            dir.resolve("profile.json")
                + ":2:9: error: expected a unique document id, but \"gulmire-imin\" is the id of "
                + dir.resolve("gulmire-imin.txt")
                + ", which is named after it; give this document an id of its own (and a"
                + " \"case\" naming \"gulmire-imin\" if it is about that case)"),
        problems.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void fileWithAnotherExtensionIsRejectedNamingTheAcceptedOnes() {
    Path file = fixture("folder/notes.md");
    assertEquals(
        file + ": expected a case document ending in .txt (profile text) or .json (record)",
        failure(() -> reader.read(file)));
  }

  @Test
  void missingFileIsRejected(@TempDir Path dir) {
    Path file = dir.resolve("missing.txt");
    assertEquals(
        file + ": expected a readable file, found NoSuchFileException",
        failure(() -> reader.read(file)));
  }

  @Test
  void folderReadingOfAFileIsRejected() {
    Path file = fixture("text/gulmire-imin.txt");
    assertEquals(
        file
            + ": expected a folder of case documents ending in .txt (profile text) or .json"
            + " (record)",
        failure(() -> reader.readAll(file, new ProblemCollector())));
  }
}
