package org.w3id.pfkg.rdf;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;
import org.w3id.pfkg.vocab.Iris;
import org.w3id.pfkg.vocab.PF;
import org.w3id.pfkg.vocab.SCHEMA;

/**
 * The country of a case: where the state that persecutes the journalist acts (docs/MODEL.md, {@code
 * pf:country}). A derived fact, decided in this order:
 *
 * <ol>
 *   <li>a {@code Country:} header of the case's documents that names a country of the gazetteer
 *       (all such headers must agree);
 *   <li>else the country the gazetteer puts the places of the journalist's state acts in (the event
 *       types of {@code data/rules/country-events.txt}: arrest, detention, trial, ...), when they
 *       all lie in one country. A place the gazetteer cannot place is climbed along the case
 *       graph's {@code schema:containedInPlace} (a prison "in Amman"); a place one of whose names
 *       is a word of the journalist's name is skipped, as the name misread as a place ("Hassan" of
 *       Ahmed Hassan, the town "Lone" of Wa Lone).
 * </ol>
 *
 * <p>Two countries among the headers, or among the acts' places, give no country: a case tried in
 * one state after an arrest in another, or a place the text names for something else, would
 * otherwise publish a wrong one. A pure function of the case graph and the gazetteer's answers.
 *
 * @param eventTypes the slugs of the event types whose place counts
 * @param vetoTypes the slugs of the event types whose place, in another country, leaves the case
 *     without one (a release, a death or a disappearance elsewhere says the acts' place may be
 *     misread; {@code data/rules/country-vetoes.txt})
 * @param countryOfPlace the key of the country a place key lies in (or is), if the gazetteer knows
 * @param countryNamed the key of the country a name or variant names, if the gazetteer knows
 * @param placeNames the name and variants of a place key, empty when the gazetteer does not know it
 */
public record CaseCountry(
    Set<String> eventTypes,
    Set<String> vetoTypes,
    Function<String, Optional<String>> countryOfPlace,
    Function<String, Optional<String>> countryNamed,
    Function<String, List<String>> placeNames) {
  /** No country for any case: for tests and tools without a gazetteer. */
  public static final CaseCountry NONE =
      new CaseCountry(
          Set.of(), Set.of(), key -> Optional.empty(), name -> Optional.empty(), key -> List.of());

  private static final String HEADER = "country";

  /** A rule without vetoes. */
  public CaseCountry(
      Set<String> eventTypes,
      Function<String, Optional<String>> countryOfPlace,
      Function<String, Optional<String>> countryNamed,
      Function<String, List<String>> placeNames) {
    this(eventTypes, Set.of(), countryOfPlace, countryNamed, placeNames);
  }

  public CaseCountry {
    eventTypes = Set.copyOf(eventTypes);
    vetoTypes = Set.copyOf(vetoTypes);
    Objects.requireNonNull(countryOfPlace, "countryOfPlace");
    Objects.requireNonNull(countryNamed, "countryNamed");
    Objects.requireNonNull(placeNames, "placeNames");
  }

  /** The key of the journalist's country in the case graph {@code in}, if it is one. */
  public Optional<String> of(Model in, Resource journalist, Iris iris) {
    Set<String> headed = new TreeSet<>();
    for (Resource field : in.listSubjectsWithProperty(RDF.type, PF.HeaderField).toList()) {
      Statement name = field.getProperty(PF.fieldName);
      Statement value = field.getProperty(PF.fieldValue);
      if (name != null
          && value != null
          && name.getString().strip().toLowerCase(Locale.ROOT).equals(HEADER)) {
        countryNamed.apply(value.getString().strip()).ifPresent(headed::add);
      }
    }
    if (!headed.isEmpty()) {
      return single(headed);
    }
    Set<String> nameWords = words(journalist);
    Set<String> acted = new TreeSet<>();
    Set<String> elsewhere = new TreeSet<>();
    for (Resource event : in.listSubjectsWithProperty(PF.concerns, journalist).toList()) {
      Set<String> into =
          isOf(event, eventTypes, iris) ? acted : isOf(event, vetoTypes, iris) ? elsewhere : null;
      if (into == null) {
        continue;
      }
      for (RDFNode where : in.listObjectsOfProperty(event, SCHEMA.location).toList()) {
        if (where.isURIResource()) {
          country(where.asResource(), iris, nameWords, new TreeSet<>()).ifPresent(into::add);
        }
      }
    }
    Optional<String> one = single(acted);
    return one.filter(c -> elsewhere.stream().allMatch(c::equals));
  }

  /** The country of a place: the gazetteer's, else that of the place the case graph puts it in. */
  private Optional<String> country(
      Resource place, Iris iris, Set<String> nameWords, Set<String> seen) {
    String places = iris.place("").getURI();
    if (!place.getURI().startsWith(places) || !seen.add(place.getURI())) {
      return Optional.empty();
    }
    String key = place.getURI().substring(places.length());
    if (placeNames.apply(key).stream().anyMatch(n -> nameWords.contains(fold(n)))) {
      return Optional.empty();
    }
    Optional<String> known = countryOfPlace.apply(key);
    if (known.isPresent()) {
      return known;
    }
    for (RDFNode up :
        place.getModel().listObjectsOfProperty(place, SCHEMA.containedInPlace).toList()) {
      if (up.isURIResource()) {
        Optional<String> found = country(up.asResource(), iris, nameWords, seen);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }

  /** The words of the journalist's names, folded. */
  private static Set<String> words(Resource journalist) {
    Set<String> words = new TreeSet<>();
    for (Statement s : journalist.listProperties(SCHEMA.name).toList()) {
      if (s.getObject().isLiteral()) {
        for (String w : s.getString().split("[\\s-]+")) {
          if (!w.isBlank()) {
            words.add(fold(w));
          }
        }
      }
    }
    return words;
  }

  private static String fold(String s) {
    return s.strip().toLowerCase(Locale.ROOT);
  }

  private static boolean isOf(Resource event, Set<String> types, Iris iris) {
    return types.stream().anyMatch(slug -> event.hasProperty(PF.eventType, iris.eventType(slug)));
  }

  private static Optional<String> single(Set<String> countries) {
    return countries.size() == 1 ? Optional.of(countries.iterator().next()) : Optional.empty();
  }
}
