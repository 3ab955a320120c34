package org.w3id.pfkg.link;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVRecord;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;

/**
 * The places and organisations of {@code data/gazetteer/}, read for linking: the extraction engine
 * reads the same files for matching names in text.
 */
public final class Gazetteer {
  private final Map<String, GazetteerEntity> byEntity;

  private Gazetteer(Map<String, GazetteerEntity> byEntity) {
    this.byEntity = byEntity;
  }

  public static Gazetteer of(List<GazetteerEntity> entities) {
    Map<String, GazetteerEntity> map = new LinkedHashMap<>();
    entities.forEach(e -> map.put(e.entity(), e));
    return new Gazetteer(map);
  }

  /** The curated places, which win over the imported ones. */
  public static final String CURATED_PLACES = "gazetteer/places.tsv";

  /** The places imported from GeoNames-derived data ({@link WorldPlacesImport}). */
  public static final String WORLD_PLACES = "gazetteer/world-places.tsv";

  /**
   * Reads {@code places.tsv}, {@code world-places.tsv} and {@code organizations.tsv} under {@code
   * DATA/gazetteer/}. A curated place wins over an imported one of the same key, which only lends
   * it its coordinates.
   */
  public static Gazetteer read(Path dataDir) {
    Map<String, GazetteerEntity> map = new LinkedHashMap<>();
    readCurated(dataDir).entities().forEach(e -> map.put(e.entity(), e));
    for (CSVRecord row : rows(dataDir.resolve(WORLD_PLACES))) {
      GazetteerEntity imported = place(row).withPoint(point(row));
      map.merge(
          imported.entity(),
          imported,
          (curated, world) ->
              curated.point().isPresent() ? curated : curated.withPoint(world.point()));
    }
    return new Gazetteer(map);
  }

  /** Reads the curated tables only: {@code places.tsv} and {@code organizations.tsv}. */
  public static Gazetteer readCurated(Path dataDir) {
    Path dir = dataDir.resolve("gazetteer");
    List<GazetteerEntity> all = new ArrayList<>();
    for (CSVRecord row : rows(dataDir.resolve(CURATED_PLACES))) {
      // A curated place the import does not hold (a town under its rule) has its own coordinates.
      all.add(place(row).withPoint(point(row)));
    }
    for (CSVRecord row : rows(dir.resolve("organizations.tsv"))) {
      String category = row.get("kind");
      all.add(
          new GazetteerEntity(
              category.equals("outlet") ? "outlet" : "org",
              row.get("key"),
              row.get("name"),
              variants(row.get("variants")),
              category,
              optional(row.get("description")),
              Optional.empty()));
    }
    return of(all);
  }

  private static GazetteerEntity place(CSVRecord row) {
    return new GazetteerEntity(
        "place",
        row.get("key"),
        row.get("name"),
        variants(row.get("variants")),
        row.get("type"),
        Optional.empty(),
        optional(row.get("within")));
  }

  private static Optional<GazetteerEntity.Point> point(CSVRecord row) {
    if (!row.isMapped("lat") || row.get("lat").isBlank() || row.get("long").isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new GazetteerEntity.Point(
              new BigDecimal(row.get("lat").strip()), new BigDecimal(row.get("long").strip())));
    } catch (NumberFormatException e) {
      throw new InputException(
          new Location(Path.of(WORLD_PLACES), (int) row.getRecordNumber() + 1, 1),
          "not a decimal coordinate: '" + row.get("lat") + "', '" + row.get("long") + "'");
    }
  }

  public List<GazetteerEntity> entities() {
    return List.copyOf(byEntity.values());
  }

  public Optional<GazetteerEntity> find(String entity) {
    return Optional.ofNullable(byEntity.get(entity));
  }

  /** The places a place lies in, nearest first (region, then country); stops at a cycle. */
  public List<GazetteerEntity> containers(GazetteerEntity place) {
    List<GazetteerEntity> chain = new ArrayList<>();
    Optional<String> next = place.within();
    while (next.isPresent()) {
      Optional<GazetteerEntity> up = find("place/" + next.get());
      if (up.isEmpty() || chain.contains(up.get()) || up.get().equals(place)) {
        break;
      }
      chain.add(up.get());
      next = up.get().within();
    }
    return chain;
  }

  /** The country a place lies in (or is), if the gazetteer says. */
  public Optional<GazetteerEntity> country(GazetteerEntity place) {
    if (place.category().equals("country")) {
      return Optional.of(place);
    }
    return containers(place).stream().filter(p -> p.category().equals("country")).findFirst();
  }

  private static List<CSVRecord> rows(Path file) {
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return LinkTable.TSV.parse(in).getRecords();
    } catch (IOException | IllegalArgumentException e) {
      throw new InputException(Location.of(file), "cannot read the gazetteer table: " + e, e);
    }
  }

  private static List<String> variants(String field) {
    return field.isBlank()
        ? List.of()
        : Arrays.stream(field.split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList();
  }

  private static Optional<String> optional(String field) {
    return field == null || field.isBlank() ? Optional.empty() : Optional.of(field.strip());
  }
}
