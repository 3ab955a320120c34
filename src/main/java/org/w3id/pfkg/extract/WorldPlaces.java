package org.w3id.pfkg.extract;

import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.gazetteer.GazetteerTables;

/**
 * The imported layer of the place gazetteer as the engine matches it: {@code world-places.tsv}
 * (GeoNames-derived, see data/gazetteer/README.md) less the names of the stoplist, common words
 * that are also the names of places ("Reading", "Police", "Of"). Countries come first, then
 * regions, then cities by falling population, so that of two places with the same name the bigger
 * is tried first.
 */
final class WorldPlaces {
  private WorldPlaces() {}

  static List<Knowledge.GazetteerEntry> of(GazetteerTables tables) {
    Set<String> stop = stoplist(tables);
    return tables.worldPlaces().stream()
        .map(place -> entry(place, stop))
        .sorted(
            Comparator.comparingInt(WorldPlaces::order)
                .thenComparing(
                    Comparator.comparingLong(Knowledge.GazetteerEntry::population).reversed()))
        .toList();
  }

  /** A stop-listed place stays known (for containment and linking) but is never matched. */
  private static Knowledge.GazetteerEntry entry(GazetteerEntity place, Set<String> stop) {
    return new Knowledge.GazetteerEntry(
        place.key(),
        stop.contains(Fold.of(place.name())) ? "" : place.name(),
        place.variants().stream().filter(v -> !stop.contains(Fold.of(v))).toList(),
        EntityKind.PLACE,
        place.category(),
        place.within().orElse(""),
        false,
        place.population());
  }

  /** Countries, big cities ("Ankara" the city before its province), regions, small cities. */
  private static int order(Knowledge.GazetteerEntry e) {
    return switch (e.extra()) {
      case "country" -> 0;
      case "region" -> 2;
      default -> e.population() >= EntityFinder.CONTEXT_FREE_POPULATION ? 1 : 3;
    };
  }

  static Set<String> stoplist(GazetteerTables tables) {
    return tables.stoplist().stream().map(Fold::of).collect(Collectors.toUnmodifiableSet());
  }
}
