package org.w3id.pfkg.gazetteer;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.table.WordList;

/**
 * The tables of a {@code data/gazetteer/} folder, read in one place for the extraction engine
 * (which matches their names in text) and for linking (which describes and reconciles them).
 *
 * @param curatedPlaces {@code places.tsv}: hand-kept places, which win over imported ones
 * @param organizations {@code organizations.tsv}: outlets, media groups, organisations, authorities
 * @param worldPlaces {@code world-places.tsv}: the places imported by rule ({@link
 *     WorldPlacesImport}); empty when read without them or when the folder has none
 * @param demonyms each country key's demonyms ({@code demonyms.tsv}), in file order
 * @param placeSuffixes {@code place-suffixes.txt}: words that end a place name ("Province")
 * @param stoplist {@code stoplist.txt}: common words that are also names of imported places
 */
public record GazetteerTables(
    List<GazetteerEntity> curatedPlaces,
    List<GazetteerEntity> organizations,
    List<GazetteerEntity> worldPlaces,
    Map<String, List<String>> demonyms,
    List<String> placeSuffixes,
    List<String> stoplist) {

  public static final String CURATED_PLACES = "places.tsv";
  public static final String ORGANIZATIONS = "organizations.tsv";
  public static final String WORLD_PLACES = "world-places.tsv";
  public static final String DEMONYMS = "demonyms.tsv";
  public static final String PLACE_SUFFIXES = "place-suffixes.txt";
  public static final String STOPLIST = "stoplist.txt";

  private static final LastRead LAST_READ = new LastRead();

  /** Every file the tables are read from. */
  static final List<String> FILES =
      List.of(CURATED_PLACES, ORGANIZATIONS, WORLD_PLACES, DEMONYMS, PLACE_SUFFIXES, STOPLIST);

  public GazetteerTables {
    curatedPlaces = List.copyOf(curatedPlaces);
    organizations = List.copyOf(organizations);
    worldPlaces = List.copyOf(worldPlaces);
    demonyms = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(demonyms));
    placeSuffixes = List.copyOf(placeSuffixes);
    stoplist = List.copyOf(stoplist);
  }

  /**
   * Every table of the folder; a missing optional table reads as empty. A build reads them twice
   * (the engine's matcher, the case countries and entities graph) and the test JVM runs many builds
   * over the same files: tables whose bytes were parsed last time are not parsed again ({@link
   * LastRead}).
   */
  public static GazetteerTables read(Path folder) {
    return LAST_READ.tables(folder, () -> read(folder, true));
  }

  /** The hand-kept tables only, without the (large) imported world places. */
  public static GazetteerTables readCurated(Path folder) {
    return read(folder, false);
  }

  private static GazetteerTables read(Path folder, boolean withWorld) {
    List<GazetteerEntity> places = new ArrayList<>();
    List<GazetteerEntity> organizations = new ArrayList<>();
    Set<String> keys = new HashSet<>();
    for (RuleTable.Row row : rows(folder.resolve(CURATED_PLACES))) {
      unique(keys, row);
      places.add(place(row));
    }
    for (RuleTable.Row row : rows(folder.resolve(ORGANIZATIONS))) {
      unique(keys, row);
      organizations.add(organization(row));
    }
    List<GazetteerEntity> world =
        withWorld
            ? rows(folder.resolve(WORLD_PLACES)).stream().map(GazetteerTables::place).toList()
            : List.of();
    Map<String, List<String>> demonyms = new LinkedHashMap<>();
    for (RuleTable.Row row : rows(folder.resolve(DEMONYMS))) {
      demonyms.put(row.get("key"), row.list("demonyms"));
    }
    return new GazetteerTables(
        places,
        organizations,
        world,
        demonyms,
        words(folder.resolve(PLACE_SUFFIXES)),
        words(folder.resolve(STOPLIST)));
  }

  /** A key names one curated entity: the IRIs and the matcher both rest on it. */
  private static void unique(Set<String> keys, RuleTable.Row row) {
    if (!keys.add(row.get("key"))) {
      throw new InputException(
          new Location(row.file(), (int) row.line(), 1),
          "duplicate gazetteer key '" + row.get("key") + "'");
    }
  }

  private static GazetteerEntity place(RuleTable.Row row) {
    return new GazetteerEntity(
        "place",
        row.get("key"),
        row.get("name"),
        row.list("variants"),
        row.get("type"),
        Optional.empty(),
        optional(row, "within"),
        point(row),
        population(row));
  }

  private static GazetteerEntity organization(RuleTable.Row row) {
    String category = row.get("kind");
    return new GazetteerEntity(
        category.equals("outlet") ? "outlet" : "org",
        row.get("key"),
        row.get("name"),
        row.list("variants"),
        category,
        optional(row, "description"),
        Optional.empty());
  }

  private static Optional<GazetteerEntity.Point> point(RuleTable.Row row) {
    String lat = cell(row, "lat");
    String lon = cell(row, "long");
    if (lat.isEmpty() || lon.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(new GazetteerEntity.Point(new BigDecimal(lat), new BigDecimal(lon)));
    } catch (NumberFormatException e) {
      throw new InputException(
          new Location(row.file(), (int) row.line(), 1),
          "not a decimal coordinate: '" + lat + "', '" + lon + "'");
    }
  }

  private static long population(RuleTable.Row row) {
    String p = cell(row, "population");
    try {
      return p.isEmpty() ? 0 : Long.parseLong(p);
    } catch (NumberFormatException e) {
      throw new InputException(
          new Location(row.file(), (int) row.line(), 1), "not a whole population: '" + p + "'");
    }
  }

  private static Optional<String> optional(RuleTable.Row row, String column) {
    String value = cell(row, column);
    return value.isEmpty() ? Optional.empty() : Optional.of(value);
  }

  private static String cell(RuleTable.Row row, String column) {
    return row.cells().getOrDefault(column, "").strip();
  }

  private static List<RuleTable.Row> rows(Path file) {
    return Files.isRegularFile(file) ? RuleTable.read(file) : List.of();
  }

  private static List<String> words(Path file) {
    return Files.isRegularFile(file) ? WordList.read(file) : List.of();
  }
}
