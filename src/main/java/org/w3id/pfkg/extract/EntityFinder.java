package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.vocab.Slug;

/**
 * Finds the facilities, outlets, organisations and places of one sentence, in that order, each
 * masking its characters from the later ones: "Xinjiang" inside "Xinjiang No. 2 Prison" is part of
 * a facility's name, not a place mention. The gazetteer names and links what it knows; the shapes
 * of names ({@link OrganisationShapes}, {@link FacilityNames}) and the contexts of outlets ({@link
 * OutletContexts}) find what it does not.
 */
final class EntityFinder {
  private static final Pattern APPOSITIVE = Pattern.compile("^,\\s(?<desc>(?:a|an)\\s[^,]+),");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s$");
  // Name particles may stand between: "Martinez de la Serna" is a person, not the town Martinez.
  private static final Pattern WORD_AFTER =
      Pattern.compile(
          "^\\s(?:(?:de|del|da|dos|das|la|van|von|der|bin|ibn)\\s)*(\\p{Lu}[\\p{L}'’]*)");

  /** A name that ends like a modifier: "Spanish-language", "Srinagar-based". */
  private static final Pattern MODIFIER = Pattern.compile("-\\p{Ll}+$");

  private static final Pattern IN_PLACE =
      Pattern.compile("^,?\\s(?:in|near|outside)\\s(?:the\\s)?");

  /** Cities at least this big are matched without a region or country to back them. */
  static final long CONTEXT_FREE_POPULATION = 100_000;

  private static final String STOPPED = "\u0000stop-listed";

  private final Knowledge knowledge;
  private final FacilityNames facilities;
  private final OrganisationShapes shapes;
  private final OutletContexts outletContexts;
  private final Pattern outletName;
  private final Pattern outletAfterName;
  private final NameMatcher outletsAndOrgs;
  private final NameMatcher places;
  private final Set<String> placeSuffixes;
  private final PlaceContexts placeContexts;

  EntityFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    Set<String> notNames = knowledge.notNameWords();
    this.facilities =
        new FacilityNames(
            knowledge.facilityNouns(),
            knowledge.facilityAdjectives(),
            notNames,
            this::demonymOrCountry,
            knowledge.nameHeads().keySet());
    this.shapes =
        new OrganisationShapes(
            knowledge.nameHeads(), notNames, name -> isPlace(name) || knowledge.isPlatform(name));
    this.outletContexts = new OutletContexts(knowledge.outletContexts(), notNames);
    this.outletName =
        Pattern.compile(
            "\\b(?<desc>(?:[\\p{Ll}-]+\\s){0,3}"
                + alternation(knowledge.outletNouns())
                + ")\\s"
                + OutletContexts.NAME);
    this.outletAfterName =
        Pattern.compile(
            "(?<![\\p{L}\\p{N}'’-])"
                + OutletContexts.NAME
                + "\\s(?<desc>"
                + alternation(knowledge.outletNouns())
                + ")\\b");
    var names = new LinkedHashMap<>(knowledge.names(EntityKind.OUTLET));
    names.putAll(knowledge.names(EntityKind.ORGANIZATION));
    this.outletsAndOrgs = new NameMatcher(names);
    // Stop-listed words are matched too, under a key of their own, so that they mask their
    // characters: "York" is not found inside a stop-listed "New York".
    var placeNames = new LinkedHashMap<>(knowledge.names(EntityKind.PLACE));
    placeNames.put(STOPPED, List.copyOf(knowledge.placeStoplist()));
    this.places =
        new NameMatcher(
            placeNames, key -> !key.equals(STOPPED) && !knowledge.gazetteer().get(key).curated());
    this.placeSuffixes = knowledge.placeSuffixes();
    this.placeContexts = PlaceContexts.read(knowledge.rulesDir(), notNames);
  }

  /**
   * The entities of one sentence; an imported small city counts only when the sentence also names a
   * place it lies in (or a place inside one of those).
   */
  List<EntityHit> find(String sentence) {
    List<EntityHit> hits = unchecked(sentence, DocumentNames.NONE);
    return inContext(hits, context(hits));
  }

  /**
   * The entities of each sentence of a document; an imported small city counts only when the
   * document names its region or country, or another place there ("Kashgar" makes a Xinjiang town
   * plausible, a "Mark" in Texas is not). An acronym the document defines ("the Federal Security
   * Service (FSB)") names the same organisation wherever the document uses it.
   */
  List<List<EntityHit>> findAll(List<String> sentences) {
    DocumentNames defined = DocumentNames.of(sentences, shapes);
    List<List<EntityHit>> hits = sentences.stream().map(s -> unchecked(s, defined)).toList();
    Set<String> context = context(hits.stream().flatMap(List::stream).toList());
    return hits.stream().map(h -> inContext(h, context)).toList();
  }

  private boolean needsContext(EntityHit hit) {
    Knowledge.GazetteerEntry e = knowledge.gazetteer().get(hit.key());
    return hit.kind() == EntityKind.PLACE
        && e != null
        && !e.curated()
        && e.extra().equals("city")
        && e.population() < CONTEXT_FREE_POPULATION;
  }

  private Set<String> context(List<EntityHit> hits) {
    Set<String> keys = new HashSet<>();
    for (EntityHit h : hits) {
      if (h.kind() == EntityKind.PLACE && !needsContext(h)) {
        keys.add(h.key());
        keys.addAll(knowledge.containers(h.key()));
      }
    }
    return keys;
  }

  private List<EntityHit> inContext(List<EntityHit> hits, Set<String> context) {
    List<EntityHit> kept = new ArrayList<>();
    for (EntityHit h : hits) {
      if (!needsContext(h) || backed(h.key(), context)) {
        kept.add(h);
      } else {
        namesakeInContext(h, context).ifPresent(kept::add);
      }
    }
    return kept;
  }

  private boolean backed(String key, Set<String> context) {
    return knowledge.containers(key).stream().anyMatch(context::contains);
  }

  /**
   * Another imported place of the same name that the document backs: the biggest Bethlehem (South
   * Africa) lacks context in a text about the West Bank, the Palestinian one has it.
   */
  private Optional<EntityHit> namesakeInContext(EntityHit h, Set<String> context) {
    return places.keysNamed(h.surface()).stream()
        .filter(k -> !k.equals(h.key()) && !k.equals(STOPPED))
        .map(k -> knowledge.gazetteer().get(k))
        .filter(e -> !e.curated() && backed(e.key(), context))
        .findFirst()
        .map(
            e ->
                new EntityHit(
                    EntityKind.PLACE,
                    e.key(),
                    h.surface(),
                    h.start(),
                    h.end(),
                    h.description(),
                    Optional.of(e.within()).filter(w -> !w.isEmpty()),
                    h.adjectival()));
  }

  private List<EntityHit> unchecked(String sentence, DocumentNames defined) {
    boolean[] taken = new boolean[sentence.length()];
    List<EntityHit> hits = new ArrayList<>();
    for (FacilityNames.Found f : facilities.find(sentence, taken)) {
      hits.add(facilityHit(sentence, f.name(), f.start(), f.end()));
    }
    for (NameMatcher.Hit hit : outletsAndOrgs.find(sentence, taken)) {
      hits.add(known(sentence, hit));
    }
    // A defining mention, "the Federal Security Service (FSB)", before the bare acronym.
    for (OrganisationShapes.Shape shape : shapes.find(sentence)) {
      if (free(taken, shape.start(), shape.end())) {
        Arrays.fill(taken, shape.start(), shape.end(), true);
        hits.add(
            new EntityHit(
                shape.kind(),
                DocumentNames.key(shape),
                shape.name(),
                shape.start(),
                shape.end(),
                Optional.empty(),
                Optional.empty(),
                adjectival(sentence, shape.end())));
      }
    }
    for (NameMatcher.Hit hit : defined.matcher().find(sentence, taken)) {
      DocumentNames.Defined d = defined.byKey().get(hit.key());
      hits.add(
          new EntityHit(
              d.kind(),
              hit.key(),
              sentence.substring(hit.start(), hit.end()),
              hit.start(),
              hit.end(),
              Optional.empty(),
              Optional.empty(),
              adjectival(sentence, hit.end())));
    }
    describedOutlets(sentence, taken, hits);
    linkOutlets(sentence, taken, hits);
    for (NameMatcher.Hit hit : places.find(sentence, taken)) {
      place(sentence, hit).ifPresent(hits::add);
    }
    contextPlaces(sentence, taken, hits);
    hits.sort(Comparator.comparingInt(EntityHit::start));
    return hits;
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
      if (free(taken, f.start(), f.end()) && !knowledge.isDemonym(f.name())) {
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

  /** A name of the gazetteer: a known outlet is the journalist's; a news medium is until linked. */
  private EntityHit known(String sentence, NameMatcher.Hit hit) {
    Knowledge.GazetteerEntry entry = knowledge.gazetteer().get(hit.key());
    boolean media = knowledge.mediaKeys().contains(entry.key());
    return new EntityHit(
        media ? EntityKind.OUTLET : entry.kind(),
        entry.key(),
        sentence.substring(hit.start(), hit.end()),
        hit.start(),
        hit.end(),
        describedOutlet(sentence, hit.start()).or(() -> Optional.of(entry.extra())),
        Optional.empty(),
        adjectival(sentence, hit.end()),
        entry.kind() == EntityKind.OUTLET,
        -1);
  }

  /** "the cultural website Salkin", "the Copper Bell newspaper": names an outlet noun describes. */
  private void describedOutlets(String sentence, boolean[] taken, List<EntityHit> hits) {
    Matcher outlet = outletName.matcher(sentence);
    while (outlet.find()) {
      addOutlet(sentence, taken, hits, outlet.start("name"), outlet.group("name"), outlet, false);
    }
    Matcher after = outletAfterName.matcher(sentence);
    while (after.find()) {
      // "the Mombasa newspaper" is a newspaper of Mombasa, not one named so.
      addOutlet(sentence, taken, hits, after.start("name"), after.group("name"), after, true);
    }
  }

  private void addOutlet(
      String sentence,
      boolean[] taken,
      List<EntityHit> hits,
      int start,
      String found,
      Matcher m,
      boolean notAPlace) {
    String name = found.replaceAll("(?:[.,;:'’]|['’]s)+$", "");
    if (name.startsWith("The ")) {
      name = name.substring(4);
      start += 4;
    }
    if (name.isEmpty()
        || !free(taken, start, start + name.length())
        || knowledge.notNameWords().contains(name.split("\\s")[0].toLowerCase(Locale.ROOT))
        || demonymOrCountry(name)
        || knowledge.isPlatform(name)
        || MODIFIER.matcher(name).find()
        || (notAPlace && isPlace(name))) {
      return;
    }
    Arrays.fill(taken, start, start + name.length(), true);
    hits.add(
        new EntityHit(
            EntityKind.OUTLET,
            Slug.of(name),
            name,
            start,
            start + name.length(),
            Optional.of(m.group("desc").strip()),
            Optional.empty(),
            false));
  }

  /**
   * Names in an outlet context ("a reporter for X") are the journalist's outlets: a news medium
   * found already is linked, a name not found yet is a new outlet, an organisation stays one.
   */
  private void linkOutlets(String sentence, boolean[] taken, List<EntityHit> hits) {
    for (OutletContexts.Linked l : outletContexts.find(sentence)) {
      boolean found = false;
      for (int i = 0; i < hits.size(); i++) {
        EntityHit h = hits.get(i);
        if (h.start() <= l.start() && l.start() < h.end()) {
          found = true;
          if (h.kind() == EntityKind.OUTLET && !h.linked()) {
            hits.set(i, h.linkedAt(l.context()));
          }
        }
      }
      if (!found
          && l.creates()
          && free(taken, l.start(), l.end())
          && !knowledge.isDemonym(l.name())
          && !knowledge.isPlatform(l.name())
          && !isPlace(l.name())) {
        Arrays.fill(taken, l.start(), l.end(), true);
        hits.add(
            new EntityHit(
                EntityKind.OUTLET,
                Slug.of(l.name()),
                l.name(),
                l.start(),
                l.end(),
                Optional.empty(),
                Optional.empty(),
                false,
                true,
                l.context()));
      }
    }
  }

  private Optional<EntityHit> place(String sentence, NameMatcher.Hit hit) {
    // "US$1,500", "HK$": a currency's prefix names no place of the case.
    boolean currency = hit.end() < sentence.length() && sentence.charAt(hit.end()) == '$';
    if (hit.key().equals(STOPPED) || currency) {
      return Optional.empty();
    }
    Knowledge.GazetteerEntry entry = knowledge.gazetteer().get(hit.key());
    String surface = sentence.substring(hit.start(), hit.end());
    if (!entry.curated()
        && (insideLongerName(sentence, hit.start())
            || beforeLongerName(sentence, hit.end())
            || knowledge.isDemonym(surface))) {
      return Optional.empty();
    }
    // "Berlin-based" names a place; "U.S. Congress-funded" is kept out by the organisation.
    boolean adjectival =
        adjectival(sentence, hit.end()) && !sentence.startsWith("-based", hit.end());
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

  private static boolean adjectival(String sentence, int end) {
    return end < sentence.length() && sentence.charAt(end) == '-';
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
   * Whether a name is followed by a capitalised word other than a place suffix: the imported town
   * "Florence" in "Florence Adeyemi" is a first name.
   */
  private boolean beforeLongerName(String sentence, int end) {
    Matcher after = WORD_AFTER.matcher(sentence.substring(end));
    return after.find()
        && !placeSuffixes.contains(after.group(1).toLowerCase(Locale.ROOT))
        && !knowledge.notNameWords().contains(after.group(1).toLowerCase(Locale.ROOT));
  }

  /** Whether a name is that of a known place (the imported layer included). */
  private boolean isPlace(String name) {
    return !places.find(name, new boolean[name.length()]).stream()
        .filter(h -> h.start() == 0 && h.end() == name.length() && !h.key().equals(STOPPED))
        .toList()
        .isEmpty();
  }

  /** "Saudi", "Iran": words that name a people or a country, never a facility or an outlet. */
  private boolean demonymOrCountry(String name) {
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

  /** A facility, with the appositive that describes it and the place it is said to be in. */
  private EntityHit facilityHit(String sentence, String name, int start, int end) {
    String rest = sentence.substring(end);
    Optional<String> description = Optional.empty();
    Matcher appositive = APPOSITIVE.matcher(rest);
    if (appositive.find()) {
      description = Optional.of(appositive.group("desc"));
      rest = rest.substring(appositive.end() - 1);
    }
    Optional<String> within = Optional.empty();
    Matcher in = IN_PLACE.matcher(rest);
    if (in.find()) {
      String after = rest.substring(in.end());
      within =
          places.find(after, new boolean[after.length()]).stream()
              .filter(h -> h.start() == 0 && !h.key().equals(STOPPED))
              .map(NameMatcher.Hit::key)
              .findFirst();
    }
    return new EntityHit(
        EntityKind.FACILITY, Slug.of(name), name, start, end, description, within, false);
  }

  /** "the cultural website Salkin": the words before a known outlet's name that say what it is. */
  private Optional<String> describedOutlet(String sentence, int nameStart) {
    Matcher m = outletName.matcher(sentence);
    while (m.find()) {
      if (m.start("name") == nameStart) {
        return Optional.of(m.group("desc").strip());
      }
    }
    return Optional.empty();
  }

  private static boolean free(boolean[] taken, int start, int end) {
    for (int i = start; i < end; i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  /** The words of a list as a regex alternation, longest first so that the longest one wins. */
  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|", "(?:", ")"));
  }
}
