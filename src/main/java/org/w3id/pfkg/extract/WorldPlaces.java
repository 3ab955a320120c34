package org.w3id.pfkg.extract;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.EntityKind;

/**
 * The imported layer of the place gazetteer: {@code world-places.tsv} (GeoNames-derived, see
 * data/gazetteer/README.md) less the names of {@code stoplist.txt}, common words that are also the
 * names of places ("Reading", "Police", "Of"). Countries come first, then regions, then cities by
 * falling population, so that of two places with the same name the bigger is tried first.
 */
final class WorldPlaces {
  static final String FILE = "world-places.tsv";
  static final String STOPLIST = "stoplist.txt";

  private WorldPlaces() {}

  /** The imported places under a gazetteer folder; none when it has no world-places table. */
  static List<Knowledge.GazetteerEntry> read(Path gazetteerDir) {
    Path file = gazetteerDir.resolve(FILE);
    if (!Files.isRegularFile(file)) {
      return List.of();
    }
    Set<String> stop = stoplist(gazetteerDir.resolve(STOPLIST));
    return RuleTable.read(file).stream()
        .map(
            row ->
                new Knowledge.GazetteerEntry(
                    row.get("key"),
                    row.get("name"),
                    row.list("variants").stream().filter(v -> !stop.contains(Fold.of(v))).toList(),
                    EntityKind.PLACE,
                    row.get("type"),
                    row.cells().getOrDefault("within", "").strip(),
                    false,
                    population(row)))
        .map(e -> stop.contains(Fold.of(e.name())) ? withoutName(e) : e)
        .sorted(
            Comparator.comparingInt(WorldPlaces::order)
                .thenComparing(
                    Comparator.comparingLong(Knowledge.GazetteerEntry::population).reversed()))
        .toList();
  }

  /** A stop-listed place stays known (for containment and linking) but is never matched. */
  private static Knowledge.GazetteerEntry withoutName(Knowledge.GazetteerEntry e) {
    return new Knowledge.GazetteerEntry(
        e.key(), "", e.variants(), e.kind(), e.extra(), e.within(), false, e.population());
  }

  private static long population(RuleTable.Row row) {
    String p = row.cells().getOrDefault("population", "").strip();
    return p.isEmpty() ? 0 : Long.parseLong(p);
  }

  /** Countries, big cities ("Ankara" the city before its province), regions, small cities. */
  private static int order(Knowledge.GazetteerEntry e) {
    return switch (e.extra()) {
      case "country" -> 0;
      case "region" -> 2;
      default -> e.population() >= EntityFinder.CONTEXT_FREE_POPULATION ? 1 : 3;
    };
  }

  static Set<String> stoplist(Path file) {
    if (!Files.isRegularFile(file)) {
      return Set.of();
    }
    return WordList.read(file).stream().map(Fold::of).collect(Collectors.toUnmodifiableSet());
  }
}
