package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.table.WordList;
import org.w3id.pfkg.vocab.Slug;

/**
 * The places of a sentence, from the gazetteer (curated and imported): an imported name that is
 * part of a longer capitalised name ("Cui Weiping", "Florence Adeyemi") or a demonym is no place,
 * and a stop-listed name masks its characters ("York" is not found inside "New York").
 */
final class PlaceHits {
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s$");
  // Name particles may stand between: "Martinez de la Serna" is a person, not the town Martinez.
  private static final Pattern WORD_AFTER =
      Pattern.compile(
          "^\\s(?:(?:de|del|da|dos|das|la|van|von|der|bin|ibn)\\s)*(\\p{Lu}[\\p{L}'’]*)");
  private static final String STOPPED = "\u0000stop-listed";

  private final Knowledge knowledge;
  private final NameMatcher places;
  private final Set<String> placeSuffixes;
  private final PlaceContexts placeContexts;

  /** A word after a city's name that names the region called after it ("the Almaty region"). */
  private final Pattern regionAfter;

  PlaceHits(Knowledge knowledge) {
    this.knowledge = knowledge;
    // Stop-listed words are matched too, under a key of their own, so that they mask their
    // characters: "York" is not found inside a stop-listed "New York".
    var placeNames = new LinkedHashMap<>(knowledge.names(EntityKind.PLACE));
    placeNames.put(STOPPED, List.copyOf(knowledge.placeStoplist()));
    this.places =
        new NameMatcher(
            placeNames, key -> !key.equals(STOPPED) && !knowledge.gazetteer().get(key).curated());
    this.placeSuffixes = knowledge.placeSuffixes();
    this.placeContexts = PlaceContexts.read(knowledge.rulesDir(), knowledge.notNameWords());
    this.regionAfter =
        Pattern.compile(
            WordList.read(knowledge.rulesDir().resolve("region-words.txt")).stream()
                .collect(Collectors.joining("|", "\\s+(", ")\\b")),
            Pattern.CASE_INSENSITIVE);
  }

  /** The places of a sentence in the characters not {@code taken} yet. */
  List<EntityHit> find(String sentence, boolean[] taken) {
    List<EntityHit> hits = new ArrayList<>();
    for (NameMatcher.Hit hit : places.find(sentence, taken)) {
      place(sentence, hit).ifPresent(hits::add);
    }
    contextPlaces(sentence, taken, hits);
    return hits;
  }

  /** The keys of the imported and curated places that have this name (stop-listed words aside). */
  List<String> keysNamed(String name) {
    return places.keysNamed(name).stream().filter(k -> !k.equals(STOPPED)).toList();
  }

  /**
   * Places the gazetteer does not hold, found by their context ("the Karpala district of
   * Ouagadougou"), inside the known place the context names.
   */
  private void contextPlaces(String sentence, boolean[] taken, List<EntityHit> hits) {
    Map<Integer, String> placeAt = new HashMap<>();
    hits.stream()
        .filter(h -> h.kind() == EntityKind.PLACE)
        .forEach(h -> placeAt.put(h.start(), h.key()));
    for (PlaceContexts.Found f : placeContexts.find(sentence, placeAt.keySet())) {
      if (Taken.free(taken, f.start(), f.end()) && !knowledge.isDemonym(f.name())) {
        Arrays.fill(taken, f.start(), f.end(), true);
        hits.add(
            new EntityHit(
                EntityKind.PLACE,
                Slug.of(f.name()),
                f.name(),
                f.start(),
                f.end(),
                Optional.empty(),
                f.inPlaceAt().map(placeAt::get),
                false));
      }
    }
  }

  /** The key of the place a text opens with ("Urumqi" in "Urumqi, where ..."). */
  Optional<String> opening(String text) {
    return places.find(text, new boolean[text.length()]).stream()
        .filter(h -> h.start() == 0 && !h.key().equals(STOPPED))
        .map(NameMatcher.Hit::key)
        .findFirst();
  }

  /** Whether a name is that of a known place (the imported layer included). */
  boolean isPlace(String name) {
    return !places.find(name, new boolean[name.length()]).stream()
        .filter(h -> h.start() == 0 && h.end() == name.length() && !h.key().equals(STOPPED))
        .toList()
        .isEmpty();
  }

  /** "Saudi", "Iran": words that name a people or a country, never a facility or an outlet. */
  boolean demonymOrCountry(String name) {
    if (knowledge.isDemonym(name)) {
      return true;
    }
    return places.find(name, new boolean[name.length()]).stream()
        .anyMatch(
            h ->
                h.start() == 0
                    && h.end() == name.length()
                    && !h.key().equals(STOPPED)
                    && "country".equals(knowledge.gazetteer().get(h.key()).extra()));
  }

  private Optional<EntityHit> place(String sentence, NameMatcher.Hit hit) {
    // "US$1,500", "HK$": a currency's prefix names no place of the case.
    boolean currency = hit.end() < sentence.length() && sentence.charAt(hit.end()) == '$';
    if (hit.key().equals(STOPPED) || currency) {
      return Optional.empty();
    }
    Knowledge.GazetteerEntry entry = knowledge.gazetteer().get(hit.key());
    String surface = sentence.substring(hit.start(), hit.end());
    Matcher region = regionAfter.matcher(sentence.substring(hit.end()));
    if ("city".equals(entry.extra()) && region.lookingAt()) {
      // "the Almaty region", "the Altai region": the region named after a city, not the city.
      Optional<Knowledge.GazetteerEntry> named = regionNamedAfter(entry, region.group(1));
      if (named.isEmpty()) {
        return Optional.empty();
      }
      entry = named.get();
    }
    if (!entry.curated()
        && (insideLongerName(sentence, hit.start())
            || beforeLongerName(sentence, hit.end())
            || knowledge.isDemonym(surface))) {
      return Optional.empty();
    }
    // "Berlin-based" names a place; "U.S. Congress-funded" is kept out by the organisation.
    boolean adjectival =
        EntityFinder.adjectival(sentence, hit.end()) && !sentence.startsWith("-based", hit.end());
    return Optional.of(
        new EntityHit(
            EntityKind.PLACE,
            entry.key(),
            surface,
            hit.start(),
            hit.end(),
            Optional.empty(),
            Optional.of(entry.within()).filter(w -> !w.isEmpty()),
            adjectival));
  }

  /**
   * Whether a name follows another capitalised word that does not open the sentence: the imported
   * town "Weiping" in "Cui Weiping" is part of a person's name.
   */
  private static boolean insideLongerName(String sentence, int start) {
    Matcher before = WORD_BEFORE.matcher(sentence.substring(0, start));
    return before.find() && before.start() > 0 && Character.isUpperCase(before.group(1).charAt(0));
  }

  /**
   * The region a city's name stands for before a word such as "region" or "oblast": the one keyed
   * by the name and that word ("almaty-region"), else the region the city lies in when its key
   * starts with the city's ("tambov-oblast", "manzini-region"); none when the gazetteer holds no
   * such region (a namesake city elsewhere is not what the text names).
   */
  private Optional<Knowledge.GazetteerEntry> regionNamedAfter(
      Knowledge.GazetteerEntry city, String word) {
    var gazetteer = knowledge.gazetteer();
    String byWord = city.key() + "-" + word.toLowerCase(Locale.ROOT);
    if (gazetteer.containsKey(byWord) && "region".equals(gazetteer.get(byWord).extra())) {
      return Optional.of(gazetteer.get(byWord));
    }
    if (city.within().startsWith(city.key() + "-")
        && gazetteer.containsKey(city.within())
        && "region".equals(gazetteer.get(city.within()).extra())) {
      return Optional.of(gazetteer.get(city.within()));
    }
    return Optional.empty();
  }

  /**
   * Whether a name is followed by a capitalised word other than a place suffix: the imported town
   * "Florence" in "Florence Adeyemi" is a first name.
   */
  private boolean beforeLongerName(String sentence, int end) {
    Matcher after = WORD_AFTER.matcher(sentence.substring(end));
    return after.find()
        && !placeSuffixes.contains(after.group(1).toLowerCase(Locale.ROOT))
        && !knowledge.notNameWords().contains(after.group(1).toLowerCase(Locale.ROOT));
  }
}
