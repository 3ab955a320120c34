package org.w3id.pfkg.build;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.rdf.CaseCountry;

/** The build's country rule over a made-up gazetteer, and the rule file of data/. */
class CaseCountriesTest {
  private static GazetteerEntity place(String key, String name, String type, String within) {
    return new GazetteerEntity(
        "place",
        key,
        name,
        List.of(key.equals("ostria") ? "Republic of Ostria" : "Georgia"),
        type,
        Optional.empty(),
        Optional.ofNullable(within));
  }

  private static final Gazetteer GAZETTEER =
      Gazetteer.of(
          List.of(
              place("ostria", "Ostria", "country", null),
              place("lowmarch", "Lowmarch", "region", "ostria"),
              place("velmora", "Velmora", "city", "lowmarch"),
              place("dunmark", "Dunmark", "country", null),
              place("tbilmark", "Tbilmark", "country", null)));

  @Test
  void aPlaceClimbsToItsCountryAndANameTwoCountriesShareNamesNone() {
    CaseCountry rule = CaseCountries.of(Set.of("arrest"), GAZETTEER);
    assertEquals(Optional.of("ostria"), rule.countryOfPlace().apply("velmora"));
    assertEquals(Optional.of("ostria"), rule.countryOfPlace().apply("ostria"));
    assertEquals(Optional.empty(), rule.countryOfPlace().apply("atlantis"));
    assertEquals(Optional.of("ostria"), rule.countryNamed().apply(" republic of ostria "));
    // Dunmark and Tbilmark both carry the variant "Georgia": it names neither.
    assertEquals(Optional.empty(), rule.countryNamed().apply("Georgia"));
  }

  @Test
  void theRuleFileOfDataListsStateActsAndNoRelease() {
    CaseCountry rule = CaseCountries.read(Path.of("data"), Gazetteer.read(Path.of("data")));
    assertTrue(rule.eventTypes().containsAll(Set.of("arrest", "detention", "sentencing")));
    assertTrue(rule.eventTypes().stream().noneMatch(Set.of("release", "death")::contains));
  }

  @Test
  void everyCountryHeaderOfDataNamesACountryOfTheGazetteer() throws IOException {
    CaseCountry rule = CaseCountries.read(Path.of("data"), Gazetteer.read(Path.of("data")));
    List<String> headers = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("data", "cases"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
        for (String line : Files.readAllLines(file)) {
          if (line.isBlank()) {
            break; // the header block ends at the first blank line
          }
          if (line.startsWith("Country:")) {
            String name = line.substring("Country:".length()).strip();
            headers.add(name);
            assertTrue(rule.countryNamed().apply(name).isPresent(), file + ": " + name);
          }
        }
      }
    }
    // A misspelt header would silently leave its case without a country.
    assertTrue(headers.size() >= 20, headers::toString);
    assertEquals(
        Optional.of("democratic-republic-of-the-congo"),
        rule.countryNamed().apply("Democratic Republic of the Congo"));
  }
}
