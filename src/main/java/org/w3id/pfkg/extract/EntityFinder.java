package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.facts.EntityKind;
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
  private static final Pattern IN_PLACE =
      Pattern.compile("^,?\\s(?:in|near|outside)\\s(?:the\\s)?");

  /** Cities at least this big are matched without a region or country to back them. */
  static final long CONTEXT_FREE_POPULATION = 100_000;

  private final Knowledge knowledge;
  private final FacilityNames facilities;
  private final OrganisationShapes shapes;
  private final OutletHits outlets;
  private final NameMatcher outletsAndOrgs;
  private final PlaceHits places;

  /**
   * What this finder has read without a document's defined names, by sentence; {@code null} in the
   * shared finder, which keeps nothing between documents.
   */
  private final java.util.Map<String, List<EntityHit>> read;

  EntityFinder(Knowledge knowledge) {
    this.read = null;
    this.knowledge = knowledge;
    this.places = new PlaceHits(knowledge);
    this.outlets = new OutletHits(knowledge, places);
    Set<String> notNames = knowledge.notNameWords();
    this.facilities =
        new FacilityNames(
            knowledge.facilityNouns(),
            knowledge.facilityAdjectives(),
            notNames,
            places::demonymOrCountry,
            knowledge.nameHeads().keySet());
    this.shapes =
        new OrganisationShapes(
            knowledge.nameHeads(),
            notNames,
            name -> places.isPlace(name) || knowledge.isPlatform(name));
    var names = new LinkedHashMap<>(knowledge.names(EntityKind.OUTLET));
    names.putAll(knowledge.names(EntityKind.ORGANIZATION));
    this.outletsAndOrgs = new NameMatcher(names);
  }

  /** The same finder for one document: it reads each sentence once, whoever asks. */
  private EntityFinder(EntityFinder shared) {
    this.read = new java.util.HashMap<>();
    this.knowledge = shared.knowledge;
    this.places = shared.places;
    this.outlets = shared.outlets;
    this.facilities = shared.facilities;
    this.shapes = shared.shapes;
    this.outletsAndOrgs = shared.outletsAndOrgs;
  }

  /**
   * A finder for the sentences of one document, to be dropped with it: a sentence is read by the
   * people, sources and entities finders alike, and reading it is the costliest step of extraction.
   */
  EntityFinder forDocument() {
    return new EntityFinder(this);
  }

  /**
   * An outlet or organisation this document's finder has met by context ("the independent newspaper
   * The Point", "the news outlet Myanmar Now") under the name {@code name}, with or without its
   * article: the name alone, in "The Point wrote", has no context to tell it by.
   */
  Optional<EntityHit> namedByContext(String name) {
    if (read == null) {
      return Optional.empty();
    }
    String bare = name.replaceFirst("^(?:The|the)\\s+", "");
    return read.values().stream()
        .flatMap(List::stream)
        .filter(h -> h.kind() == EntityKind.OUTLET || h.kind() == EntityKind.ORGANIZATION)
        .filter(h -> h.surface().replaceFirst("^(?:The|the)\\s+", "").equals(bare))
        .findFirst();
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
        .filter(k -> !k.equals(h.key()))
        .map(k -> knowledge.gazetteer().get(k))
        .filter(e -> !e.curated() && backed(e.key(), context))
        .findFirst()
        .map(e -> asNamesake(h, e));
  }

  private static EntityHit asNamesake(EntityHit h, Knowledge.GazetteerEntry e) {
    return new EntityHit(
        EntityKind.PLACE,
        e.key(),
        h.surface(),
        h.start(),
        h.end(),
        h.description(),
        Optional.of(e.within()).filter(w -> !w.isEmpty()),
        h.adjectival());
  }

  /**
   * A place named with the place it lies in right after it ("San Jose, Costa Rica"): when the
   * gazetteer's first place of that name does not lie there and a namesake does, the namesake is
   * meant, however much bigger the first one is.
   */
  private List<EntityHit> placedByTheirContainer(String sentence, List<EntityHit> hits) {
    List<EntityHit> out = new ArrayList<>(hits);
    for (int i = 0; i + 1 < out.size(); i++) {
      EntityHit h = out.get(i);
      EntityHit next = out.get(i + 1);
      if (h.kind() != EntityKind.PLACE
          || next.kind() != EntityKind.PLACE
          || !sentence.substring(h.end(), next.start()).matches(",\\s*")
          || knowledge.containers(h.key()).contains(next.key())) {
        continue;
      }
      Optional<Knowledge.GazetteerEntry> namesake =
          places.keysNamed(h.surface()).stream()
              .filter(k -> !k.equals(h.key()))
              .map(k -> knowledge.gazetteer().get(k))
              .filter(e -> !e.curated() && knowledge.containers(e.key()).contains(next.key()))
              .findFirst();
      if (namesake.isPresent()) {
        out.set(i, asNamesake(h, namesake.get()));
      }
    }
    return out;
  }

  private List<EntityHit> unchecked(String sentence, DocumentNames defined) {
    if (read == null || defined != DocumentNames.NONE) {
      return scan(sentence, defined);
    }
    List<EntityHit> known = read.get(sentence);
    if (known == null) {
      known = List.copyOf(scan(sentence, defined));
      read.put(sentence, known);
    }
    return known;
  }

  private List<EntityHit> scan(String sentence, DocumentNames defined) {
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
      if (Taken.free(taken, shape.start(), shape.end())) {
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
    outlets.describedOutlets(sentence, taken, hits);
    outlets.linkOutlets(sentence, taken, hits);
    hits.addAll(places.find(sentence, taken));
    hits.sort(Comparator.comparingInt(EntityHit::start));
    return placedByTheirContainer(sentence, hits);
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
        outlets.describedOutlet(sentence, hit.start()).or(() -> Optional.of(entry.extra())),
        Optional.empty(),
        adjectival(sentence, hit.end()),
        entry.kind() == EntityKind.OUTLET,
        -1);
  }

  /** Whether a name only modifies the next word: "U.S. Congress-funded". */
  static boolean adjectival(String sentence, int end) {
    return end < sentence.length() && sentence.charAt(end) == '-';
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
      within = places.opening(after);
    }
    return new EntityHit(
        EntityKind.FACILITY, Slug.of(name), name, start, end, description, within, false);
  }
}
