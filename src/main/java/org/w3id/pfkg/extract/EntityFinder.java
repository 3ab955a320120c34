package org.w3id.pfkg.extract;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.w3id.pfkg.vocab.Slug;

/**
 * Finds the facilities, outlets, organisations and places of one sentence, in that order, each
 * masking its characters from the later ones: "Xinjiang" inside "Xinjiang No. 2 Prison" is part of
 * a facility's name, not a place mention.
 */
final class EntityFinder {
  private static final Pattern APPOSITIVE = Pattern.compile("^,\\s(?<desc>(?:a|an)\\s[^,]+),");
  private static final Pattern WORD_BEFORE = Pattern.compile("(\\p{L}+)\\s$");
  private static final Pattern IN_PLACE =
      Pattern.compile("^,?\\s(?:in|near|outside)\\s(?:the\\s)?");

  /** Cities at least this big are matched without a region or country to back them. */
  static final long CONTEXT_FREE_POPULATION = 100_000;

  private static final String STOPPED = "\u0000stop-listed";

  private final Knowledge knowledge;
  private final Pattern facilityName;
  private final Pattern outletName;
  private final NameMatcher outletsAndOrgs;
  private final NameMatcher places;

  EntityFinder(Knowledge knowledge) {
    this.knowledge = knowledge;
    this.facilityName =
        Pattern.compile(
            "\\b(?<name>(?:\\p{Lu}[\\p{L}'’-]*\\s+){0,4}(?:No\\.\\s?\\d+\\s+)?"
                + alternation(knowledge.facilityNouns())
                + ")\\b");
    this.outletName =
        Pattern.compile(
            "\\b(?<desc>(?:[\\p{Ll}-]+\\s){0,3}"
                + alternation(knowledge.outletNouns())
                + ")\\s(?<name>\\p{Lu}[\\p{L}.'’-]*(?:\\s\\p{Lu}[\\p{L}.'’-]*){0,3})");
    var names = new java.util.LinkedHashMap<>(knowledge.names(EntityKind.OUTLET));
    names.putAll(knowledge.names(EntityKind.ORGANIZATION));
    this.outletsAndOrgs = new NameMatcher(names);
    // Stop-listed words are matched too, under a key of their own, so that they mask their
    // characters: "York" is not found inside a stop-listed "New York".
    var placeNames = new java.util.LinkedHashMap<>(knowledge.names(EntityKind.PLACE));
    placeNames.put(STOPPED, List.copyOf(knowledge.placeStoplist()));
    this.places =
        new NameMatcher(
            placeNames, key -> !key.equals(STOPPED) && !knowledge.gazetteer().get(key).curated());
  }

  /**
   * The entities of one sentence; an imported small city counts only when the sentence also names a
   * place it lies in (or a place inside one of those).
   */
  List<EntityHit> find(String sentence) {
    List<EntityHit> hits = unchecked(sentence);
    return inContext(hits, context(hits));
  }

  /**
   * The entities of each sentence of a document; an imported small city counts only when the
   * document names its region or country, or another place there ("Kashgar" makes a Xinjiang town
   * plausible, a "Mark" in Texas is not).
   */
  List<List<EntityHit>> findAll(List<String> sentences) {
    List<List<EntityHit>> hits = sentences.stream().map(this::unchecked).toList();
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
    return hits.stream()
        .filter(
            h ->
                !needsContext(h)
                    || knowledge.containers(h.key()).stream().anyMatch(context::contains))
        .toList();
  }

  private List<EntityHit> unchecked(String sentence) {
    boolean[] taken = new boolean[sentence.length()];
    List<EntityHit> hits = new ArrayList<>();
    Matcher facility = facilityName.matcher(sentence);
    while (facility.find()) {
      String name = facility.group("name").replaceFirst("^(?:The|A|An)\\s", "");
      int start = facility.end() - name.length();
      Arrays.fill(taken, start, facility.end(), true);
      hits.add(facilityHit(sentence, name, start, facility.end()));
    }
    for (NameMatcher.Hit hit : outletsAndOrgs.find(sentence, taken)) {
      Knowledge.GazetteerEntry entry = knowledge.gazetteer().get(hit.key());
      boolean adjectival = hit.end() < sentence.length() && sentence.charAt(hit.end()) == '-';
      hits.add(
          new EntityHit(
              entry.kind(),
              entry.key(),
              sentence.substring(hit.start(), hit.end()),
              hit.start(),
              hit.end(),
              describedOutlet(sentence, hit.start()).or(() -> Optional.of(entry.extra())),
              Optional.empty(),
              adjectival));
    }
    Matcher outlet = outletName.matcher(sentence);
    while (outlet.find()) {
      int start = outlet.start("name");
      if (!taken[start]) {
        String name = outlet.group("name").replaceAll("[.,]$", "");
        Arrays.fill(taken, start, start + name.length(), true);
        hits.add(
            new EntityHit(
                EntityKind.OUTLET,
                Slug.of(name),
                name,
                start,
                start + name.length(),
                Optional.of(outlet.group("desc").strip()),
                Optional.empty(),
                false));
      }
    }
    for (NameMatcher.Hit hit : places.find(sentence, taken)) {
      if (hit.key().equals(STOPPED)) {
        continue;
      }
      Knowledge.GazetteerEntry entry = knowledge.gazetteer().get(hit.key());
      if (!entry.curated() && insideLongerName(sentence, hit.start())) {
        continue;
      }
      boolean adjectival = hit.end() < sentence.length() && sentence.charAt(hit.end()) == '-';
      hits.add(
          new EntityHit(
              EntityKind.PLACE,
              entry.key(),
              sentence.substring(hit.start(), hit.end()),
              hit.start(),
              hit.end(),
              Optional.empty(),
              Optional.of(entry.within()).filter(w -> !w.isEmpty()),
              adjectival));
    }
    hits.sort(Comparator.comparingInt(EntityHit::start));
    return hits;
  }

  /**
   * Whether a name follows another capitalised word that does not open the sentence: the imported
   * town "Weiping" in "Cui Weiping" is part of a person's name.
   */
  private static boolean insideLongerName(String sentence, int start) {
    Matcher before = WORD_BEFORE.matcher(sentence.substring(0, start));
    return before.find() && before.start() > 0 && Character.isUpperCase(before.group(1).charAt(0));
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

  /** The words of a list as a regex alternation, longest first so that the longest one wins. */
  private static String alternation(java.util.List<String> words) {
    return words.stream()
        .sorted(java.util.Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .collect(java.util.stream.Collectors.joining("|", "(?:", ")"));
  }
}
