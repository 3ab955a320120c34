package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
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
import org.w3id.pfkg.facts.Attribution;
import org.w3id.pfkg.facts.EntityKind;
import org.w3id.pfkg.facts.Evidence;
import org.w3id.pfkg.facts.PersonFact;
import org.w3id.pfkg.table.RuleTable;
import org.w3id.pfkg.table.WordList;
import org.w3id.pfkg.vocab.Slug;

/**
 * Finds the named people of a case and their relation to it. A person-shaped name ({@link
 * PersonNames}) that is no place, organisation, outlet or the journalist counts when its context
 * says it is a person: a title or relation word right before it ("Judge Ama Boateng", "her husband,
 * Behtiyar Omer", "health minister Kofi Mensah"), an appositive after it ("Ama Boateng, a lawyer
 * for the family,"; "Ama Boateng, who heads ..."), a verb of speech ("Ama Boateng said", "Ama
 * Boateng of the union told ..."), "according to Ama Boateng", or a list it shares with such a
 * person ("Ama Boateng and Kofi Mensah"). A shorter mention whose words are all in a longer name is
 * that person, not another one ("Judge Boateng"). Residence comes from "her husband, who lives in
 * Norway". The words are rule data: {@code person-cues.tsv}, {@code not-person-words.txt}, {@code
 * not-person-before.txt}, {@code speech-verbs.txt}, {@code outlet-nouns.txt} and {@code
 * calendar-words.tsv}.
 */
final class PeopleFinder {

  // Compiled once: tried on every candidate name.
  private static final Pattern WITH_ACRONYM = Pattern.compile(".*\\b\\p{Lu}{2,}\\b.*");
  private static final Pattern CAPITALISED = Pattern.compile("\\p{Lu}\\p{Ll}.*");

  /** A cue word and the relation it names. */
  record Cue(String word, String relation) {}

  /** "his parents, ", "the site's supervisor, ": the relation is of someone named. */
  private static final Pattern OWNER =
      Pattern.compile("(?i)(?:\\b(?:his|her|their)|\\p{L}['’]s)\\s(?:[\\p{L}-]+\\s){0,2}$");

  private final List<Cue> cues;
  private final Pattern cueBefore;
  private final Pattern cueInAppositive;
  private final Pattern cueRightAfter;
  private final Pattern speechAfter;
  private final Pattern according;
  private final Pattern heads;
  private final Pattern notPersonBefore;
  private final Pattern notPersonAfter;
  private final Pattern singleName;
  private final Pattern residence;
  private final PersonNames names;

  PeopleFinder(
      ConceptLabels relations,
      List<Cue> extraCues,
      Set<String> notNames,
      Set<String> notBefore,
      List<String> speechVerbs,
      List<String> outletNouns,
      List<String> thingHeads,
      CalendarWords calendar) {
    List<Cue> all = new ArrayList<>(extraCues);
    relations
        .labels()
        .forEach((slug, labels) -> labels.forEach(l -> all.add(new Cue(l, relations.label(slug)))));
    all.sort(Comparator.comparingInt((Cue c) -> -c.word().length()));
    this.cues = List.copyOf(all);
    String alternation = alternation(cues.stream().map(Cue::word).toList());
    String cue = "(?<cue>" + alternation + ")";
    // "Judge Ama Boateng", "his lawyer, Ama Boateng", "CPJ's Africa representative Ama Boateng".
    // "His lawyers were A and B", "scholars including A, B and C". Before a comma the cue may take
    // a complement: "a deputy minister of transport, Ama Boateng", "the head of its branch, ...".
    this.cueBefore =
        Pattern.compile(
            "(?i)\\b"
                + cue
                + "s?(?:\\s(?:of|for|at|to|in)\\s[^,;:]{1,60}?,\\s(?:the\\s)?"
                + "|(?:,?\\s(?:including|among them|such as|were|was|is|are|named))?,?\\s(?:the\\s)?)$");
    // "Ama Boateng, a lawyer for the family" / ", one of his lawyers" / ", CPJ's ... coordinator".
    // The appositive opens like a description of a person and names no outlet or group before the
    // cue ("Prensa Libre, a newspaper whose reporter ..." is no person).
    String notAGroup =
        "(?:(?!\\b(?:"
            + alternation(outletNouns)
            + "|group|organi[sz]ation|party|union|network|agency|company|outlet|site|daily)\\b)[^,;()])";
    this.cueInAppositive =
        Pattern.compile(
            "(?i)^,\\s(?:a|an|the|his|her|their|its|one of|who is|who was|now|then|former|[\\p{L}.&/-]+(?:'s|’s))\\b"
                + notAGroup
                + "{0,70}?\\b"
                + cue
                + "s?\\b");
    // "Ama Boateng, director of the port authority,": a bare role with its complement.
    this.cueRightAfter =
        Pattern.compile(
            "(?i)^,\\s(?:former\\s|acting\\s|then\\s)?" + cue + "s?\\s(?:of|at|for|with|to)\\b");
    String verbs = alternation(speechVerbs);
    // "Ama Boateng said", "Ama Boateng of the union told", "Ama Boateng, her lawyer, said".
    this.speechAfter =
        Pattern.compile(
            "^(?:\\s(?:of|from)\\s[^,;]{2,70}?)?(?:,\\s[^;]{2,110}?,)?\\s(?:later\\s|also\\s|then\\s)?(?:"
                + verbs
                + ")\\b");
    this.according = Pattern.compile("(?i)\\baccording to\\s$");
    this.heads =
        Pattern.compile(
            "^,\\s(?:who|whose)\\s(?:heads|headed|leads|led|chairs|runs|ran|directs|directed|edits|edited|manages|managed|owns|owned|founded|represents|represented)\\b");
    this.notPersonBefore =
        Pattern.compile(
            "(?i)(?:^|[^\\p{L}])(?:" + alternation(new ArrayList<>(notBefore)) + ")\\s$");
    // "the Official Secrets Act": a name run cut at "Act" is part of a law's name, no person's.
    this.notPersonAfter =
        Pattern.compile(
            "(?i)^\\s(?:"
                + alternation(outletNouns)
                + "|"
                + alternation
                + "|(?-i:"
                + alternation(thingHeads)
                + "))\\b");
    Set<String> titles = cueWords(extraCues);
    this.names =
        new PersonNames(
            w -> notNames.contains(w) || calendar.isMonthOrDay(w) || titles.contains(w));
    this.singleName =
        Pattern.compile(
            "\\b(?:her|his|their)\\s(?<rel>"
                + alternation
                + "),\\s(?<name>\\p{Lu}[\\p{L}'’-]*\\p{L})(?![\\p{L}'’-])(?!\\s\\p{Lu})");
    this.residence =
        Pattern.compile(
            "\\b(?:her|his|their)\\s(?<rel>"
                + alternation
                + "),\\s(?:[\\p{Lu}][^,]{1,40},\\s)?who\\s(?:lives|lived|resides|is based|was living)\\sin\\s(?<place>[^,.;]+)");
  }

  /** The rule files of {@code data/rules/}. */
  static PeopleFinder load(Path rules, ConceptLabels relations) {
    List<Cue> cues =
        RuleTable.read(rules.resolve("person-cues.tsv")).stream()
            .map(r -> new Cue(r.get("cue"), r.get("relation")))
            .toList();
    return new PeopleFinder(
        relations,
        cues,
        lowerSet(WordList.read(rules.resolve("not-person-words.txt"))),
        lowerSet(WordList.read(rules.resolve("not-person-before.txt"))),
        WordList.read(rules.resolve("speech-verbs.txt")),
        WordList.read(rules.resolve("outlet-nouns.txt")),
        RuleTable.read(rules.resolve("name-heads.tsv")).stream()
            .filter(r -> r.get("kind").equals("none"))
            .map(r -> r.get("head"))
            .toList(),
        CalendarWords.load(rules));
  }

  /**
   * The people of a document; {@code entities} finds what takes up a name (the document's own
   * finder, which reads each sentence once for every finder that asks).
   */
  List<PersonFact> find(
      String documentId, List<Sentence> sentences, String journalistName, EntityFinder entities) {
    Set<String> journalistWords = PersonNames.words(journalistName);
    Map<String, PersonFact> byKey = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      String text = s.text();
      // The sentence's entities are found only when a candidate name is left for them to take up:
      // finding them is most of the cost of a sentence, and most sentences name nobody new.
      List<List<EntityHit>> hits = new ArrayList<>(1);
      Matcher single = singleName.matcher(text);
      while (single.find()) {
        if (JournalistName.matches(PersonNames.words(single.group("name")), journalistWords)) {
          continue;
        }
        add(
            byKey,
            single.group("name"),
            relationOf(single.group("rel")),
            documentId,
            s,
            "person:relation-apposition");
      }
      List<PersonNames.Candidate> candidates =
          names.find(text).stream()
              .filter(c -> !JournalistName.matches(PersonNames.words(c.name()), journalistWords))
              .filter(c -> !WITH_ACRONYM.matcher(c.name()).matches())
              .filter(c -> !notPersonBefore.matcher(text.substring(0, c.start())).find())
              .filter(c -> !notPersonAfter.matcher(text.substring(c.end())).find())
              .filter(
                  c -> entitiesOf(entities, text, hits).stream().noneMatch(h -> covers(h, c, text)))
              .toList();
      Map<PersonNames.Candidate, String> found = new LinkedHashMap<>();
      for (PersonNames.Candidate c : candidates) {
        relation(text, c).ifPresent(r -> found.put(c, r));
      }
      NameLists.listed(text, candidates, found);
      found.forEach((c, r) -> add(byKey, c.name(), r, documentId, s, "person:context"));
    }
    return withResidence(NameLists.merged(new ArrayList<>(byKey.values())), sentences, entities);
  }

  /** The entities of {@code text}, found at the first call and kept in {@code found}. */
  private static List<EntityHit> entitiesOf(
      EntityFinder entities, String text, List<List<EntityHit>> found) {
    if (found.isEmpty()) {
      found.add(entities.find(text));
    }
    return found.get(0);
  }

  /** The relation a name's context gives it, if its context says it is a person. */
  private Optional<String> relation(String text, PersonNames.Candidate c) {
    String before = text.substring(0, c.start());
    String after = text.substring(c.end());
    Matcher title = cueBefore.matcher(before);
    Matcher appositive = cueInAppositive.matcher(after);
    if (c.tokens() == 1) {
      // One word is a name only after a title ("Judge Okafor") or a relation of someone ("his
      // parents, Selim"), or with an appositive ("Nureli, the webmaster of ...").
      boolean titled =
          title.find()
              && (Character.isUpperCase(title.group("cue").charAt(0))
                  || OWNER.matcher(before.substring(0, title.start("cue"))).find());
      if (c.name().length() < 3 || !CAPITALISED.matcher(c.name()).matches()) {
        return Optional.empty();
      }
      if (titled) {
        return Optional.of(relationOf(title.group("cue")));
      }
      return appositive.find()
          ? Optional.of(relationOf(appositive.group("cue")))
          : Optional.empty();
    }
    if (title.find(0)) {
      return Optional.of(relationOf(title.group("cue")));
    }
    if (appositive.find()) {
      return Optional.of(relationOf(appositive.group("cue")));
    }
    Matcher bare = cueRightAfter.matcher(after);
    if (bare.find()) {
      return Optional.of(relationOf(bare.group("cue")));
    }
    if (heads.matcher(after).find()) {
      return Optional.of("head");
    }
    if (speechAfter.matcher(after).find() || according.matcher(before).find()) {
      return Optional.of("source");
    }
    return Optional.empty();
  }

  /**
   * Whether an organisation, outlet, facility or place found in the text takes up the name. A place
   * that is one word of a longer name with a title or description ("Judge Florence Mba", "Asia
   * Okafor, her lawyer,") is a given name or surname, not the place.
   */
  private boolean covers(EntityHit h, PersonNames.Candidate c, String text) {
    if (h.start() >= c.end() || c.start() >= h.end()) {
      return false;
    }
    boolean partOfName =
        h.start() >= c.start() && h.end() <= c.end() && h.end() - h.start() < c.name().length();
    boolean described =
        cueBefore.matcher(text.substring(0, c.start())).find()
            || cueInAppositive.matcher(text.substring(c.end())).find();
    return h.kind() != EntityKind.PLACE || !partOfName || !described;
  }

  private String relationOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return cues.stream()
        .filter(c -> c.word().equalsIgnoreCase(lower))
        .map(Cue::relation)
        .findFirst()
        .orElse(lower);
  }

  private static Set<String> cueWords(List<Cue> cues) {
    Set<String> words = new HashSet<>();
    // Only the cue table's titles and roles ("Judge", "Minister", "Coordinator") cut a name; the
    // relation labels of the vocabulary ("son") can be name parts.
    cues.stream()
        .forEach(c -> words.addAll(List.of(c.word().toLowerCase(Locale.ROOT).split("[\\s-]+"))));
    return words;
  }

  private static String alternation(List<String> words) {
    return words.stream()
        .sorted(Comparator.comparingInt(String::length).reversed())
        .map(Pattern::quote)
        .distinct()
        .collect(Collectors.joining("|"));
  }

  private static Set<String> lowerSet(List<String> words) {
    return words.stream()
        .map(l -> l.toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }

  private static void add(
      Map<String, PersonFact> byKey,
      String name,
      String relation,
      String documentId,
      Sentence s,
      String rule) {
    String key = Slug.of(name);
    byKey.putIfAbsent(
        key,
        new PersonFact(
            key,
            name,
            relation,
            Optional.empty(),
            Attribution.NONE,
            new Evidence(documentId, s.text(), Optional.of(s.span()), rule)));
  }

  private List<PersonFact> withResidence(
      List<PersonFact> people, List<Sentence> sentences, EntityFinder entities) {
    for (Sentence s : sentences) {
      Matcher m = residence.matcher(s.text());
      while (m.find()) {
        String place = m.group("place");
        Optional<String> key =
            entities.find(place).stream()
                .filter(h -> h.kind() == EntityKind.PLACE)
                .map(EntityHit::key)
                .findFirst();
        String rel = relationOf(m.group("rel"));
        people.replaceAll(
            p ->
                p.relation().equals(rel) && p.residence().isEmpty() && key.isPresent()
                    ? new PersonFact(
                        p.key(), p.name(), p.relation(), key, p.attribution(), p.evidence())
                    : p);
      }
    }
    return List.copyOf(people);
  }
}
