package org.w3id.pfkg.build;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.w3id.pfkg.gazetteer.Gazetteer;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.problem.InputException;
import org.w3id.pfkg.problem.Location;
import org.w3id.pfkg.rdf.CaseCountry;

/**
 * The rule of the cases' {@code pf:country} as the build applies it: the event types of {@code
 * data/rules/country-events.txt} and the gazetteer's countries (the place a key lies in, the
 * country a name or variant names).
 */
final class CaseCountries {
  static final String EVENTS = "rules/country-events.txt";
  static final String VETOES = "rules/country-vetoes.txt";

  private CaseCountries() {}

  /**
   * Reads the rule from a data folder, with the countries of its gazetteer (read by the caller,
   * which links with it too); without the events file no case gets a country.
   */
  static CaseCountry read(Path dataDir, Gazetteer gazetteer) {
    Path file = dataDir.resolve(EVENTS);
    if (!Files.isRegularFile(file)) {
      return CaseCountry.NONE;
    }
    Path vetoes = dataDir.resolve(VETOES);
    return of(
        eventTypes(file), Files.isRegularFile(vetoes) ? eventTypes(vetoes) : Set.of(), gazetteer);
  }

  static CaseCountry of(Set<String> eventTypes, Gazetteer gazetteer) {
    return of(eventTypes, Set.of(), gazetteer);
  }

  static CaseCountry of(Set<String> eventTypes, Set<String> vetoTypes, Gazetteer gazetteer) {
    // A name two countries share names neither.
    Map<String, String> byName = new HashMap<>();
    Set<String> shared = new HashSet<>();
    for (GazetteerEntity e : gazetteer.entities()) {
      if (!e.isPlace() || !e.category().equals("country")) {
        continue;
      }
      for (String name : Stream.concat(Stream.of(e.name()), e.variants().stream()).toList()) {
        String folded = name.strip().toLowerCase(Locale.ROOT);
        String before = byName.putIfAbsent(folded, e.key());
        if (before != null && !before.equals(e.key())) {
          shared.add(folded);
        }
      }
    }
    shared.forEach(byName::remove);
    return new CaseCountry(
        eventTypes,
        vetoTypes,
        key -> gazetteer.find("place/" + key).flatMap(gazetteer::country).map(GazetteerEntity::key),
        name -> Optional.ofNullable(byName.get(name.strip().toLowerCase(Locale.ROOT))),
        key ->
            gazetteer
                .find("place/" + key)
                .map(e -> Stream.concat(Stream.of(e.name()), e.variants().stream()).toList())
                .orElse(List.of()));
  }

  private static Set<String> eventTypes(Path file) {
    try (Stream<String> lines = Files.lines(file)) {
      return lines
          .map(String::strip)
          .filter(l -> !l.isEmpty() && !l.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new InputException(Location.of(file), "cannot read " + EVENTS + ": " + e, e);
    }
  }
}
