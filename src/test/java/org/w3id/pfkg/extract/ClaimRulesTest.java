package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.ClaimKind;

/** The kinds of claims of data/rules/claims.tsv, on sentences written for this test. */
class ClaimRulesTest {
  @TempDir static Path dir;

  private static List<ClaimKind> kinds(String narrative) throws IOException {
    Path file = dir.resolve("dana-koval.txt");
    Files.writeString(file, "Dana Koval\nSources:\n\n" + narrative + "\n");
    return ProjectKnowledge.extractor().extract(new CaseReader().read(file)).claims().stream()
        .map(c -> c.kind())
        .toList();
  }

  @Test
  void aPartyThatDeniesSomethingMakesADenial() throws IOException {
    assertEquals(
        List.of(ClaimKind.DENIAL),
        kinds("Dana Koval was detained in May 2021. The interior ministry denied beating her."));
    assertEquals(
        List.of(ClaimKind.DENIAL),
        kinds("Dana Koval was detained in May 2021. The charges were denied by her employer."));
  }

  @Test
  void bailOrVisitsDeniedToTheJournalistAreNoDenial() throws IOException {
    assertEquals(
        List.of(),
        kinds(
            "Dana Koval was detained in May 2021 and was denied bail in June. A judge denied her"
                + " family visits, and she has been denied medical care since."));
  }
}
