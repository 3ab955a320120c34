package org.w3id.pfkg.extract;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
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
 * Finds the named people of a case and their relation to it: a capitalised name of two to four
 * words (or one word right after "his wife,") that is no place, organisation or part of the
 * journalist's name, standing next to a relation or role word of the relation vocabulary or of
 * {@code person-cues.tsv} ("her husband, Behtiyar Omer", "His lawyers were Li Fangping and Liu
 * Xiaoyuan", "WUC spokesman Dilxat Raxit"), or credited with speech ("Erkin Sidick said").
 * Residence comes from "her husband, who lives in Norway".
 */
final class PeopleFinder {
  private static final Pattern NAME =
      Pattern.compile("\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+){1,3}");
  private static final Pattern SPEECH =
      Pattern.compile("^,?\\s(?:said|says|told|wrote|recalled)\\b");
  private static final int WINDOW = 40;

  /** A cue word and the relation it names. */
  record Cue(String word, String relation) {}

  private final List<Cue> cues;
  private final Pattern cuePattern;
  private final Pattern singleName;
  private final Pattern residence;
  private final Set<String> notNames;
  private final EntityFinder entities;

  PeopleFinder(
      ConceptLabels relations, List<Cue> extraCues, Set<String> notNames, EntityFinder entities) {
    this.entities = entities;
    this.notNames = Set.copyOf(notNames);
    List<Cue> all = new ArrayList<>(extraCues);
    relations
        .labels()
        .forEach((slug, labels) -> labels.forEach(l -> all.add(new Cue(l, relations.label(slug)))));
    all.sort(Comparator.comparingInt((Cue c) -> -c.word().length()));
    this.cues = List.copyOf(all);
    String alternation =
        cues.stream().map(c -> Pattern.quote(c.word())).distinct().collect(Collectors.joining("|"));
    this.cuePattern = Pattern.compile("(?i)\\b(?:" + alternation + ")\\b");
    this.singleName =
        Pattern.compile(
            "\\b(?:her|his|their)\\s(?<rel>"
                + alternation
                + "),\\s(?<name>\\p{Lu}[\\p{L}'’-]+)\\b(?!\\s\\p{Lu})");
    this.residence =
        Pattern.compile(
            "\\b(?:her|his|their)\\s(?<rel>"
                + alternation
                + "),\\s(?:[\\p{Lu}][^,]{1,40},\\s)?who\\s(?:lives|lived|resides|is based|was living)\\sin\\s(?<place>[^,.;]+)");
  }

  /** The cue table and the not-a-name words, from {@code data/rules/}. */
  static PeopleFinder load(Path rules, ConceptLabels relations, EntityFinder entities) {
    List<Cue> cues =
        RuleTable.read(rules.resolve("person-cues.tsv")).stream()
            .map(r -> new Cue(r.get("cue"), r.get("relation")))
            .toList();
    Set<String> notNames =
        WordList.read(rules.resolve("not-person-words.txt")).stream()
            .map(l -> l.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
    return new PeopleFinder(relations, cues, notNames, entities);
  }

  List<PersonFact> find(String documentId, List<Sentence> sentences, String journalistName) {
    Set<String> journalistTokens =
        new java.util.HashSet<>(
            Arrays.asList(journalistName.toLowerCase(Locale.ROOT).split("\\s+")));
    Map<String, PersonFact> byKey = new LinkedHashMap<>();
    for (Sentence s : sentences) {
      String text = s.text();
      List<EntityHit> hits = entities.find(text);
      Matcher single = singleName.matcher(text);
      while (single.find()) {
        add(
            byKey,
            single.group("name"),
            relationOf(single.group("rel")),
            documentId,
            s,
            "person:relation-apposition");
      }
      Matcher name = NAME.matcher(text);
      while (name.find()) {
        Optional<String> candidate = trim(name.group());
        if (candidate.isEmpty()) {
          continue;
        }
        String person = candidate.get();
        int start = name.start() + name.group().indexOf(person);
        int end = start + person.length();
        if (isJournalist(person, journalistTokens)
            || hits.stream().anyMatch(h -> h.start() < end && start < h.end())) {
          continue;
        }
        Optional<String> relation = nearestCue(text, start, end);
        if (relation.isEmpty() && SPEECH.matcher(text.substring(end)).find()) {
          relation = Optional.of("source");
        }
        relation.ifPresent(r -> add(byKey, person, r, documentId, s, "person:cue"));
      }
    }
    return withResidence(new ArrayList<>(byKey.values()), sentences);
  }

  /** Drops leading and trailing words that are not name parts ("On Friday", "Police"). */
  private Optional<String> trim(String phrase) {
    List<String> words = new ArrayList<>(Arrays.asList(phrase.split("\\s")));
    while (!words.isEmpty() && notNames.contains(words.get(0).toLowerCase(Locale.ROOT))) {
      words.remove(0);
    }
    while (!words.isEmpty()
        && notNames.contains(
            words.get(words.size() - 1).toLowerCase(Locale.ROOT).replaceAll("'s$|’s$", ""))) {
      words.remove(words.size() - 1);
    }
    boolean anyNotName =
        words.stream()
            .anyMatch(w -> notNames.contains(w.toLowerCase(Locale.ROOT)) || isMonthOrDay(w));
    if (words.size() < 2 || anyNotName) {
      return Optional.empty();
    }
    return Optional.of(String.join(" ", words).replaceAll("(?:'s|’s)$", ""));
  }

  private Optional<String> nearestCue(String text, int start, int end) {
    Matcher cue = cuePattern.matcher(text);
    String best = null;
    int bestDistance = WINDOW + 1;
    while (cue.find()) {
      int distance =
          cue.end() <= start ? start - cue.end() : cue.start() >= end ? cue.start() - end : 0;
      String between =
          cue.end() <= start
              ? text.substring(cue.end(), start)
              : text.substring(end, Math.max(end, cue.start()));
      if (distance < bestDistance && !between.contains(";") && !between.contains(" who ")) {
        bestDistance = distance;
        best = relationOf(cue.group());
      }
    }
    return Optional.ofNullable(best);
  }

  private String relationOf(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return cues.stream()
        .filter(c -> c.word().equalsIgnoreCase(lower))
        .map(Cue::relation)
        .findFirst()
        .orElse(lower);
  }

  private static boolean isJournalist(String person, Set<String> journalistTokens) {
    return journalistTokens.containsAll(
        Arrays.asList(person.toLowerCase(Locale.ROOT).split("\\s+")));
  }

  private static boolean isMonthOrDay(String word) {
    return word.matches(
        "(?i)(January|February|March|April|May|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)");
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

  private List<PersonFact> withResidence(List<PersonFact> people, List<Sentence> sentences) {
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
