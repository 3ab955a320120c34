package org.w3id.pfkg.gazetteer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3id.pfkg.text.Folding;

/**
 * Which places of the source bear which names, to keep a city's alternate names from claiming
 * another place. GeoNames lists translations and historical names among a city's alternate names:
 * "Bethlehem" (the meaning of Belém, Brazil) is also the own name of towns in Palestine, South
 * Africa and the United States, "Islamabad" (an old name of Chattogram) is Pakistan's capital, and
 * "Nicaragua" is listed for the city of Rivas. The rule: an alternate name that is a country's name
 * is dropped; one that is the own name of a place in another country is dropped too, unless it is a
 * spelling of the city's own name (the same first three letters: "Geneva" for Genève) and the city
 * is bigger than every such namesake.
 */
final class Namesakes {
  private static final int SPELLING_PREFIX = 3;

  private record Bearer(String geonameId, String countryCode, long population) {}

  private final Map<String, List<Bearer>> byName;
  private final Set<String> countryNames;

  private Namesakes(Map<String, List<Bearer>> byName, Set<String> countryNames) {
    this.byName = byName;
    this.countryNames = countryNames;
  }

  /** The own names (name and ASCII name) of every place of the source, and the country names. */
  static Namesakes of(List<GeoNamesSource.City> cities, List<GeoNamesSource.Country> countries) {
    Map<String, List<Bearer>> byName = new HashMap<>();
    for (GeoNamesSource.City c : cities) {
      Bearer b = new Bearer(c.geonameId(), c.countryCode(), c.population());
      Set<String> own = new HashSet<>();
      own.add(Folding.fold(c.name()));
      own.add(Folding.fold(c.asciiName()));
      own.forEach(n -> byName.computeIfAbsent(n, k -> new ArrayList<>()).add(b));
    }
    Set<String> countryNames = new HashSet<>();
    countries.forEach(c -> countryNames.add(Folding.fold(c.name())));
    return new Namesakes(byName, countryNames);
  }

  /** Whether {@code variant} may name the city {@code c} (see the class comment for the rule). */
  boolean usable(String variant, GeoNamesSource.City c) {
    String folded = Folding.fold(variant);
    if (countryNames.contains(folded)) {
      return false;
    }
    List<Bearer> abroad =
        byName.getOrDefault(folded, List.of()).stream()
            .filter(b -> !b.geonameId().equals(c.geonameId()))
            .filter(b -> !b.countryCode().equals(c.countryCode()))
            .toList();
    return abroad.isEmpty()
        || (spelling(folded, c) && abroad.stream().allMatch(b -> b.population() < c.population()));
  }

  private static boolean spelling(String folded, GeoNamesSource.City c) {
    return samePrefix(folded, Folding.fold(c.name()))
        || samePrefix(folded, Folding.fold(c.asciiName()));
  }

  private static boolean samePrefix(String a, String b) {
    return a.length() >= SPELLING_PREFIX
        && b.length() >= SPELLING_PREFIX
        && a.regionMatches(0, b, 0, SPELLING_PREFIX);
  }
}
