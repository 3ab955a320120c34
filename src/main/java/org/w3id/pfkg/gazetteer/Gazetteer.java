package org.w3id.pfkg.gazetteer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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

  /**
   * Reads the tables under {@code DATA/gazetteer/} ({@link GazetteerTables}). A curated place wins
   * over an imported one of the same key, which only lends it its coordinates.
   */
  public static Gazetteer read(Path dataDir) {
    GazetteerTables tables = GazetteerTables.read(dataDir.resolve(FOLDER));
    Map<String, GazetteerEntity> map = new LinkedHashMap<>();
    curated(tables).forEach(e -> map.put(e.entity(), e));
    for (GazetteerEntity imported : tables.worldPlaces()) {
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
    return of(curated(GazetteerTables.readCurated(dataDir.resolve(FOLDER))));
  }

  /** The folder of the gazetteer tables under a data folder. */
  public static final String FOLDER = "gazetteer";

  private static List<GazetteerEntity> curated(GazetteerTables tables) {
    List<GazetteerEntity> all = new ArrayList<>(tables.curatedPlaces());
    all.addAll(tables.organizations());
    return all;
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
}
