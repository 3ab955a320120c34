package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.gazetteer.GazetteerEntity;
import org.w3id.pfkg.gazetteer.GazetteerTables;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.table.WordList;

/**
 * Everything the extraction engine knows about the domain, loaded from the files a researcher
 * edits: the SKOS vocabularies of {@code ontology/vocab/} and the gazetteer and rule tables of
 * {@code data/}. The Java code only applies it.
 */
public record Knowledge(
    Set<String> abbreviations,
    Map<String, GazetteerEntry> gazetteer,
    Set<String> placeStoplist,
    ConceptLabels charges,
    ConceptLabels roles,
    ConceptLabels groups,
    ConceptLabels relations,
    List<Rule> eventRules,
    List<Rule> attributionRules,
    List<Rule> statusRules,
    List<Rule> claimRules,
    List<Rule> authorityRules,
    List<Rule> hedgeRules,
    List<String> facilityNouns,
    List<String> outletNouns,
    Path rulesDir,
    Map<String, String> nameHeads,
    Set<String> notNameWords,
    List<String> facilityAdjectives,
    List<Rule> outletContexts,
    Set<String> mediaKeys,
    Set<String> placeSuffixes,
    Map<String, String> demonyms,
    Set<String> platforms) {

  /** Whether a name is a social platform's ("YouTube"): neither an outlet nor an organisation. */
  boolean isPlatform(String name) {
    return platforms.contains(Fold.of(name));
  }

  /**
   * Whether a word names a people: a demonym of a country ("Somali", "Nigerien") or a group of the
   * groups vocabulary ("Uighur").
   */
  boolean isDemonym(String word) {
    String folded = Fold.of(word);
    return demonyms.containsKey(folded)
        || groups.labels().values().stream()
            .anyMatch(names -> names.stream().anyMatch(n -> Fold.of(n).equals(folded)));
  }

  /**
   * A named thing the gazetteer knows: a place or an organisation.
   *
   * @param curated true for the hand-kept tables, false for the imported world places, whose names
   *     match only with their capitals and whose small cities need context
   * @param population the source's population figure, 0 when it gives none
   */
  record GazetteerEntry(
      String key,
      String name,
      List<String> variants,
      EntityKind kind,
      String extra,
      String within,
      boolean curated,
      long population) {
    List<String> names() {
      return java.util.stream.Stream.concat(java.util.stream.Stream.of(name), variants.stream())
          .toList();
    }
  }

  /**
   * One row of a rule table.
   *
   * @param id the rule's id, recorded with every fact it makes
   * @param value the row's second field (event type, status, claim kind) when the table has one
   * @param about for event rules: {@code journalist} or {@code context}
   * @param prefilter the literals one of which each match of {@code pattern} contains
   */
  record Rule(
      String id, String value, String about, Pattern pattern, String detail, Prefilter prefilter) {
    Rule(String id, String value, String about, Pattern pattern, String detail) {
      this(id, value, about, pattern, detail, Prefilter.of(pattern));
    }

    /** Whether the pattern may match a sentence, given the sentence {@link Prefilter#fold}ed. */
    boolean mayMatch(String folded) {
      return prefilter.admits(folded);
    }
  }

  /** The containing places of a place, nearest first; stops at a cycle or an unknown key. */
  List<String> containers(String key) {
    List<String> chain = new java.util.ArrayList<>();
    GazetteerEntry e = gazetteer.get(key);
    while (e != null && !e.within().isEmpty() && !chain.contains(e.within())) {
      chain.add(e.within());
      e = gazetteer.get(e.within());
    }
    return chain;
  }

  /** Loads the knowledge files under an ontology folder and a data folder. */
  public static Knowledge load(Path ontologyDir, Path dataDir) {
    Path vocab = ontologyDir.resolve("vocab");
    Path rules = dataDir.resolve("rules");
    GazetteerTables tables = GazetteerTables.read(dataDir.resolve("gazetteer"));
    Map<String, GazetteerEntry> gazetteer = new LinkedHashMap<>();
    for (GazetteerEntity place : tables.curatedPlaces()) {
      gazetteer.put(
          place.key(), curated(place, EntityKind.PLACE, place.category(), place.within()));
    }
    Set<String> media = new java.util.HashSet<>();
    for (GazetteerEntity org : tables.organizations()) {
      EntityKind kind = org.kind().equals("outlet") ? EntityKind.OUTLET : EntityKind.ORGANIZATION;
      if (org.category().equals("media")) {
        media.add(org.key());
      }
      gazetteer.put(
          org.key(), curated(org, kind, org.description().orElse(""), java.util.Optional.empty()));
    }
    // The curated tables win: an imported place whose key they already use (a place, or an
    // organisation such as Xinhua, which is also a town) is left out of matching.
    WorldPlaces.of(tables).stream()
        .filter(e -> !gazetteer.containsKey(e.key()))
        .forEach(e -> gazetteer.put(e.key(), e));
    Map<String, String> demonyms = demonyms(tables);
    return new Knowledge(
        Set.copyOf(WordList.read(rules.resolve("abbreviations.txt"))),
        java.util.Collections.unmodifiableMap(gazetteer),
        WorldPlaces.stoplist(tables),
        ConceptLabels.read(vocab.resolve("charges.ttl")),
        ConceptLabels.read(vocab.resolve("roles.ttl")),
        ConceptLabels.read(vocab.resolve("groups.ttl")),
        ConceptLabels.read(vocab.resolve("relations.ttl")),
        rules(rules.resolve("event-triggers.tsv"), "type", "about", "detail"),
        rules(rules.resolve("attributions.tsv"), null, null, null),
        rules(rules.resolve("statuses.tsv"), "status", null, null),
        rules(rules.resolve("claims.tsv"), "kind", null, null),
        authorities(rules.resolve("authorities.tsv"), tables),
        rules(rules.resolve("hedges.tsv"), null, null, null),
        WordList.read(rules.resolve("facility-nouns.txt")),
        WordList.read(rules.resolve("outlet-nouns.txt")),
        rules,
        nameHeads(rules.resolve("name-heads.tsv")),
        WordList.read(rules.resolve("not-name-words.txt")).stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet()),
        WordList.read(rules.resolve("facility-adjectives.txt")),
        outletContexts(rules.resolve("outlet-contexts.tsv")),
        Set.copyOf(media),
        tables.placeSuffixes().stream()
            .map(w -> w.toLowerCase(java.util.Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet()),
        demonyms,
        WordList.read(rules.resolve("platforms.txt")).stream()
            .map(Fold::of)
            .collect(Collectors.toUnmodifiableSet()));
  }

  /** Folded demonym to country key. */
  private static Map<String, String> demonyms(GazetteerTables tables) {
    Map<String, String> byWord = new LinkedHashMap<>();
    tables
        .demonyms()
        .forEach((country, words) -> words.forEach(d -> byWord.putIfAbsent(Fold.of(d), country)));
    return java.util.Collections.unmodifiableMap(byWord);
  }

  /**
   * The authority rules, {DEMONYM} standing for every demonym of the countries ("Nigerien
   * authorities", "a Burundian court"), longest first.
   */
  private static List<Rule> authorities(Path file, GazetteerTables tables) {
    String all =
        demonymWords(tables).stream()
            .sorted(java.util.Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .collect(Collectors.joining("|", "(?:", ")"));
    return RuleTable.read(file).stream()
        .map(
            row ->
                new Rule(
                    row.get("id"),
                    "",
                    "",
                    Pattern.compile(
                        row.get("pattern").replace("{DEMONYM}", all),
                        Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
                    ""))
        .toList();
  }

  private static List<String> demonymWords(GazetteerTables tables) {
    List<String> words = tables.demonyms().values().stream().flatMap(List::stream).toList();
    // An empty alternation would match everywhere: without demonyms the rules match nothing.
    return words.isEmpty() ? List.of("\u0000") : words;
  }

  private static Map<String, String> nameHeads(Path file) {
    Map<String, String> heads = new LinkedHashMap<>();
    for (RuleTable.Row row : RuleTable.read(file)) {
      heads.put(row.get("head"), row.get("kind"));
    }
    return java.util.Collections.unmodifiableMap(heads);
  }

  /** The outlet contexts, their {NAME} placeholder replaced by the shape of a name. */
  private static List<Rule> outletContexts(Path file) {
    return RuleTable.read(file).stream()
        .map(
            row ->
                new Rule(
                    row.get("id"),
                    row.get("creates"),
                    "",
                    Pattern.compile(
                        row.get("pattern")
                            .replace("{NAME}", OutletContexts.NAME)
                            .replace("{FILL}", OutletContexts.FILL),
                        Pattern.UNICODE_CASE | Pattern.UNICODE_CHARACTER_CLASS),
                    ""))
        .toList();
  }

  /** Names of the gazetteer entries of one kind, by key, for a {@link NameMatcher}. */
  Map<String, List<String>> names(EntityKind kind) {
    return gazetteer.values().stream()
        .filter(e -> e.kind() == kind)
        .collect(
            Collectors.toMap(
                GazetteerEntry::key, GazetteerEntry::names, (a, b) -> a, LinkedHashMap::new));
  }

  private static GazetteerEntry curated(
      GazetteerEntity e, EntityKind kind, String extra, java.util.Optional<String> within) {
    return new GazetteerEntry(
        e.key(), e.name(), e.variants(), kind, extra, within.orElse(""), true, 0);
  }

  private static List<Rule> rules(
      Path file, String valueColumn, String aboutColumn, String detailColumn) {
    return RuleTable.read(file).stream()
        .map(
            row ->
                new Rule(
                    row.get("id"),
                    valueColumn == null ? "" : row.get(valueColumn),
                    aboutColumn == null ? "" : row.get(aboutColumn),
                    row.pattern("pattern"),
                    detailColumn == null ? "" : row.get(detailColumn)))
        .toList();
  }
}
