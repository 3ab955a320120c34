package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.cases.CaseReader;
import org.w3id.pfkg.facts.CaseFacts;
import org.w3id.pfkg.facts.NamedEntity;
import org.w3id.pfkg.facts.Summary;

/**
 * The {@code Country:} header names the case's country: the engine gives it as a place, so that the
 * graph describes the place the case's {@code pf:country} points at, but the summary of GOLD.md
 * lists only the places the narrative names. Made-up people.
 */
class HeaderCountryTest {
  @TempDir Path dir;

  private CaseFacts extract(String headers, String narrative) throws IOException {
    Path file = dir.resolve("vera-holm.txt");
    Files.writeString(file, "Vera Holm\n" + headers + "\n" + narrative + "\n");
    return ProjectEngine.extractor().extract(new CaseReader().read(file));
  }

  private static List<String> places(CaseFacts facts) {
    return facts.places().stream().map(NamedEntity::key).toList();
  }

  private static List<String> summaryPlaces(CaseFacts facts) {
    List<String> out = new ArrayList<>();
    for (JsonNode p : Summary.of(facts).get("places")) {
      out.add(p.asText());
    }
    return out;
  }

  @Test
  void aCountryTheNarrativeDoesNotNameIsAPlaceOfTheCaseButNotOfTheSummary() throws IOException {
    CaseFacts facts =
        extract(
            "Country: Morocco\nOutlet:\n",
            "Vera Holm, a columnist, was jailed in 2016 after an article on the courts.");
    assertEquals(List.of("morocco"), places(facts));
    assertEquals(
        List.of(Summary.HEADER_PLACE_RULE),
        facts.places().get(0).evidence().stream().map(e -> e.rule()).toList());
    assertEquals(List.of(), summaryPlaces(facts));
  }

  @Test
  void aCountryTheNarrativeAlsoNamesStaysInTheSummary() throws IOException {
    CaseFacts facts =
        extract(
            "Country: Morocco\n",
            "Vera Holm, a columnist, was jailed in Morocco in 2016 after an article on the courts.");
    assertEquals(List.of("morocco"), places(facts));
    assertEquals(List.of("Morocco"), summaryPlaces(facts));
  }

  @Test
  void aValueTheGazetteerDoesNotKnowWholeGivesNoPlace() throws IOException {
    CaseFacts unknown =
        extract("Country: Atlantis\n", "Vera Holm, a columnist, was jailed in 2016.");
    assertEquals(List.of(), places(unknown));
    CaseFacts partly =
        extract("Country: Morocco and elsewhere\n", "Vera Holm, a columnist, was jailed in 2016.");
    assertTrue(places(partly).isEmpty(), places(partly)::toString);
  }
}
