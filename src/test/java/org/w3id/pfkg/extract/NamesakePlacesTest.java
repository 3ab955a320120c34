package org.w3id.pfkg.extract;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3id.pfkg.cases.CaseReader;

/**
 * A word of the journalist's own name is no place, whatever town the gazetteer knows by it (on a
 * text written for this test about a made-up person). Regression: "Wa Lone ... arrested in Yangon"
 * gave an arrest in Loni, India, whose GeoNames names include "Lone".
 */
class NamesakePlacesTest {
  private static Extractor extractor;
  @TempDir static Path dir;

  @BeforeAll
  static void load() {
    extractor = new Extractor(Knowledge.load(Path.of("ontology"), Path.of("data")));
  }

  private static CaseFacts extract(String name, String narrative) throws IOException {
    Path file = dir.resolve(name.toLowerCase(Locale.ROOT).replace(' ', '-') + ".txt");
    Files.writeString(file, name + "\n\n" + narrative + "\n");
    return extractor.extract(new CaseReader().read(file));
  }

  @Test
  void aNameWordThatIsATownElsewhereIsNoPlaceOfTheCase() throws IOException {
    CaseFacts facts =
        extract(
            "Thet Lone",
            "Thet Lone, a photographer for a weekly, was arrested in Yangon on March 2, 2021.");
    List<String> places = facts.places().stream().map(NamedEntity::key).toList();
    assertFalse(places.contains("loni"), places.toString());
    assertEquals(
        List.of(Optional.of("yangon")),
        facts.events().stream().map(EventFact::place).toList(),
        facts.events().toString());
  }
}
