package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.ProjectKnowledge;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.Summary;

/** Outlets in lists and appositives, on invented texts about invented journalists. */
class OutletListsTest {
  private static Extractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    extractor = ProjectKnowledge.extractor();
  }

  private static List<String> outlets(String name, String narrative) throws IOException {
    Path file = dir.resolve("case.txt");
    Files.writeString(file, name + "\n\n" + narrative + "\n");
    JsonNode summary = Summary.of(extractor.extract(new CaseReader().read(file)));
    List<String> out = new ArrayList<>();
    summary.get("outlets").forEach(o -> out.add(o.asText()));
    return out;
  }

  @Test
  void aListAfterIncludingNamesEveryOutlet() throws IOException {
    List<String> o =
        outlets(
            "Adwoa Nyarko",
            "Nyarko has written for The Coast Ledger and for regional papers including the Harbour"
                + " Courier, The Lagoon Herald and The Delta Mirror.");
    assertTrue(o.containsAll(List.of("Harbour Courier", "Lagoon Herald", "Delta Mirror")), o + "");
  }

  @Test
  void anOutletForWhichTheJournalistWorksIsHers() throws IOException {
    List<String> o =
        outlets(
            "Adwoa Nyarko",
            "Police questioned Nyarko on May 2, 2031, about a story in Lagoon Web TV, the private"
                + " news website for which Nyarko reports.");
    assertTrue(o.contains("Lagoon Web TV"), o.toString());
  }

  @Test
  void aNameWithALowercaseParticleIsTheJournalistAtTheStartOfASentence() throws IOException {
    List<String> o =
        outlets(
            "Karim al-Rashidi",
            "Al-Rashidi, a designer for the newspaper Al-Fanar and other outlets, was arrested on"
                + " May 2, 2031.");
    assertTrue(o.contains("Al-Fanar"), o.toString());
  }

  /**
   * Outlets as world reporting names them: "for outlets including X, Y and Z", "filed stories for
   * X", a sentence that opens with the role ("A columnist for the dailies X and Y, she ..."), the
   * service of a broadcaster, a new magazine in an appositive, a bimonthly, and "the X website and
   * for the newspaper Y".
   */
  @Test
  void theWaysReportingNamesAJournalistsOutlets() throws IOException {
    List<String> o =
        outlets(
            "Adwoa Nyarko",
            "A columnist for the Ruritanian dailies Morning Lantern and Evening Courier, she headed"
                + " a press office in the 1990s. Nyarko, who has covered crime for outlets"
                + " including the Tarn Gazette and Radio Lumen, was arrested on May 2, 2030. She"
                + " filed stories for The Daily Ledger. Nyarko is the publishing director of the"
                + " privately owned investigative bimonthly L'Horizon. She is a correspondent for"
                + " the Tatar service of Radio Free Europe/Radio Liberty. Nyarko later became chief"
                + " editor of a new magazine, Perspectiva. She wrote for the Nyarko-e-News website"
                + " and for the newspaper Sentinela.");
    assertTrue(
        o.containsAll(
            List.of(
                "Morning Lantern",
                "Evening Courier",
                "Tarn Gazette",
                "Radio Lumen",
                "Daily Ledger",
                "L'Horizon",
                "Radio Free Europe/Radio Liberty",
                "Perspectiva",
                "Nyarko-e-News",
                "Sentinela")),
        o.toString());
    assertTrue(!o.contains("Tatar"), o.toString());
  }

  @Test
  void aSentenceOpeningWithARoleOfAnotherPersonLinksNoOutlet() throws IOException {
    List<String> o =
        outlets(
            "Adwoa Nyarko",
            "Nyarko was arrested on May 2, 2030. A reporter for the Harbour Courier, Kofi Mensah,"
                + " said she was held in Tamale.");
    assertTrue(!o.contains("Harbour Courier"), o.toString());
  }
}
